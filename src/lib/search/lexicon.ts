/**
 * The search lexicon: the small table the browser needs to understand a query beyond what
 * Pagefind's index holds. Built from the content at build time (src/pages/search-lexicon.json.ts)
 * and fetched only when the reader starts searching.
 *
 * - `t2s`: Traditional → Simplified characters, as a string of pairs (「學学習习…」). Only pairs
 *   whose Simplified character occurs in the knowledge base are kept: a Traditional character
 *   that maps to nothing in the text cannot help a search, so the table grows with the corpus's
 *   character set (a few thousand at most), not with OpenCC's dictionaries.
 * - `terms`: English → Chinese, from the bilingual terms attached to entries and the glossary
 *   (content/vocabulary.yaml plus glosses harvested from the articles). A reader typing
 *   「knowledge distillation」 searches 知识蒸馏 too.
 * - `common`: the words on most pages (模型, 应用 …) and the share of pages each is on. Such a word
 *   tells pages apart hardly at all, yet its index chunk is among the biggest a query can fetch
 *   (at 14,000 pages, the posting list of a word on every page); the client leaves it out of a
 *   query that has rarer words (query.ts, searchablePlan).
 */
import { words } from '../text/chinese.ts';
import type { VocabularyConcept } from '../vocabulary/match.ts';
import { TOPIC_IDS } from '../topics.ts';

export interface Lexicon {
  /** Format version, bumped when the shape changes. */
  v: 1;
  /** Traditional/variant → Simplified, as consecutive character pairs. */
  t2s: string;
  /** [English key (normalised with englishKey), Chinese term, …more Chinese terms]. */
  terms: string[][];
  /** [word, share of pages it is on (0–1, two decimals)], for words on at least COMMON_SHARE of pages. */
  common?: [string, number][];
  /**
   * The whole vocabulary of the field for the thesaurus (content/vocabulary.yaml), in file order
   * (the index is the concept id): [flags, zh, ...say]. Flags: a = aspect, d = domain, b = broad, a
   * digit = the concept's topic (index in TOPIC_IDS), `.n` its group's number, `^id` its broader
   * concept. The build ships it in shards (thesaurus.ts); whole, it serves tests and tools.
   */
  concepts?: string[][];
  /** Glossary: [zh, en, anchor slug], offered when a search finds no full match. */
  glossary?: [string, string, string][];
}

/** Words on at least this share of pages are listed in `common`. */
export const COMMON_SHARE = 0.5;

export interface BilingualTerm {
  zh: string;
  en: string;
  also?: readonly string[];
}

/** How English is compared: NFKC, lower case, hyphens/slashes/underscores as spaces, single spaces. */
export function englishKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_/]+/gu, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** English singular for lexicon matching: 「gradients」 → 「gradient」, 「attacks」 → 「attack」 (not 「loss」). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The shard of the English terms a key (or a query word) belongs to: its first letter, digits
 * together, anything else together. A query fetches only the shards of its Latin words' first
 * letters — an English phrase is looked up from its first word — instead of every English term
 * of the field (the terms grew with the vocabulary's English to ~30 KB gzip).
 */
export function termShard(key: string): string {
  const first = key[0] ?? '';
  return /[a-z]/u.test(first) ? first : /[0-9]/u.test(first) ? '0' : '_';
}

/**
 * The English terms' shards a query needs: those of the first letters of its Latin words,
 * including words typed against Chinese (loss变成NaN → l, n).
 */
export function termShardsOf(query: string): string[] {
  return [...new Set((englishKey(query).match(/[a-z0-9]+/gu) ?? []).map(termShard))].sort();
}

/** The key of a phrase with every word singular, so plural and singular forms meet. */
export function lexiconKey(text: string): string {
  return englishKey(text).split(' ').map(singular).join(' ');
}

const HAN = /\p{Script=Han}/u;

/**
 * Build the lexicon. `texts` is everything a search can match (questions, answers, terms);
 * `t2sCandidates` maps Traditional/variant characters to their Simplified form (from OpenCC).
 */
export function buildLexicon(texts: Iterable<string>, terms: Iterable<BilingualTerm>, t2sCandidates: Iterable<[string, string]>): Lexicon {
  const chars = new Set<string>();
  for (const text of texts) for (const ch of text) if (HAN.test(ch)) chars.add(ch);

  const pairs = new Map<string, string>();
  for (const [from, to] of t2sCandidates) {
    // Keep a pair only when it can help: the Simplified form is in the text and the Traditional
    // form is not (a character both scripts share, like 著 in 显著, must stay as typed).
    if (from === to || [...from].length !== 1 || [...to].length !== 1) continue;
    if (!chars.has(to) || chars.has(from) || pairs.has(from)) continue;
    pairs.set(from, to);
  }
  const t2s = [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => from + to)
    .join('');

  const byKey = new Map<string, string[]>();
  const add = (en: string, zh: string) => {
    const key = lexiconKey(en);
    // A key must carry a letter (not 「F1」 alone is fine, 「1」 is not) and the term must be Chinese.
    if (!/\p{L}/u.test(key) || !HAN.test(zh)) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(zh)) list.push(zh);
    byKey.set(key, list);
  };
  for (const term of terms) {
    add(term.en, term.zh);
    for (const alias of term.also ?? []) add(alias, term.zh);
  }
  const list = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, zh]) => [key, ...zh]);
  return { v: 1, t2s, terms: list };
}

/** Words (as segmented for search, lower case) on at least `minShare` of `pages`, most common first. */
export function commonWords(pages: readonly string[], minShare = COMMON_SHARE): [string, number][] {
  const df = new Map<string, number>();
  for (const page of pages) {
    for (const word of new Set(words(page.normalize('NFKC').toLowerCase()))) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const n = Math.max(1, pages.length);
  return [...df]
    .filter(([word, count]) => count / n >= minShare && /[\p{L}\p{N}]/u.test(word))
    .map(([word, count]): [string, number] => [word, Math.floor((count / n) * 100) / 100])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Parse the t2s string into a lookup map. */
export function t2sMap(lexicon: Pick<Lexicon, 't2s'> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!lexicon) return map;
  const chars = [...lexicon.t2s];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/**
 * Vocabulary concepts as the lexicon carries them: [flags, zh, ...say]. A search reads what the reader
 * typed, so the ambiguous words travel as `say`.
 */
export function conceptRows(concepts: readonly VocabularyConcept[]): string[][] {
  const groups = groupNumbers(concepts);
  const idOf = new Map(concepts.map((c) => [c.zh, c.id]));
  return concepts.map((c) => [
    `${c.kind === 'aspect' ? 'a' : c.kind === 'domain' ? 'd' : ''}${c.broad ? 'b' : ''}${c.topic ? TOPIC_IDS.indexOf(c.topic) : ''}${c.group !== undefined ? `.${groups.get(c.group)}` : ''}${c.broader !== undefined && idOf.has(c.broader) ? `^${idOf.get(c.broader)}` : ''}`,
    c.zh,
    ...c.say,
    ...c.ambiguous,
  ]);
}

/**
 * The vocabulary's groups (分布式训练, 可解释性与透明度 …) numbered in order of first appearance:
 * the browser knows a concept's group by number only (conceptsOf), so the build names it the same way.
 */
export function groupNumbers(concepts: readonly VocabularyConcept[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const c of concepts) if (c.group !== undefined && !numbers.has(c.group)) numbers.set(c.group, numbers.size);
  return numbers;
}

/** Back from rows to concepts (English is not needed in the browser: the lexicon's terms carry it). */
export function conceptsOf(rows: readonly string[][] | undefined): VocabularyConcept[] {
  return (rows ?? []).map(([row = '', zh = '', ...say], id) => {
    const [head = '', broaderId] = row.split('^');
    const [flags = '', group] = head.split('.');
    const broader = broaderId === undefined ? undefined : rows![Number(broaderId)]?.[1];
    return {
      id,
      zh,
      en: '',
      also: [],
      say,
      ambiguous: [],
      kind: flags.includes('a') ? 'aspect' : flags.includes('d') ? 'domain' : 'term',
      broad: flags.includes('b'),
      ...(/\d/u.test(flags) ? { topic: TOPIC_IDS[Number(/\d/u.exec(flags)![0])] } : {}),
      ...(group !== undefined ? { group } : {}),
      ...(broader !== undefined ? { broader } : {}),
      line: 0,
    };
  });
}
