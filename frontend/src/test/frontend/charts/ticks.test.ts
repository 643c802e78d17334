import { describe, expect, it } from 'vitest';
import { logTickLabel, wholeNumberTicks } from '../../../main/frontend/charts/ticks';

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

describe('logTickLabel', () => {
  it('writes a logarithmic axis without padded zeros', () => {
    expect([0.03, 0.01, 0.003, 0.001, 1, 0.5, 20].map(logTickLabel)).toEqual(['0.03', '0.01', '0.003', '0.001', '1',
      '0.5', '20']);
  });

  it('writes values under a thousandth and very large ones as powers of ten', () => {
    expect([0.0003, 0.00001, 200000].map(logTickLabel)).toEqual(['3e-4', '1e-5', '2e5']);
  });
});
