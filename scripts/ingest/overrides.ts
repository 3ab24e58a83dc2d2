/**
 * content/overrides.yaml — the one small, reviewed file where a maintainer corrects ingestion:
 * a question's topic, which entries form one question, an article's title. Validated with zod;
 * a mistake is reported with its line in the file.
 *
 * Pipeline stage "apply overrides": all three kinds are applied here, in one place, after automatic
 * grouping and classification. An override naming a file, entry or slug that is not among the
 * sources being ingested is a warning (overrides-file:line), so the project's overrides can be
 * used on any folder of articles.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { topicIdSchema } from '../../src/lib/schema.ts';
import type { TopicId } from '../../src/lib/topics.ts';
import type { ParsedArticle } from './articles.ts';
import { classifyQuestions, type Classifier, type Question } from './classify/questions.ts';
import { entryTitle, type DraftEntry } from './drafts.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { groupDrafts, type GroupKey } from './group.ts';
import { assignPermalinks, type PermalinkLock } from './permalinks.ts';

const overridesSchema = z
  .object({
    /** question slug → topic id */
    topics: z.record(z.string(), topicIdSchema).default({}),
    /** entry id → id of an entry whose question it joins, or "alone" to stand as its own question */
    groups: z.record(z.string(), z.string()).default({}),
    /** source file name → article title (for articles whose text has none) */
    titles: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

const NO_OVERRIDES: Overrides = { topics: {}, groups: {}, titles: {} };

export interface LoadedOverrides {
  overrides: Overrides;
  /** Line of each key in the file, for error messages ("topics.some-slug" → 12). */
  lineOf: (section: keyof Overrides, key: string) => number;
}

export function parseOverrides(file: string, text: string): LoadedOverrides {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new IngestError(file, lineCounter.linePos(error.pos[0]).line, `YAML 格式有误：${error.message.split('\n')[0]}`);
  }
  const lineOf = (section: keyof Overrides, key: string): number => {
    const node = doc.getIn([section], true) as { items?: { key: { value?: unknown; range?: [number] } }[] } | undefined;
    const item = node?.items?.find((pair) => pair.key.value === key);
    return item?.key.range ? lineCounter.linePos(item.key.range[0]).line : 1;
  };
  const parsed = overridesSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [section, key] = issue.path.map(String);
    const line = section && key ? lineOf(section as keyof Overrides, key) : 1;
    throw new IngestError(file, line, `${issue.path.join('.') || '（顶层）'}: ${issue.message}`);
  }
  return { overrides: parsed.data, lineOf };
}

export interface OverrideEffect {
  kind: 'topic' | 'group' | 'title';
  key: string;
  line: number;
  change: string;
}

/** What the automatic stages decided; applyOverrides returns the same, corrected. */
export interface Decisions {
  articles: ParsedArticle[];
  drafts: DraftEntry[];
  questions: Question[];
}

export interface Overridden extends Decisions {
  effects: OverrideEffect[];
  warnings: IngestWarning[];
}

export interface OverrideContext {
  /** Name of the overrides file, for warnings. */
  file: string;
  /** The published permalinks: topic overrides name questions by their slug. */
  lock: PermalinkLock;
  /** Grouping and classification, re-run on the questions an override changes. */
  groupKey: GroupKey;
  classify: Classifier;
}

export function applyOverrides(decisions: Decisions, loaded: LoadedOverrides | undefined, context: OverrideContext): Overridden {
  const overrides = loaded?.overrides ?? NO_OVERRIDES;
  const lineOf = loaded?.lineOf ?? (() => 1);
  const effects: OverrideEffect[] = [];
  const warnings: IngestWarning[] = [];
  const ignore = (section: keyof Overrides, key: string, message: string) =>
    warnings.push({ file: context.file, line: lineOf(section, key), message: `${section}: ${message}；这条覆盖已忽略` });

  // titles: the article's title, and the titles of its entries named after it (a heading that is only a number)
  const files = new Set(decisions.articles.map((a) => a.file));
  for (const file of Object.keys(overrides.titles)) {
    if (!files.has(file)) ignore('titles', file, `要摄取的原文里没有名为 ${file} 的文件`);
  }
  const articles = decisions.articles.map((article): ParsedArticle => {
    const text = overrides.titles[article.file];
    if (text === undefined) return article;
    effects.push({ kind: 'title', key: article.file, line: lineOf('titles', article.file), change: `文章标题设为「${text}」` });
    return { ...article, title: { text, line: null, origin: 'override' } };
  });
  const articleOf = new Map(articles.map((a) => [a.file, a]));
  const retitled = new Set<string>();
  const drafts = decisions.drafts.map((draft): DraftEntry => {
    const article = articleOf.get(draft.file)!;
    const title = entryTitle(draft.raw, article.title, article.split.kind);
    if (title === draft.title) return draft;
    retitled.add(draft.id);
    return { ...draft, title };
  });

  // groups: which question each entry belongs to
  const keyOf = new Map(decisions.questions.flatMap((q) => q.members.map((m) => [m.id, q.key] as const)));
  for (const draft of drafts) if (retitled.has(draft.id)) keyOf.set(draft.id, context.groupKey(draft));
  for (const [id, target] of Object.entries(overrides.groups)) {
    const line = lineOf('groups', id);
    if (!keyOf.has(id)) {
      ignore('groups', id, `要摄取的原文里没有 id 为 ${id} 的条目`);
      continue;
    }
    if (target !== 'alone' && !keyOf.has(target)) {
      ignore('groups', id, `${id} → ${target}，但要摄取的原文里没有条目 ${target}`);
      continue;
    }
    keyOf.set(id, target === 'alone' ? `entry:${id}` : keyOf.get(target)!);
    effects.push({ kind: 'group', key: id, line, change: target === 'alone' ? `${id} 单独成题` : `${id} 并入 ${target} 的问题` });
  }
  const regroup = retitled.size > 0 || effects.some((e) => e.kind === 'group');
  let questions = regroup ? regrouped(decisions.questions, drafts, keyOf, context.classify) : decisions.questions;

  // topics, named by the question's published slug
  const topics = Object.entries(overrides.topics);
  if (topics.length > 0) {
    const { assigned } = assignPermalinks(questions, context.lock);
    const keyOfSlug = new Map([...assigned.values()].map((q) => [q.slug, q.key]));
    const topicOf = new Map<string, TopicId>();
    for (const [slug, topic] of topics) {
      const key = keyOfSlug.get(slug);
      if (key === undefined) {
        ignore('topics', slug, `要摄取的原文里没有 slug 为 ${slug} 的问题`);
        continue;
      }
      const automatic = questions.find((q) => q.key === key)!.classification;
      const change = `${automatic.topic} → ${topic}${automatic.topic === topic ? '（与自动分类相同，可删除）' : ''}`;
      effects.push({ kind: 'topic', key: slug, line: lineOf('topics', slug), change });
      topicOf.set(key, topic);
    }
    questions = questions.map((q) => {
      const topic = topicOf.get(q.key);
      if (topic === undefined || topic === q.classification.topic) return q;
      const reason = `由维护者在 overrides.yaml 中指定为「${topic}」。自动分类：${q.classification.reason}`;
      return { ...q, topic, reason, overridden: true };
    });
  }
  return { articles, drafts, questions, effects, warnings };
}

/** Groups again with the corrected keys; only questions whose members changed are classified again. */
function regrouped(
  questions: readonly Question[],
  drafts: readonly DraftEntry[],
  keyOf: ReadonlyMap<string, string>,
  classify: Classifier,
): Question[] {
  const membership = (members: readonly DraftEntry[]) => members.map((m) => `${m.id}\u0000${m.title}`).join('\u0001');
  const known = new Map(questions.map((q) => [membership(q.members), q.classification]));
  const groups = groupDrafts(drafts, (draft) => keyOf.get(draft.id)!);
  const fresh = new Map(
    classifyQuestions(
      groups.filter((g) => !known.has(membership(g.members))),
      classify,
    ).map((q) => [q.key, q]),
  );
  return groups.map((group) => {
    const classification = known.get(membership(group.members));
    if (classification === undefined) return fresh.get(group.key)!;
    return { ...group, classification, topic: classification.topic, reason: classification.reason, overridden: false };
  });
}
