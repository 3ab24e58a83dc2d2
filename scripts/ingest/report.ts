/** The human summary ingestion prints: per article, per topic, grouped questions, overrides, warnings. */
import type { Entry } from '../../src/lib/schema.ts';
import { TOPIC_IDS, TOPICS, type TopicId } from '../../src/lib/topics.ts';
import type { ArticleRecord, PublishedQuestion } from './assemble.ts';
import type { IngestWarning } from './errors.ts';
import type { OverrideEffect } from './overrides.ts';

export interface IngestReport {
  articles: { file: string; slug: string; title: string; kind: string; entries: number; truncated: number }[];
  topics: Record<TopicId, number>;
  questions: number;
  grouped: { question: string; path: string; entries: string[] }[];
  overrides: OverrideEffect[];
  warnings: IngestWarning[];
}

export interface ReportInput {
  articles: readonly ArticleRecord[];
  entries: readonly Entry[];
  questions: readonly PublishedQuestion[];
  overrides: readonly OverrideEffect[];
  warnings: readonly IngestWarning[];
}

export function buildReport({ articles, entries, questions, overrides, warnings }: ReportInput): IngestReport {
  return {
    articles: articles.map(({ file, slug, title, kind, entries, truncated }) => ({ file, slug, title, kind, entries, truncated })),
    topics: Object.fromEntries(
      TOPIC_IDS.map((t) => [t, new Set(entries.filter((e) => e.topic === t).map((e) => e.questionSlug)).size]),
    ) as Record<TopicId, number>,
    questions: questions.length,
    grouped: questions
      .filter((q) => q.entryIds.length > 1)
      .map((q) => ({ question: q.display, path: `${q.topic}/${q.slug}`, entries: q.entryIds })),
    overrides: [...overrides],
    warnings: [...warnings],
  };
}

export function formatReport(report: IngestReport): string {
  const lines: string[] = ['文章：'];
  for (const a of report.articles) {
    lines.push(
      `  ${a.file}  [${a.slug}, ${a.kind === 'qa' ? '问答' : '长文'}] ${a.entries} 条${a.truncated ? `，${a.truncated} 条被截断` : ''} — ${a.title}`,
    );
  }
  lines.push('', `主题（共 ${report.questions} 个问题）：`);
  for (const t of TOPIC_IDS) lines.push(`  ${TOPICS[t].name.padEnd(6, '　')} ${t.padEnd(13)} ${report.topics[t]}`);
  lines.push('', `多个来源合并的问题（${report.grouped.length}）：`);
  for (const g of report.grouped) lines.push(`  ${g.question}  /${g.path}/  ← ${g.entries.join(', ')}`);
  lines.push('', `覆盖（overrides.yaml，${report.overrides.length}）：`);
  for (const o of report.overrides) lines.push(`  第 ${o.line} 行 ${o.kind} ${o.key}: ${o.change}`);
  if (report.warnings.length > 0) {
    lines.push('', `提醒（${report.warnings.length}）：`);
    for (const w of report.warnings) lines.push(`  ${w.file}:${w.line}: ${w.message}`);
  }
  return lines.join('\n');
}
