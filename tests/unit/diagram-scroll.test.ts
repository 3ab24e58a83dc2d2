import { describe, expect, it } from 'vitest';
import { initialScrollLeft } from '../../src/lib/diagram-scroll.ts';

describe('where a drawing wider than its column starts', () => {
  it('starts a left-to-right chart at its left edge, where its flow starts', () => {
    expect(initialScrollLeft({ width: 900, height: 190 }, 720, 670)).toBe(0);
  });

  it('starts a top-down chart in its middle, where its steps run', () => {
    expect(initialScrollLeft({ width: 700, height: 900 }, 760, 660)).toBe(50);
  });

  it('does not scroll a drawing that fits', () => {
    expect(initialScrollLeft({ width: 300, height: 500 }, 600, 670)).toBe(0);
  });

  it('brings the first node into view, centred where the column allows', () => {
    // A top-down chart 572 px wide in a 328 px column, its first node centred at 62% of the width.
    expect(initialScrollLeft({ width: 572, height: 554 }, 572, 328, 0.62)).toBe(191);
    // A first node near the left edge (a left-to-right chart): no scrolling past the edge.
    expect(initialScrollLeft({ width: 900, height: 190 }, 900, 328, 0.05)).toBe(0);
    // Near the right edge: no further than the drawing goes.
    expect(initialScrollLeft({ width: 900, height: 600 }, 900, 328, 0.97)).toBe(572);
  });
});
