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
