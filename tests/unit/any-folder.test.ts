/**
 * Ingesting any folder (README: "npm run ingest -- --sources DIR --out DIR"): a new article, in a
 * folder of its own, with the project's own content/overrides.yaml, whose titles name the seed
 * articles that are not there. Those overrides are warnings naming the overrides file and line;
 * the article is ingested as usual. Also the CLI's usage: --help, --overrides none, unknown flags.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { TOPIC_IDS, TOPICS } from '../../src/lib/topics.ts';
import { formatReport } from '../../scripts/ingest/report.ts';
import { SOURCE_EXTENSIONS } from '../../scripts/ingest/sources-folder.ts';
import { entryBody, HEAVY_TIMEOUT, projectOverrides, REPO, splitFrontmatter, tempDir } from './support/ingest.ts';
import { mdxHazards } from './support/mdx.ts';

const FIXTURE_DIR = join(REPO, 'tests/fixtures/new-article');
const FILE = '005_rag_interview.txt';
const OVERRIDES = 'content/overrides.yaml';

function ingestCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** 1-based line of the overrides file that starts with `key:` (after indentation). */
const overridesLine = (key: string): number =>
  readFileSync(join(REPO, OVERRIDES), 'utf8')
    .split('\n')
    .findIndex((line) => line.trimStart().startsWith(`${key}:`)) + 1;

/** 1-based line of the fixture that starts with `prefix`. */
const fixtureLine = (prefix: string): number =>
  readFileSync(join(FIXTURE_DIR, FILE), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(prefix)) + 1;

/** The project's titles name the seeds' files, its topic overrides questions of the seeds: none of them is here. */
// In the overrides file's line order, as the report lists a file's warnings.
const expectedWarnings = (file: string) =>
  [
    ...['002_3166689ec5dd9577.txt', '003_9029131263a27ecd.txt'].map((seed) => ({
      file,
      line: overridesLine(seed),
      message: `titles: 要摄取的原文里没有名为 ${seed} 的文件；这条覆盖已忽略`,
    })),
    ...Object.keys(projectOverrides().overrides.topics).map((slug) => ({
      file,
      line: overridesLine(slug),
      message: `topics: 要摄取的原文里没有 slug 为 ${slug} 的问题；这条覆盖已忽略`,
    })),
  ].sort((a, b) => a.line - b.line);

describe('a new article with the project’s overrides, in process', () => {
  let out: IngestOutput;
  beforeAll(() => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, FILE)));
    out = ingest({ sources: [{ file: FILE, bytes }], overrides: projectOverrides(), overridesFile: OVERRIDES });
  }, HEAVY_TIMEOUT);

  it('warns about each override for an article that is not there, at its line in the overrides file', () => {
    expect(overridesLine('002_3166689ec5dd9577.txt')).toBeGreaterThan(1);
    expect(out.report.warnings).toEqual(expectedWarnings(OVERRIDES));
    expect(out.report.overrides).toEqual([]);
  });

  it('ingests the article: its title line, one entry per numbered question at its own line', () => {
    expect(out.report.articles).toEqual([
      { file: FILE, slug: '005', title: '大模型检索增强生成（RAG）面试题', kind: 'qa', entries: 5, truncated: 0 },
    ]);
    expect(out.entries.map((e) => [e.id, e.source.index, e.source.line])).toEqual([
      ['005-q1', 1, fixtureLine('### 1. ')],
      ['005-q2', 2, fixtureLine('### 2. ')],
      ['005-q3', 3, fixtureLine('### 3. ')],
      ['005-q4', 4, fixtureLine('### 4. ')],
      ['005-q5', 5, fixtureLine('### 5. ')],
    ]);
    expect(out.entries.map((e) => e.title)).toEqual([
      '什么是检索增强生成（Retrieval-Augmented Generation）？',
      'RAG 系统由哪些部分组成？',
      '如何评估 RAG 系统的效果？',
      'RAG 在企业知识库问答中的应用',
      'RAG 面临哪些挑战？',
    ]);
  });

  it('lists every entry under its article with its line, topic and id when asked (ingest --entries), not otherwise', () => {
    const listed = formatReport(out.report, { entries: true }).split('\n');
    const under = listed.slice(listed.findIndex((l) => l.includes(FILE)) + 1).filter((l) => l.startsWith('    第'));
    expect(under.map((l) => /^ {4}第 +(\d+) 行\s+(\S+)\s+(\S+) /u.exec(l)?.slice(1))).toEqual(
      out.entries.map((e) => [String(fixtureLine(`### ${e.id.slice(-1)}. `)), TOPICS[e.topic].name, e.id]),
    );
    // Long titles are cut: the line, topic and id are what is checked here.
    expect(under[0]).toMatch(/ 什么是检索增强生成（Retrieval-Augmented Generation…$/u);
    expect(under[1]).toMatch(/ RAG 系统由哪些部分组成？$/u);
    expect(formatReport(out.report)).not.toMatch(/^ {4}第 +\d+ 行/mu);
  });

  it('writes each entry under its topic and question, keeping math and code, with no MDX hazards', () => {
    for (const entry of out.entries) {
      expect(TOPIC_IDS).toContain(entry.topic);
      expect(out.files.has(`${entry.topic}/${entry.questionSlug}/${entry.id}.mdx`)).toBe(true);
      expect(mdxHazards(entryBody(out, entry.id)), entry.id).toEqual([]);
    }
    expect(entryBody(out, '005-q3')).toContain('\\cos(\\theta) = \\frac{q \\cdot d}{\\|q\\| \\|d\\|}');
    expect(entryBody(out, '005-q4')).toContain('# 检索最相关的 3 段文档');
    const prose = [...out.files].filter(([path]) => path.startsWith('articles/005/'));
    expect(prose.map(([path]) => path)).toEqual([`articles/005/${String(fixtureLine('本文整理了')).padStart(6, '0')}.mdx`]);
    expect(splitFrontmatter(prose[0]![1]).body).toContain('本文整理了检索增强生成相关的常见面试题');
  });

  it('harvests the article’s own glosses into the glossary', () => {
    const glossary = JSON.parse(out.files.get('glossary.json')!) as {
      zh: string;
      en: string;
      occurrences: { file: string; line: number }[];
    }[];
    expect(glossary).toContainEqual(
      expect.objectContaining({
        zh: '检索增强生成',
        en: 'Retrieval-Augmented Generation',
        occurrences: [{ file: FILE, line: fixtureLine('### 1. ') }],
      }),
    );
  });
});

describe('npm run ingest -- --sources DIR --out DIR on that folder', () => {
  const tmp = tempDir('kb-any-folder-');
  const sources = join(tmp.dir, 'sources');
  const out = join(tmp.dir, 'out');
  let run: ReturnType<typeof ingestCli>;
  beforeAll(() => {
    mkdirSync(sources);
    cpSync(join(FIXTURE_DIR, FILE), join(sources, FILE));
    run = ingestCli('--sources', sources, '--out', out, '--entries');
  }, HEAVY_TIMEOUT);
  afterAll(() => tmp.remove());

  it('succeeds with the project’s overrides, printing each warning as overrides-file:line', () => {
    expect(run.stderr).not.toMatch(/^ingest:/mu);
    expect(run.status).toBe(0);
    for (const w of expectedWarnings(OVERRIDES)) expect(run.stdout).toContain(`${w.file}:${w.line}: ${w.message}`);
    // The report's overrides section names the file it read.
    expect(run.stdout).toMatch(/^覆盖（content\/overrides\.yaml，\d+）：$/mu);
  });

  it('names the --out folder as given: an absolute path stays absolute', () => {
    expect(run.stdout).toContain(`写入 ${out}：`);
  });

  it('reads relative paths from the folder npm was run in, and names a missing folder by its full path', { timeout: HEAVY_TIMEOUT }, () => {
    const fromTmp = (...args: string[]) =>
      spawnSync('npm', ['--prefix', REPO, 'run', '--silent', 'ingest', '--', ...args], { cwd: tmp.dir, encoding: 'utf8' });
    expect(fromTmp('--sources', 'sources', '--out', 'out', '--check').status).toBe(0);
    const missing = fromTmp('--sources', 'no-such-folder', '--out', 'out');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`ingest: 来源文件夹不存在：${join(tmp.dir, 'no-such-folder')}`);
  });

  it('lists every entry with its line when run with --entries', () => {
    for (const n of [1, 2, 3, 4, 5])
      expect(run.stdout).toMatch(new RegExp(`^ {4}第 +${fixtureLine(`### ${n}. `)} 行\\s+\\S+\\s+005-q${n} `, 'mu'));
  });

  it('writes the article’s content and nothing of the seed articles', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.mdx'));
    expect(
      files
        .filter((p) => !p.startsWith('articles/'))
        .map((p) => p.split('/').at(-1))
        .sort(),
    ).toEqual(['005-q1.mdx', '005-q2.mdx', '005-q3.mdx', '005-q4.mdx', '005-q5.mdx']);
    expect(JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')).map((a: { file: string }) => a.file)).toEqual([FILE]);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'permalinks.json'), 'utf8')).articles)).toEqual([FILE]);
  });

  it(
    '--check then finds it up to date; --overrides none ingests it without warnings',
    () => {
      expect(ingestCli('--sources', sources, '--out', out, '--check').status).toBe(0);
      const none = ingestCli('--sources', sources, '--out', out, '--overrides', 'none');
      expect(none.status).toBe(0);
      expect(none.stdout).not.toContain('提醒');
      expect(none.stdout).toMatch(/^覆盖（未使用覆盖文件）：$/mu);
      expect(none.stdout).toMatch(/其中 0 个有变化/u);
    },
    HEAVY_TIMEOUT,
  );
});

describe('usage', () => {
  it('--help prints the usage, every option included, and exits 0', { timeout: HEAVY_TIMEOUT }, () => {
    const run = ingestCli('--help');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^用法：npm run ingest -- \[选项\]/u);
    for (const option of [
      '--sources DIR',
      '--out DIR',
      '--overrides FILE|none',
      '--vocabulary FILE',
      '--check',
      '--quiet',
      '--entries',
      '--help',
    ]) {
      expect(run.stdout).toContain(option);
    }
    // Every kind of article the sources folder reads is named.
    for (const extension of SOURCE_EXTENSIONS.source.match(/\w+(?=[|)])/gu)!) expect(run.stdout).toContain(`*.${extension}`);
  });

  it.each([
    ['--bogus', '没有 --bogus 这个选项'],
    ['--sources', '选项 --sources 后面缺少值'],
    ['stray-argument', '多余的参数「stray-argument」'],
    ['--sources --out x', '选项 --sources 后面缺少值'],
    ['--check=yes', '选项 --check 不带值'],
    // Another folder's articles written into the site's own content/ would replace them.
    ['--sources tests/fixtures/unseen/tuning', '用 --sources 导入别的文件夹时，请同时用 --out 指定输出目录'],
  ])('%s is a usage error: the reason in Chinese and the usage, exit 2', { timeout: HEAVY_TIMEOUT }, (args, reason) => {
    const run = ingestCli(...args.split(' '));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^ingest: ${reason}`, 'u'));
    expect(run.stderr).toContain('用法：npm run ingest');
    expect(run.stderr).not.toMatch(/\n\s+at /u); // no stack trace
  });

  it('an --overrides file that does not exist is an error naming it', { timeout: HEAVY_TIMEOUT }, () => {
    const run = ingestCli('--overrides', 'no-such-overrides.yaml', '--check');
    expect(run.status).toBe(1);
    // Named by its full path: read from the folder npm was run in (here the repository). A file that
    // is not there has no line to point at.
    expect(run.stderr).toContain(`ingest: 覆盖文件不存在：${join(REPO, 'no-such-overrides.yaml')}；用 --overrides none`);
    expect(run.stderr).not.toMatch(/:1:/u);
  });

  it('an --examples file that does not exist, or is not the counts, is an error naming it', { timeout: HEAVY_TIMEOUT }, () => {
    const missing = ingestCli('--examples', 'no-such-examples.json', '--check');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`ingest: 示例文件不存在：${join(REPO, 'no-such-examples.json')}；用 --examples none`);
    const wrong = ingestCli('--examples', 'package.json', '--check');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^ingest: \/.*\/package\.json:1: about: .*；请用 npm run topic-examples 重新生成$/mu);
  });

  it(
    '--examples none classifies by the vocabulary alone, and the committed content says so where it differs',
    { timeout: HEAVY_TIMEOUT },
    () => {
      // The committed content was classified with the examples: without them, some reasons change.
      const run = ingestCli('--examples', 'none', '--check');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('里的生成内容已过期');
    },
  );
});
