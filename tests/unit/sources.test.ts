/** The project keeps the articles verbatim, under their original names (SPEC: "The input"). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEEDS = '../shared/seeds';
const SOURCES = 'content/sources';

describe.runIf(existsSync(SEEDS))('content/sources', () => {
  it('holds every seed article byte-for-byte under its original file name', () => {
    const seeds = readdirSync(SEEDS).sort();
    expect(seeds.length).toBeGreaterThan(0);
    for (const name of seeds) {
      expect(existsSync(join(SOURCES, name)), `${name} is missing from ${SOURCES}`).toBe(true);
      expect(readFileSync(join(SOURCES, name)).equals(readFileSync(join(SEEDS, name))), `${name} differs from the seed`).toBe(true);
    }
  });
});
