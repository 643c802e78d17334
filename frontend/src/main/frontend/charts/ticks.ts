// Tick rules for chart axes that count things (epochs, iterations): there is no "epoch 1.5".

/** The ticks at whole numbers only. */
export function wholeNumberTicks<T extends { value: number }>(ticks: T[]): T[] {
  return ticks.filter((tick) => Number.isInteger(tick.value));
}
