// Tick rules for chart axes that count things (epochs, iterations): there is no "epoch 1.5".

/** The ticks at whole numbers only. */
export function wholeNumberTicks<T extends { value: number }>(ticks: T[]): T[] {
  return ticks.filter((tick) => Number.isInteger(tick.value));
}

/**
 * A logarithmic axis' tick label without the trailing zeros Chart.js pads with ("0.03", not "0.0300"); values under
 * a thousandth as powers of ten ("3e-4"), which a reader of update ratios compares at a glance.
 */
export function logTickLabel(value: number): string {
  if (value === 0) {
    return '0';
  }
  const size = Math.abs(value);
  if (size < 1e-3 || size >= 1e5) {
    return value.toExponential(0).replace('e+', 'e');
  }
  return String(Number(value.toPrecision(3)));
}
