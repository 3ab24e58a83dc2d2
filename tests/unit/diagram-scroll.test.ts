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
});
