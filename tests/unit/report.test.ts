/** The ingest report as a maintainer reads it against the files. */
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, type ReportInput } from '../../scripts/ingest/report.ts';
import type { SimilarQuestions } from '../../scripts/ingest/similar-questions.ts';

describe('warnings', () => {
  it('come in line order within each file, files in the order first warned about, whatever stage raised them', () => {
    const report = buildReport({
      articles: [],
      entries: [],
      questions: [],
      similar: { merged: [], nearMisses: [] },
      overrides: [],
      warnings: [
        { file: 'b.txt', line: 40, message: '图片尺寸' },
        { file: 'a.txt', line: 9, message: '短代码' },
        { file: 'b.txt', line: 3, message: '元数据' },
        { file: 'content/overrides.yaml', line: 2, message: '覆盖' },
        { file: 'b.txt', line: 12, message: '标题' },
      ],
    });
    expect(report.warnings.map((w) => `${w.file}:${w.line}`)).toEqual([
      'b.txt:3',
      'b.txt:12',
      'b.txt:40',
      'a.txt:9',
      'content/overrides.yaml:2',
    ]);
    expect(formatReport(report)).toMatch(/b\.txt:3: 元数据\n\s+b\.txt:12: 标题\n\s+b\.txt:40: 图片尺寸/u);
  });
});

describe('pairs the similarity measures decided', () => {
  // Only what the report reads of an entry: its id and the question it ended up in.
  const entry = (id: string, questionSlug: string) =>
    ({
      id,
      topic: 'applications',
      questionSlug,
      title: id,
      question: id,
      source: { file: 'a.txt', line: 1 },
    }) as unknown as ReportInput['entries'][number];
  const pair = (a: string, b: string, score: number): SimilarQuestions => ({
    score,
    a: { entries: [a], question: a },
    b: { entries: [b], question: b },
  });
  const report = buildReport({
    articles: [],
    // The overrides split x-2 from x-1 (merged at 0.9) and joined z-2 to z-1 (a near miss at 0.7).
    entries: [
      entry('x-1', 'x'),
      entry('x-2', 'x-2'),
      entry('y-1', 'y'),
      entry('y-2', 'y'),
      entry('z-1', 'z'),
      entry('z-2', 'z'),
      entry('w-1', 'w'),
      entry('w-2', 'w-2'),
    ],
    questions: [],
    similar: {
      merged: [pair('x-1', 'x-2', 0.9), pair('y-1', 'y-2', 0.95)],
      nearMisses: [pair('z-1', 'z-2', 0.7), pair('w-1', 'w-2', 0.6)],
    },
    overrides: [],
    warnings: [],
  });

  it('are listed as they stand after the overrides: a split merge and a confirmed near miss apart', () => {
    const ids = (list: readonly SimilarQuestions[]) => list.map((s) => s.b.entries[0]);
    expect(ids(report.similar.merged)).toEqual(['y-2']);
    expect(ids(report.similar.split)).toEqual(['x-2']);
    expect(ids(report.similar.nearMisses)).toEqual(['w-2']);
    expect(ids(report.similar.confirmed)).toEqual(['z-2']);
  });

  it('show a split merge and a confirmed near miss under their own headings, not as still undecided', () => {
    const text = formatReport(report);
    expect(text).toMatch(
      /按相似度合并（1；[^\n]*\n(?: {2}· [^\n]*\n){4} {2}0\.95 {2}「y-1」\(y-1\) ~ 「y-2」\(y-2\)\n {8}读数：主题相似度 0\.95\n\n合并后由覆盖拆开（1）：\n {2}0\.90 {2}「x-1」/u,
    );
    expect(text).toMatch(
      /相近但未合并（1；[^\n]*\n {2}0\.60 {2}「w-1」\(w-1\) ~ 「w-2」\(w-2\)\n {8}读数：主题相似度 0\.60\n {8}确认合并：groups: \{ w-2: w-1 \}\n\n相近并由覆盖确认合并（1）：\n {2}0\.70 {2}「z-1」/u,
    );
  });
});
