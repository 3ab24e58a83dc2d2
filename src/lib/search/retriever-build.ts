/**
 * Build side of the question retriever (retriever.ts): reads the knowledge base and the vocabulary
 * once per build and produces the postings shards, the question record blocks and the metadata the
 * lexicon carries. Build-time only.
 */
import { knowledgeBase, questionPath, summaryOf } from '../kb.ts';
import { relatedQuestions } from '../related.ts';
import { TOPIC_IDS } from '../topics.ts';
import { loadVocabulary } from '../vocabulary/load.ts';
import { VocabularyMatcher, type VocabularyConcept } from '../vocabulary/match.ts';
import { groupNumbers } from './lexicon.ts';
import {
  BLOCK,
  encode,
  shardOf,
  siblingFeature,
  titleFeatures,
  type PostingShard,
  type QuestionRecord,
  type RetrieverMeta,
} from './retriever.ts';

/** Aimed-for size of one postings shard (JSON characters): a query fetches one per feature at most. */
const SHARD_CHARS = 12_000;
/** Mentions in a question's answers that make a concept one of its subjects (`~id`). */
const MENTIONS = 2;
/** Overview questions kept per topic (RetrieverMeta.overview). */
const OVERVIEW = 3;
/** Excerpt shown for a question the retriever found and Pagefind did not. */
const EXCERPT_CHARS = 60;

export interface RetrieverData {
  meta: RetrieverMeta;
  shards: PostingShard[];
  blocks: QuestionRecord[][];
}

/** The vocabulary of the field (content/vocabulary.yaml), validated. */
export function vocabulary(): readonly VocabularyConcept[] {
  return loadVocabulary().concepts;
}

let cache: Promise<RetrieverData> | undefined;

export function retrieverData(): Promise<RetrieverData> {
  cache ??= (async () => {
    const { questions, articles } = await knowledgeBase();
    const titleOf = new Map(articles.map((a) => [a.data.file, a.data.title]));
    const matcher = new VocabularyMatcher(vocabulary());
    const groups = groupNumbers(matcher.concepts);
    const postings = new Map<string, number[]>();
    const post = (feature: string, q: number) => {
      const list = postings.get(feature) ?? [];
      if (list.at(-1) !== q) list.push(q);
      postings.set(feature, list);
    };
    let len = '';
    let topics = '';
    const records: QuestionRecord[] = [];
    const generality: { q: number; topic: number; specific: boolean; ownWord: boolean; features: number; sources: number }[] = [];
    const numberOf = new Map(questions.map((question, q) => [question, q]));
    questions.forEach((question, q) => {
      const { features, concepts } = titleFeatures(question.title, matcher);
      // Concepts the answers talk about (any form, in their text or term chips), broad ones aside:
      // a word on most answers (训练, 数据) tells nothing about one of them.
      const mentions = new Map<number, number>();
      for (const entry of question.entries) {
        const text = [entry.data.title, entry.body ?? '', ...entry.data.terms.map((t) => t.zh)].join('\n');
        for (const m of matcher.find(text)) if (!m.concept.broad) mentions.set(m.concept.id, (mentions.get(m.concept.id) ?? 0) + 1);
      }
      const termConcepts = new Set([...mentions].filter(([, n]) => n >= MENTIONS).map(([id]) => id));
      // The groups of its subjects (可解释性 → 可解释性与透明度): a query about a sibling concept
      // (黑盒) reaches it, for less (retriever.ts WEIGHTS.sibling).
      for (const id of concepts) {
        const c = matcher.concepts[id]!;
        if (c.group !== undefined && !c.broad && c.kind !== 'aspect') features.add(siblingFeature(groups.get(c.group)!));
      }
      for (const f of [...features].sort()) post(f, q);
      for (const id of [...termConcepts].sort((a, b) => a - b)) if (!concepts.has(id)) post(`~${id}`, q);
      len += String.fromCharCode(48 + Math.min(features.size, 200));
      generality.push({
        q,
        topic: TOPIC_IDS.indexOf(question.topic),
        specific: [...concepts].some((id) => !matcher.concepts[id]!.broad && matcher.concepts[id]!.kind !== 'aspect'),
        ownWord: [...concepts].some((id) => matcher.concepts[id]!.topic === question.topic),
        features: features.size,
        sources: question.entries.length,
      });
      topics += String.fromCharCode(48 + TOPIC_IDS.indexOf(question.topic));
      const first = question.entries[0]!;
      records.push([
        question.title,
        `${questionPath(question)}#${first.data.anchor}`,
        question.topic,
        [...new Set(question.entries.map((e) => titleOf.get(e.data.source.file) ?? e.data.source.file))],
        summaryOf(first, EXCERPT_CHARS),
        relatedQuestions(question, questions).map((r) => numberOf.get(r)!),
      ]);
    });
    const size = [...postings].reduce((s, [f, ids]) => s + f.length + 6 + ids.length * 3, 0);
    const shardCount = Math.max(1, Math.ceil(size / SHARD_CHARS));
    const shards: PostingShard[] = Array.from({ length: shardCount }, () => ({}));
    for (const [feature, ids] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      shards[shardOf(feature, shardCount)]![feature] = encode(ids);
    }
    const blocks: QuestionRecord[][] = [];
    for (let i = 0; i < records.length; i += BLOCK) blocks.push(records.slice(i, i + BLOCK));
    const overview = TOPIC_IDS.map((_, t) =>
      generality
        .filter((g) => g.topic === t)
        .sort(
          (a, b) =>
            Number(a.specific) - Number(b.specific) ||
            Number(b.ownWord) - Number(a.ownWord) ||
            b.sources - a.sources ||
            a.features - b.features ||
            a.q - b.q,
        )
        .slice(0, OVERVIEW)
        .map((g) => g.q),
    );
    return { meta: { n: questions.length, shards: shardCount, len, topics, overview }, shards, blocks };
  })();
  return cache;
}
