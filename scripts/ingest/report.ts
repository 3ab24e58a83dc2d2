/** The human summary ingestion prints: per article, per topic, grouped questions, overrides, warnings. */
import type { Entry } from '../../src/lib/schema.ts';
import { TOPIC_IDS, TOPICS, type TopicId } from '../../src/lib/topics.ts';
import type { ArticleRecord, PublishedQuestion } from './assemble.ts';
import type { IngestWarning } from './errors.ts';
import type { OverrideEffect } from './overrides.ts';
import { ANSWER_OVERLAP, NEAR_MISS_FLOOR, SAME_QUESTION_THRESHOLD, type SimilarQuestions } from './similar-questions.ts';
import { JOIN_THRESHOLD } from './join-model.ts';
import { REPEAT_THRESHOLD } from './repeated-questions.ts';

/** An entry as the report lists it, so a maintainer can check each was found where the article asks it. */
export interface ReportedEntry {
  id: string;
  file: string;
  line: number;
  topic: TopicId;
  title: string;
  /** Its question is another wording's (grouped): shown beside it. */
  question: string;
}

export interface IngestReport {
  articles: { file: string; slug: string; title: string; kind: string; entries: number; truncated: number }[];
  /** Every entry, in article order. */
  entries: ReportedEntry[];
  topics: Record<TopicId, number>;
  questions: number;
  grouped: { question: string; path: string; entries: string[] }[];
  /**
   * Questions merged because they ask the same in other words, and near misses left apart, as they
   * stand after the overrides; a merge the overrides split and a near miss they join are listed apart,
   * so that neither reads as still undecided.
   */
  similar: { merged: SimilarQuestions[]; nearMisses: SimilarQuestions[]; split: SimilarQuestions[]; confirmed: SimilarQuestions[] };
  overrides: OverrideEffect[];
  warnings: IngestWarning[];
}

export interface ReportInput {
  articles: readonly ArticleRecord[];
  entries: readonly Entry[];
  questions: readonly PublishedQuestion[];
  similar: { merged: readonly SimilarQuestions[]; nearMisses: readonly SimilarQuestions[] };
  overrides: readonly OverrideEffect[];
  warnings: readonly IngestWarning[];
}

export function buildReport({ articles, entries, questions, similar, overrides, warnings }: ReportInput): IngestReport {
  return {
    articles: articles.map(({ file, slug, title, kind, entries, truncated }) => ({ file, slug, title, kind, entries, truncated })),
    entries: entries.map((e) => ({
      id: e.id,
      file: e.source.file,
      line: e.source.line,
      topic: e.topic,
      title: e.title,
      question: e.question,
    })),
    topics: Object.fromEntries(
      TOPIC_IDS.map((t) => [t, new Set(entries.filter((e) => e.topic === t).map((e) => e.questionSlug)).size]),
    ) as Record<TopicId, number>,
    questions: questions.length,
    grouped: questions
      .filter((q) => q.entryIds.length > 1)
      .map((q) => ({ question: q.display, path: `${q.topic}/${q.slug}`, entries: q.entryIds })),
    similar: settledPairs(similar, entries),
    overrides: [...overrides],
    warnings: byFileAndLine(warnings),
  };
}

/** Which pairs the overrides left as the similarity measures decided: their entries' questions say. */
function settledPairs(similar: ReportInput['similar'], entries: readonly Entry[]): IngestReport['similar'] {
  const questionOf = new Map(entries.map((e) => [e.id, `${e.topic}/${e.questionSlug}`]));
  const together = (s: SimilarQuestions) =>
    s.a.entries.some((a) => s.b.entries.some((b) => questionOf.get(a) !== undefined && questionOf.get(a) === questionOf.get(b)));
  return {
    merged: similar.merged.filter(together),
    split: similar.merged.filter((s) => !together(s)),
    nearMisses: similar.nearMisses.filter((s) => !together(s)),
    confirmed: similar.nearMisses.filter(together),
  };
}

/**
 * Warnings are raised stage by stage (markup, then headings, then overrides); a maintainer reads
 * them against the file, so each file's come in line order, files in the order first warned about.
 */
function byFileAndLine(warnings: readonly IngestWarning[]): IngestWarning[] {
  const fileOrder = new Map<string, number>();
  for (const w of warnings) if (!fileOrder.has(w.file)) fileOrder.set(w.file, fileOrder.size);
  return [...warnings].sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line);
}

/** Titles in the entry list are cut here: the line, topic and id are what a maintainer checks. */
const LISTED_TITLE = 40;
const cut = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max).join('')}…` : text);

/** `entries`: list every entry under its article, with its line, topic and id (ingest --entries). */
/**
 * `overrides` names the overrides file read, as the reader gave it (`none` when none was read), so
 * that a trial with `--overrides try.yaml` does not point at the project's own file.
 */
export function formatReport(
  report: IngestReport,
  { entries = false, overrides = 'overrides.yaml' }: { entries?: boolean; overrides?: string } = {},
): string {
  const lines: string[] = ['文章：'];
  const byFile = Map.groupBy(report.entries, (e) => e.file);
  for (const a of report.articles) {
    lines.push(
      `  ${a.file}  [${a.slug}, ${a.kind === 'qa' ? '问答' : '长文'}] ${a.entries} 条${a.truncated ? `，${a.truncated} 条被截断` : ''} — ${a.title}`,
    );
    if (entries)
      for (const e of byFile.get(a.file) ?? [])
        lines.push(
          `    第 ${String(e.line).padStart(4)} 行  ${TOPICS[e.topic].name.padEnd(5, '　')} ${e.id.padEnd(12)} ${cut(e.title, LISTED_TITLE)}${e.question === e.title ? '' : `（归入「${cut(e.question, LISTED_TITLE)}」）`}`,
        );
  }
  lines.push('', `主题（共 ${report.questions} 个问题）：`);
  for (const t of TOPIC_IDS) lines.push(`  ${TOPICS[t].name.padEnd(6, '　')} ${t.padEnd(13)} ${report.topics[t]}`);
  lines.push('', `多个来源合并的问题（${report.grouped.length}）：`);
  for (const g of report.grouped) lines.push(`  ${g.question}  /${g.path}/  ← ${g.entries.join(', ')}`);
  // A pair is what the maintainer decides on, so it leads its line; what the score was read from
  // follows on a line of its own, and the override that reverses the decision on a third, to paste.
  const pair = (s: SimilarQuestions, decide?: string) => {
    const mark = s.known ? '已知问法 ' : s.measures ? '新问题重复 ' : '';
    const m = s.measures;
    const why = m
      ? `标题 ${m.title.toFixed(2)}，答案 ${m.answer.toFixed(2)}，问的对象 ${m.subject.toFixed(2)}，术语 ${m.concepts.toFixed(2)}，标题术语 ${m.terms} 个（与对方重合 ${m.sharedTerms.toFixed(2)}）${m.sameTopic ? '，同一主题' : ''}；最像的一种问法：标题 ${m.nearestTitle.toFixed(2)}，答案 ${m.nearestAnswer.toFixed(2)}；术语画像 ${m.profile.toFixed(2)}`
      : // A merge or near miss by title: its score is how alike the subjects the two titles ask about are.
        `主题相似度 ${s.score.toFixed(2)}${s.answers === undefined ? '' : `，答案术语重合 ${s.answers.toFixed(2)}`}`;
    return [
      `  ${s.score.toFixed(2)}  ${mark}「${s.a.question}」(${s.a.entries[0]}) ~ 「${s.b.question}」(${s.b.entries[0]})`,
      ...(why ? [`        读数：${why}`] : []),
      ...(decide ? [`        ${decide}：groups: { ${s.b.entries[0]}: ${decide === '拆开' ? 'alone' : s.a.entries[0]} }`] : []),
    ].join('\n');
  };
  lines.push(
    '',
    `按相似度合并（${report.similar.merged.length}；拆开：groups: { 条目: alone }）：`,
    // What counts as similar enough, one rule a line, under the heading rather than inside it.
    `  · 标题相似度 ≥ ${SAME_QUESTION_THRESHOLD}`,
    `  · 问法相同、主题相似度 ≥ ${NEAR_MISS_FLOOR}，且答案术语重合 ≥ ${ANSWER_OVERLAP}`,
    `  · 已知问法：像已知问题的各种问法，概率 ≥ ${JOIN_THRESHOLD}（由标题、答案、问的对象、术语、标题术语数、主题、最像的一种问法与术语画像算出）`,
    `  · 新问题重复：两篇新文章问的同一个新问题，同样算出的概率 ≥ ${REPEAT_THRESHOLD}`,
  );
  // A learnt join is the one a maintainer may need to reverse; title merges of one wording rarely are.
  for (const s of report.similar.merged) lines.push(pair(s, s.measures ? '拆开' : undefined));
  if (report.similar.split.length > 0) {
    lines.push('', `合并后由覆盖拆开（${report.similar.split.length}）：`);
    for (const s of report.similar.split) lines.push(pair(s));
  }
  lines.push('', `相近但未合并（${report.similar.nearMisses.length}；确认合并：groups: { 条目: 另一条目 }）：`);
  for (const s of report.similar.nearMisses.slice(0, 20)) lines.push(pair(s, '确认合并'));
  if (report.similar.nearMisses.length > 20) lines.push(`  …… 另有 ${report.similar.nearMisses.length - 20} 对`);
  if (report.similar.confirmed.length > 0) {
    lines.push('', `相近并由覆盖确认合并（${report.similar.confirmed.length}）：`);
    for (const s of report.similar.confirmed) lines.push(pair(s));
  }
  lines.push('', overrides === 'none' ? '覆盖（未使用覆盖文件）：' : `覆盖（${overrides}，${report.overrides.length}）：`);
  for (const o of report.overrides) lines.push(`  第 ${o.line} 行 ${o.kind} ${o.key}: ${o.change}`);
  if (report.warnings.length > 0) {
    lines.push('', `提醒（${report.warnings.length}）：`);
    for (const w of report.warnings) lines.push(`  ${w.file}:${w.line}: ${w.message}`);
  }
  return lines.join('\n');
}
