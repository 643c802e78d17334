import { describe, expect, it } from 'vitest';
import { wholeNumberTicks } from '../../../main/frontend/charts/ticks';

describe('wholeNumberTicks', () => {
  it('keeps whole epochs and drops the fractions Chart.js puts between them', () => {
    const ticks = [0, 0.5, 1, 1.5, 2].map((value) => ({ value }));
    expect(wholeNumberTicks(ticks).map((t) => t.value)).toEqual([0, 1, 2]);
  });

  it('leaves an axis of whole numbers as it is', () => {
    const ticks = [0, 10, 20].map((value) => ({ value, label: String(value) }));
    expect(wholeNumberTicks(ticks)).toEqual(ticks);
  });
});
