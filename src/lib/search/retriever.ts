/**
 * The second retriever: questions matched by the concepts of the vocabulary and by character
 * bigrams of their titles, beside Pagefind's word index (client.ts fuses the two rankings).
 * Browser-safe; the build side is retriever-build.ts.
 *
 * What a question offers (its *features*):
 * - `#id`  a vocabulary concept named in its title (any form: 知识蒸馏 or 蒸馏 are both #知识蒸馏);
 * - `~id`  a concept among the terms of its answers but not in its title (weaker);
 * - `XY`   a bigram of the title outside every concept (「效果」 in 如何评估大模型的效果);
 * - `*XY`  a bigram of the title inside a concept (「分布」 in 分布式训练);
 * - `@n`   the vocabulary group of a title concept (the group of 可解释性 and 黑盒).
 *
 * What a query asks: the concepts it names (with the thesaurus on, a say-word such as 耗电 names
 * 能耗), and the bigrams of what is left. A leftover bigram matches a free bigram fully and a
 * bigram inside a concept only partly (PARTIAL), and bigrams inside the query's own concepts are
 * not searched at all: 数据增强 is the concept 数据增强, so the 增强 inside 增强学习 cannot match
 * it — whole-concept matches win over shared characters.
 *
 * Data (built at build time, fetched on demand): postings sharded by feature hash, so a query
 * fetches only the shards of its features; question records in blocks of BLOCK, fetched only for
 * the questions shown that Pagefind did not already describe.
 */

import { hanBigrams as bigramsOf } from '../text/chinese.ts';
import { normalizeForm, type VocabularyMatcher } from '../vocabulary/match.ts';

/** Questions per record block. */
export const BLOCK = 16;

export interface RetrieverMeta {
  /** Questions. */
  n: number;
  /** Postings shards. */
  shards: number;
  /** Title feature count per question, as characters (code − 48). */
  len: string;
  /** Topic of each question, as characters (code − 48 = index in TOPIC_IDS), so topic filters apply before any record is fetched. */
  topics: string;
  /**
   * Per topic (in TOPIC_IDS order), its overview questions, most general first: titles that name no
   * specific concept before those that do, titles with a word of the topic itself (挑战, 应用, 训练)
   * first among them, then more sources, then fewer title features. Shown when a query names a
   * concept of the field that no question covers. Optional: a meta.json cached from an earlier
   * build has none.
   */
  overview?: number[][];
}

/** One shard: feature → ascending question numbers, delta-coded. */
export type PostingShard = Record<string, number[]>;

/**
 * A question as the retriever shows it: [title, path + #anchor (no base), topic, sources, excerpt,
 * related] — related: the numbers of the questions its page lists as related (src/lib/related.ts).
 */
export type QuestionRecord = [title: string, url: string, topic: string, sources: string[], excerpt: string, related: number[]];

/** FNV-1a: the shard of a feature (same in Node and browsers). */
export function shardOf(feature: string, shards: number): number {
  let h = 2166136261;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 16777619);
  return (h >>> 0) % shards;
}

export function encode(ids: number[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const id of ids) {
    out.push(id - last);
    last = id;
  }
  return out;
}

export function decode(deltas: readonly number[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const d of deltas) out.push((at += d));
  return out;
}

/**
 * Ranking constants, chosen on the tuning half of the everyday query set
 * (tests/search/everyday-tuning.ts); see client.ts for the fusion.
 */
export const WEIGHTS = {
  /**
   * A concept found only among the terms of a question's answers, relative to one in its title.
   * 0.35 until the vocabulary grew (1,091 → 1,177 concepts, 5,237 → 6,482 forms) and the fusion
   * gained `cover`; then, on the 156 tuning queries: 0.35 → 0.818 / 0.845, 0.45 → 0.818 / 0.856,
   * 0.5 → 0.816 / 0.857, 0.6 → 0.816 / 0.854 (recall@5 / MRR). On the 516 tuning queries (rounds
   * 1–8, vocabulary of 2026-12-01): 0.35 → 0.840 / 0.823 (with MENTIONS 1), 0.5 → 0.843 / 0.830,
   * 0.6 → 0.847 / 0.831, 0.7 → 0.846 / 0.832, 0.85 → 0.838 / 0.832 (the existing set's MRR 1.0 →
   * 0.99). MENTIONS (retriever-build.ts) 1 → 0.846 / 0.832 but the existing set's recall .975 →
   * .970; 3 → 0.824 / 0.817.
   */
  terms: 0.6,
  /**
   * A leftover query bigram that falls inside a concept of the title (驾驶 in 自动驾驶). On the 276
   * tuning queries (rounds 1–4, after the vocabulary's blind everyday forms): 0.4 → 0.798 / 0.827,
   * 0.6 → 0.798 / 0.824, 0.3 → 0.802 / 0.829, 0.2 → 0.806 / 0.833, 0 → 0.806 / 0.835; the existing
   * set is unchanged from 0.2 down. 0.2 keeps a reader's half-typed term reaching its questions
   * while 自动 in 「自动判断评论」 no longer brings every 自动驾驶 question.
   */
  partial: 0.2,
  /** A leftover query bigram found in the forms of k concepts: each of them, divided by k. */
  fuzzy: 0.5,
  /** A leftover bigram across two words of the query (子越 in 步子越小), relative to one within a word. */
  across: 0.5,
  /** An aspect (挑战, 应用, 方法) and a broad concept (训练, 数据), relative to a term: the subject matters more than the frame. */
  aspect: 0.5,
  broad: 0.5,
  /** A concept related to one of the query's by containment (压缩 ↔ 模型压缩). */
  related: 0.5,
  /** A title concept narrower than a query concept (量化 for 模型压缩), and one broader (模型压缩 for 量化). */
  narrower: 0.5,
  broader: 0.3,
  /** A title concept of the same vocabulary group as a query concept (黑盒 → 可解释性). */
  sibling: 0.3,
  /** A leftover character of the query in the forms of k concepts: each of them, divided by k (the last resort). */
  char: 0.1,
  /** A bigram of a concept's form as typed, matching a free title bigram. */
  own: 0.5,
  /** Length normalisation (BM25's b): long titles gain less from each match. */
  b: 0.5,
};

export interface QueryFeature {
  feature: string;
  weight: number;
}

/** The feature of a vocabulary group (by its number, lexicon.ts groupNumbers) that a question's title concepts belong to. */
export function siblingFeature(group: number | string): string {
  return `@${group}`;
}

/** BM25's idf. */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export interface Scored {
  q: number;
  score: number;
  /** Share of the query's weight (by idf) this question matches, 0–1. */
  coverage: number;
}

/**
 * Score questions for query features: Σ weight × idf over matched features, normalised by title
 * length. A feature's group (the query concept or bigram it came from) counts once per question —
 * its best form.
 */
export function score(
  features: readonly (QueryFeature & { group: string })[],
  postings: ReadonlyMap<string, number[]>,
  meta: RetrieverMeta,
): Scored[] {
  const n = meta.n;
  let avg = 0;
  for (let i = 0; i < meta.len.length; i++) avg += meta.len.charCodeAt(i) - 48;
  avg = Math.max(1, avg / Math.max(1, meta.len.length));
  const perGroup = new Map<string, Map<number, number>>();
  const groupMax = new Map<string, number>();
  for (const f of features) {
    const ids = postings.get(f.feature);
    if (!ids || ids.length === 0) continue;
    const w = f.weight * idf(ids.length, n);
    groupMax.set(f.group, Math.max(groupMax.get(f.group) ?? 0, w));
    const group = perGroup.get(f.group) ?? new Map<number, number>();
    for (const q of ids) group.set(q, Math.max(group.get(q) ?? 0, w));
    perGroup.set(f.group, group);
  }
  // What a full match is worth: each group's best feature (a group found nowhere counts as a rare word).
  const possible = [...new Set(features.map((f) => f.group))].reduce(
    (s, g) => s + (groupMax.get(g) ?? Math.max(...features.filter((f) => f.group === g).map((f) => f.weight)) * idf(1, n)),
    0,
  );
  const total = new Map<number, number>();
  for (const group of perGroup.values()) for (const [q, w] of group) total.set(q, (total.get(q) ?? 0) + w);
  const out: Scored[] = [];
  for (const [q, raw] of total) {
    const len = (meta.len.charCodeAt(q) || 48) - 48;
    const norm = 1 - WEIGHTS.b + (WEIGHTS.b * Math.max(1, len)) / avg;
    out.push({ q, score: raw / norm, coverage: possible > 0 ? Math.min(1, raw / possible) : 0 });
  }
  return out.sort((a, b) => b.score - a.score || a.q - b.q);
}

/** Features of one title (retriever.ts): concepts, free bigrams, bigrams inside concepts. */
export function titleFeatures(title: string, matcher: VocabularyMatcher): { features: Set<string>; concepts: Set<number> } {
  const text = normalizeForm(title);
  const features = new Set<string>();
  const concepts = new Set<number>();
  let at = 0;
  for (const m of matcher.find(text)) {
    for (const g of bigramsOf(text.slice(at, m.start))) features.add(g);
    for (const g of bigramsOf(text.slice(m.start, m.end))) features.add(`*${g}`);
    features.add(`#${m.concept.id}`);
    concepts.add(m.concept.id);
    at = m.end;
  }
  for (const g of bigramsOf(text.slice(at))) features.add(g);
  return { features, concepts };
}
