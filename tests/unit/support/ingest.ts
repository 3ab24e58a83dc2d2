/** Shared helpers for the ingestion tests: the real corpus, small in-memory articles, temp dirs. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseTopicExamples, type TopicExamples } from '../../../scripts/ingest/classify/examples.ts';
import { IngestError } from '../../../scripts/ingest/errors.ts';
import { parseOverrides, type LoadedOverrides } from '../../../scripts/ingest/overrides.ts';
import { ingest, type IngestInput, type IngestOutput, type SourceFile } from '../../../scripts/ingest/pipeline.ts';
import type { Entry } from '../../../src/lib/schema.ts';
import type { VocabularyConcept } from '../../../src/lib/vocabulary/match.ts';
import { parseVocabulary } from '../../../src/lib/vocabulary/parse.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SOURCES_DIR = join(REPO, 'content/sources');
export const BAD_INPUT_DIR = join(REPO, 'tests/fixtures/bad-input');

export const FILES = {
  a000: '000_0dd9363c952c7387.txt',
  a001: '001_2675f1c2d635be81.txt',
  a002: '002_3166689ec5dd9577.txt',
  a003: '003_9029131263a27ecd.txt',
  a004: '004_694f91207a916543.txt',
} as const;

/** The five real articles, as bytes, the way the CLI reads them. */
export function realSources(): SourceFile[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SOURCES_DIR, file))) }));
}

/** Lines of a real source file, 1-based access via lines[line - 1]. */
export function realLines(file: string): string[] {
  return readFileSync(join(SOURCES_DIR, file), 'utf8').split('\n');
}

export function source(file: string, text: string): SourceFile {
  return { file, bytes: new TextEncoder().encode(text) };
}

/** The project's vocabulary of the field (content/vocabulary.yaml), as the CLI loads it. */
export function projectVocabulary(): VocabularyConcept[] {
  return parseVocabulary(readFileSync(join(REPO, 'content/vocabulary.yaml'), 'utf8'));
}

/** The project's counts of labelled example questions (content/topic-examples.json), as the CLI loads them. */
export function projectExamples(): TopicExamples {
  const path = join(REPO, 'content/topic-examples.json');
  return parseTopicExamples(readFileSync(path, 'utf8'), path);
}

/** The project's own overrides file (titles for 002 and 003), as the CLI loads it. */
export function projectOverrides(): LoadedOverrides {
  const path = join(REPO, 'content/overrides.yaml');
  return parseOverrides(path, readFileSync(path, 'utf8'));
}

export function overridesFrom(yamlText: string): LoadedOverrides {
  return parseOverrides('overrides.yaml', yamlText);
}

/** Ingest one small article given as text. */
export function ingestText(text: string, file = 'article.txt', extra: Partial<IngestInput> = {}): IngestOutput {
  return ingest({ sources: [source(file, text)], ...extra });
}

export function splitFrontmatter(content: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?/u.exec(content);
  if (!match) throw new Error(`no frontmatter in:\n${content.slice(0, 200)}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: content.slice(match[0].length) };
}

/** Path of an entry's generated file: <topic>/<question-slug>/<entry-id>.mdx */
export function entryPath(entry: Entry): string {
  return `${entry.topic}/${entry.questionSlug}/${entry.id}.mdx`;
}

export function entryById(out: IngestOutput, id: string): Entry {
  const entry = out.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}; have ${out.entries.map((e) => e.id).join(', ')}`);
  return entry;
}

/** The MDX body (after the frontmatter) generated for an entry. */
export function entryBody(out: IngestOutput, id: string): string {
  const content = out.files.get(entryPath(entryById(out, id)));
  if (content === undefined) throw new Error(`no file for entry ${id}`);
  return splitFrontmatter(content).body;
}

/** Generated article prose (content/articles/<slug>/*.mdx) in source order, bodies only. */
export function articleProse(out: IngestOutput, slug: string): { path: string; data: Record<string, unknown>; body: string }[] {
  return [...out.files]
    .filter(([path]) => path.startsWith(`articles/${slug}/`))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => ({ path, ...splitFrontmatter(content) }));
}

export function tempDir(prefix = 'kb-ingest-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Expect `fn` to throw an IngestError; returns it for assertions on file, line and message. */
export function catchIngestError(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, but nothing was thrown');
}

/**
 * For hooks and tests that ingest the real corpus or run the CLI: vitest's defaults (10 s for
 * hooks) are too short when the 2-core machine is busy with a build next door. Counting the
 * examples and ingesting every test article take 60–80 s on an idle machine; with a build and two
 * evaluations beside them (2026-12-06) they passed 120 s, so the margin is wider.
 */
export const HEAVY_TIMEOUT = 300_000;
