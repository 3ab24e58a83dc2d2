/**
 * The knowledge base as the site sees it: entries from the five topic collections grouped back
 * into questions, plus articles, prose and glossary. Pages ask this module; they never walk
 * collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPIC_IDS, type TopicId } from './topics.ts';

export type EntryDoc = CollectionEntry<TopicId>;
export type ArticleDoc = CollectionEntry<'articles'>;

export interface Question {
  topic: TopicId;
  slug: string;
  title: string;
  /** Entries in article order (the order of content/sources). */
  entries: EntryDoc[];
  truncated: boolean;
}

let cache: Promise<{ questions: Question[]; articles: ArticleDoc[] }> | undefined;

async function load() {
  const articles = (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order);
  const articleOrder = new Map(articles.map((a) => [a.data.file, a.data.order]));
  const byEntry = (a: EntryDoc, b: EntryDoc) =>
    (articleOrder.get(a.data.source.file) ?? 0) - (articleOrder.get(b.data.source.file) ?? 0) || a.data.order - b.data.order;
  const questions: Question[] = [];
  for (const topic of TOPIC_IDS) {
    const entries = (await getCollection(topic)) as EntryDoc[];
    const bySlug = new Map<string, EntryDoc[]>();
    for (const entry of entries) bySlug.set(entry.data.questionSlug, [...(bySlug.get(entry.data.questionSlug) ?? []), entry]);
    for (const [slug, group] of bySlug) {
      group.sort(byEntry);
      questions.push({ topic, slug, title: group[0]!.data.question, entries: group, truncated: group.some((e) => e.data.truncated) });
    }
  }
  // A topic lists its questions in the order readers meet them in the articles.
  questions.sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || byEntry(a.entries[0]!, b.entries[0]!));
  return { questions, articles };
}

export async function knowledgeBase() {
  cache ??= load();
  return cache;
}

export async function questionsOf(topic: TopicId): Promise<Question[]> {
  return (await knowledgeBase()).questions.filter((q) => q.topic === topic);
}

export function questionPath(q: { topic: string; slug: string }): string {
  return `${q.topic}/${q.slug}/`;
}

export function articleOf(articles: readonly ArticleDoc[], file: string): ArticleDoc | undefined {
  return articles.find((a) => a.data.file === file);
}

/** 「第 7 题」 for a Q&A item, 「第 2.1 节」 for a section of a long-form article. */
export function provenanceLabel(article: ArticleDoc | undefined, index: number | string | null): string {
  if (index === null) return '';
  return article?.data.kind === 'long-form' ? `第 ${index} 节` : `第 ${index} 题`;
}

/**
 * Whether Markdown/MDX text contains a formula: remark-math reads any unescaped `$` as math
 * (ingestion escapes literal dollars), so a page that has one needs KaTeX's stylesheet.
 */
export function hasMath(body: string | undefined): boolean {
  return body !== undefined && /(?<!\\)\$/u.test(body);
}

const plain = (markdown: string) =>
  markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/gu, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * A one-line summary of an answer for lists. Ingestion's excerpt often stops at 「包括：」, which
 * tells a reader nothing; then the labels of the list that follows are appended
 * (「……包括：用户行为分析、商品推荐、价格预测等」).
 */
export function summaryOf(entry: EntryDoc, max = 90): string {
  const excerpt = entry.data.excerpt.trim();
  if (!/[：:]$/u.test(excerpt) || !entry.body) return clip(excerpt, max);
  const after = entry.body.slice(Math.max(0, entry.body.indexOf(excerpt.slice(-6)))) || entry.body;
  const labels: string[] = [];
  for (const line of after.split('\n')) {
    const item = /^(?:[-*+]|\d+[.、）)])\s+(.*)$/u.exec(line);
    if (!item) {
      if (labels.length > 0 && line.trim() !== '' && !/^\s/u.test(line)) break;
      continue;
    }
    const text = plain(item[1]!);
    const label = (/^([^：:，,。（(]{1,16})[：:]/u.exec(text)?.[1] ?? text.split(/[，,。；;：:（(]/u)[0] ?? '').trim();
    if (label) labels.push(label);
  }
  if (labels.length === 0) return clip(excerpt, max);
  let out = excerpt;
  for (const [i, label] of labels.entries()) {
    const next = `${out}${i > 0 ? '、' : ''}${label}`;
    if (next.length > max) return `${out}等`;
    out = next;
  }
  return `${out}。`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[，,、：:；;]$/u, '')}…`;
}

/**
 * A short name for an article in chips and lists: the part before the colon of its title, made
 * unique with the next clause when two articles share it (国内大模型市场：现状 / 国内大模型市场：贾扬清观点).
 */
export function shortTitles(articles: readonly ArticleDoc[]): Map<string, string> {
  const head = (t: string) => t.split(/[：:]/u)[0]!.trim();
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(head(a.data.title), (counts.get(head(a.data.title)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const a of articles) {
    const title = a.data.title.trim();
    const h = head(title);
    let name = h;
    if (h.length < 6) {
      // 「大模型」 alone says nothing: keep the whole title.
      name = title;
    } else if ((counts.get(h) ?? 0) > 1) {
      const rest = title
        .slice(h.length + 1)
        .split(/[，,、。；;]/u)[0]
        ?.trim();
      name = rest ? `${h}：${rest}` : `${h}（${a.data.slug}）`;
    }
    names.set(a.data.file, name.length > 18 ? `${name.slice(0, 17)}…` : name);
  }
  return names;
}

let glossaryCache: Promise<Map<string, string>> | undefined;

/** Chinese term → its glossary anchor slug, so answers can link their terms to the glossary. */
export function glossarySlugs(): Promise<Map<string, string>> {
  glossaryCache ??= getCollection('glossary').then((terms) => {
    const map = new Map<string, string>();
    for (const t of terms) if (!map.has(t.data.zh)) map.set(t.data.zh, t.data.slug);
    return map;
  });
  return glossaryCache;
}

/** An entry's terms, one per Chinese name, with every English name readers may type. */
export function termsOf(entry: EntryDoc): { zh: string; en: string[]; also: string[] }[] {
  const byZh = new Map<string, { zh: string; en: string[]; also: string[] }>();
  for (const t of entry.data.terms) {
    const item = byZh.get(t.zh) ?? { zh: t.zh, en: [], also: [] };
    if (!item.en.some((e) => e.toLowerCase() === t.en.toLowerCase())) item.en.push(t.en);
    for (const a of t.also) if (![...item.en, ...item.also].some((e) => e.toLowerCase() === a.toLowerCase())) item.also.push(a);
    byZh.set(t.zh, item);
  }
  for (const item of byZh.values()) item.also = item.also.filter((a) => !item.en.some((e) => e.toLowerCase() === a.toLowerCase()));
  return [...byZh.values()];
}
