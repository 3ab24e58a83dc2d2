/**
 * What maintainers write, as the pages see it: editor's notes per question, topic introductions
 * and stand-alone pages (content/notes, content/topics, content/pages), plus the look-ups their
 * components need. The remark check fails the build on a bad name with file:line while the MDX
 * compiles; the checks here repeat it for whatever reaches a page another way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleOf, knowledgeBase, provenanceLabel, questionPath, shortTitles } from './kb.ts';
import { isTopicId, type TopicId } from './topics.ts';

export type EditorialDoc = CollectionEntry<'notes'> | CollectionEntry<'topicIntros'> | CollectionEntry<'pages'>;

let notesCache: Promise<Map<string, CollectionEntry<'notes'>>> | undefined;

/** Notes by question slug; a note whose slug names no question fails the build. */
export function notes(): Promise<Map<string, CollectionEntry<'notes'>>> {
  notesCache ??= (async () => {
    const { questions } = await knowledgeBase();
    const slugs = new Set(questions.map((q) => q.slug));
    const map = new Map<string, CollectionEntry<'notes'>>();
    for (const note of await getCollection('notes')) {
      if (!slugs.has(note.id)) throw new Error(`content/notes/${note.id}.mdx:1: 没有 slug 为「${note.id}」的问题`);
      map.set(note.id, note);
    }
    return map;
  })();
  return notesCache;
}

export async function noteFor(slug: string): Promise<CollectionEntry<'notes'> | undefined> {
  return (await notes()).get(slug);
}

export async function introFor(topic: TopicId): Promise<CollectionEntry<'topicIntros'> | undefined> {
  const intros = await getCollection('topicIntros');
  for (const intro of intros) if (!isTopicId(intro.id)) throw new Error(`content/topics/${intro.id}.mdx:1: 「${intro.id}」不是主题 id`);
  return intros.find((i) => i.id === topic);
}

export interface EntryRef {
  path: string;
  anchor: string;
  /** 「大模型面试题 第 1 题」: which source's answer it is. */
  label: string;
}

let entriesCache: Promise<Map<string, EntryRef>> | undefined;

export async function entryById(id: string): Promise<EntryRef | undefined> {
  entriesCache ??= (async () => {
    const { questions, articles } = await knowledgeBase();
    const short = shortTitles(articles);
    const map = new Map<string, EntryRef>();
    for (const q of questions)
      for (const e of q.entries) {
        const article = articleOf(articles, e.data.source.file);
        const where = provenanceLabel(article, e.data.source.index);
        map.set(e.data.id, {
          path: questionPath(q),
          anchor: e.data.anchor,
          label: `${short.get(e.data.source.file) ?? e.data.source.file}${where ? ` ${where}` : ''}`,
        });
      }
    return map;
  })();
  return (await entriesCache).get(id);
}

let termsCache: Promise<Map<string, { slug: string; zh: string; en: string }>> | undefined;

/** A glossary term by its Chinese or English name (English case-insensitive). */
export async function glossaryTerm(name: string): Promise<{ slug: string; zh: string; en: string } | undefined> {
  termsCache ??= getCollection('glossary').then((terms) => {
    const map = new Map<string, { slug: string; zh: string; en: string }>();
    for (const { data } of terms) {
      const t = { slug: data.slug, zh: data.zh, en: data.en };
      if (!map.has(data.zh)) map.set(data.zh, t);
      if (!map.has(data.en.toLowerCase())) map.set(data.en.toLowerCase(), t);
    }
    return map;
  });
  const terms = await termsCache;
  return terms.get(name) ?? terms.get(name.toLowerCase());
}
