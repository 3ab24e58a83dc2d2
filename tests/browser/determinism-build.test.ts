/**
 * Deterministic output: the same input built twice gives a byte-identical dist/ — HTML, bundles,
 * sitemap, entries.json and the Pagefind index. The two builds run in two throwaway copies of the
 * site at different paths (tests/.tmp/determinism/a and …/b, in parallel), with the sources
 * written in opposite orders, so output that depends on the checkout's location, on directory
 * order or on the clock shows up as a difference. (No build-time timestamps are emitted today;
 * if one is ever added on purpose, list the file here and compare it with the timestamp masked.)
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildStages, makeProject, REPO, run } from '../../scripts/bench/project.ts';

const WORK = join(REPO, 'tests/.tmp/determinism');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** First difference between two buffers, with some context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `at byte ${i} (sizes ${a.length} / ${b.length}): ${show(a)} vs ${show(b)}`;
}

async function buildCopy(name: string, reverse: boolean): Promise<string> {
  const sources = join(WORK, `${name}-sources`);
  mkdirSync(sources, { recursive: true });
  const files = readdirSync(join(REPO, 'content/sources')).sort();
  for (const file of reverse ? files.reverse() : files)
    writeFileSync(join(sources, file), readFileSync(join(REPO, 'content/sources', file)));
  const root = makeProject(join(WORK, name));
  for (const stage of buildStages(root, sources)) {
    const result = await run(stage.argv, { cwd: stage.cwd, env: { NO_COLOR: '1' } });
    if (result.code !== 0) throw new Error(`${name}: ${stage.name} failed\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  }
  return join(root, 'dist');
}

let a: string;
let b: string;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  [a, b] = await Promise.all([buildCopy('a', false), buildCopy('b', true)]);
}, 600_000);

describe('two builds of the same input', () => {
  test('produce the same files', () => {
    const filesA = listFiles(a);
    expect(filesA.length).toBeGreaterThan(100);
    expect(listFiles(b)).toEqual(filesA);
  });

  test('byte for byte (HTML, JS, CSS, sitemap, entries.json, Pagefind index)', () => {
    const differing: string[] = [];
    for (const file of listFiles(a)) {
      const x = readFileSync(join(a, file));
      const y = readFileSync(join(b, file));
      if (!x.equals(y)) differing.push(`${file} ${firstDifference(x, y)}`);
    }
    expect(differing).toEqual([]);
  });

  test('no absolute path of the build machine leaks into the output', () => {
    const leaks = listFiles(a).filter(
      (file) => !/\.(?:woff2?|ttf|wasm|pagefind|pf_\w+|png)$/u.test(file) && readFileSync(join(a, file), 'utf8').includes(REPO),
    );
    expect(leaks).toEqual([]);
  });
});
