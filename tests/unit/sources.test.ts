/**
 * The project keeps the articles verbatim, under their original names (SPEC: "The input").
 * tests/unit/seeds.sha256 records the seed articles (`sha256sum` of ../shared/seeds when they were
 * taken in), so this runs — and fails loudly — on any clone: content/sources must hold exactly
 * those bytes under those names. Where the seed folder itself is present (../shared/seeds, or
 * SEEDS_DIR), the record must also match it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MANIFEST = 'tests/unit/seeds.sha256';
const SOURCES = 'content/sources';
const SEEDS = process.env.SEEDS_DIR ?? '../shared/seeds';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function manifest(): Map<string, string> {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: it records the seed articles content/sources must keep`);
  const lines = readFileSync(MANIFEST, 'utf8').trim().split('\n');
  return new Map(
    lines.map((line, i) => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/u.exec(line);
      if (!m) throw new Error(`${MANIFEST}:${i + 1}: not a sha256sum line: ${line}`);
      return [m[2]!, m[1]!];
    }),
  );
}

describe('content/sources', () => {
  it('holds every seed article byte-for-byte under its original file name', () => {
    const seeds = manifest();
    expect(seeds.size).toBeGreaterThan(0);
    for (const [name, hash] of seeds) {
      expect(existsSync(join(SOURCES, name)), `${name} is missing from ${SOURCES}`).toBe(true);
      expect(sha256(join(SOURCES, name)), `${name} differs from the seed`).toBe(hash);
    }
  });

  it('the record matches the seed folder wherever it is present', () => {
    const seeds = manifest();
    const folder = existsSync(SEEDS) ? readdirSync(SEEDS).sort() : null;
    // Without the folder (a fresh clone elsewhere) the committed record is the reference; say so.
    if (folder === null) console.warn(`${SEEDS} not found: checked ${SOURCES} against ${MANIFEST} only`);
    for (const name of folder ?? []) expect(sha256(join(SEEDS, name)), `${name}: ${MANIFEST} is out of date`).toBe(seeds.get(name));
    expect(folder === null || folder.length === seeds.size, `${SEEDS} has ${folder?.length} files, ${MANIFEST} ${seeds.size}`).toBe(true);
  });
});
