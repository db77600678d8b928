import { describe, expect, it } from 'vitest';
import { growth, growsLinearly } from '../../../scripts/bench/measure.ts';

describe('the cost of each further note', () => {
  it('is measured between consecutive sizes, whatever the order of the runs', () => {
    const steps = growth([
      { notes: 1000, seconds: 16, peakMiB: 1100 },
      { notes: 250, seconds: 7, peakMiB: 800 },
      { notes: 5000, seconds: 64, peakMiB: 2300 },
    ]);
    expect(steps.map(({ from, to }) => [from, to])).toEqual([
      [250, 1000],
      [1000, 5000],
    ]);
    expect(steps[0]!.msPerNote).toBeCloseTo(12, 5);
    expect(steps[1]!.msPerNote).toBeCloseTo(12, 5);
    expect(steps[0]!.kibPerNote).toBeCloseTo((300 * 1024) / 750, 5);
  });

  it('tells a build that grows linearly from one that grows with the square of its notes', () => {
    const linear = growth([250, 1000, 5000].map((notes) => ({ notes, seconds: 3 + notes * 0.012, peakMiB: 500 })));
    const quadratic = growth([250, 1000, 5000].map((notes) => ({ notes, seconds: 3 + (notes * notes) / 1e6, peakMiB: 500 })));
    expect(growsLinearly(linear)).toBe(true);
    expect(growsLinearly(quadratic)).toBe(false);
    // A note 20 % dearer at scale is within the noise allowed; 30 % is not.
    expect(
      growsLinearly([
        { from: 250, to: 1000, msPerNote: 10, kibPerNote: 0 },
        { from: 1000, to: 5000, msPerNote: 12, kibPerNote: 0 },
      ]),
    ).toBe(true);
    expect(
      growsLinearly([
        { from: 250, to: 1000, msPerNote: 10, kibPerNote: 0 },
        { from: 1000, to: 5000, msPerNote: 13, kibPerNote: 0 },
      ]),
    ).toBe(false);
  });

  it('gives no verdict with one step, or when noise outweighs the notes', () => {
    expect(
      growsLinearly(
        growth([
          { notes: 250, seconds: 7, peakMiB: 800 },
          { notes: 1000, seconds: 16, peakMiB: 1100 },
        ]),
      ),
    ).toBeUndefined();
    expect(
      growsLinearly([
        { from: 20, to: 40, msPerNote: -12, kibPerNote: 0 },
        { from: 40, to: 80, msPerNote: 5, kibPerNote: 0 },
      ]),
    ).toBeUndefined();
  });
});
