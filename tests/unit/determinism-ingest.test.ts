/**
 * Deterministic ingestion: the same sources give byte-identical generated files, whatever order
 * the files are read in, run after run, and with the previous run's lock file fed back (what
 * `npm run build` does every time). The built site's determinism is tested on two real builds in
 * tests/browser/determinism-build.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { lockSchema } from '../../scripts/ingest/permalinks.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { scaleCorpus } from '../../scripts/bench/corpus.ts';
import { projectOverrides, realSources, projectVocabulary } from './support/ingest.ts';

const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));

describe('ingestion is deterministic', () => {
  test('same sources, any read order, same files', () => {
    const sources = realSources();
    const first = ingest({ sources, overrides: projectOverrides(), vocabulary: projectVocabulary() });
    const reversed = ingest({ sources: [...sources].reverse(), overrides: projectOverrides(), vocabulary: projectVocabulary() });
    expect(sorted(reversed.files)).toEqual(sorted(first.files));
  });

  test('a re-run with the lock it wrote changes nothing', () => {
    const sources = realSources();
    const first = ingest({ sources, overrides: projectOverrides(), vocabulary: projectVocabulary() });
    const lock = lockSchema.parse(JSON.parse(first.files.get('permalinks.json')!));
    const second = ingest({ sources, overrides: projectOverrides(), lock, vocabulary: projectVocabulary() });
    expect(sorted(second.files)).toEqual(sorted(first.files));
  });
});

describe('the benchmark corpus is deterministic', () => {
  test('the same scale always gives the same articles', () => {
    const real = realSources().map((s) => ({ file: s.file, text: new TextDecoder().decode(s.bytes) }));
    const a = scaleCorpus(real, 3);
    const b = scaleCorpus(real, 3);
    expect(b).toEqual(a);
    expect(a).toHaveLength(15);
    expect(new Set(a.map((s) => s.file)).size).toBe(15);
    // Copy 0 is the real articles verbatim; later copies differ from them and from each other.
    expect(a.slice(0, 5)).toEqual(real);
    expect(new Set(a.map((s) => s.text)).size).toBe(15);
  });
});
