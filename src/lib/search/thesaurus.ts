/**
 * The thesaurus the search page reads (content/vocabulary.yaml: every concept's Chinese forms), in
 * shards by character, so that a query fetches only the part of it that its own characters can
 * reach instead of the whole vocabulary (~80 KB gzip at 1,700 concepts, and growing with it).
 *
 * What a query needs of the thesaurus, and why the shards of its characters hold all of it:
 * - the forms found in its text (VocabularyMatcher): a form found in a text starts with one of the
 *   text's characters, so each form sits in the shard of its first character;
 * - the concepts whose forms hold a character pair or a character of the words no concept took
 *   (query.ts, retrieverFeatures): precomputed at build time, in the shard of the pair's first
 *   character, or of the character;
 * - for a concept found, the concepts related to it by their terms (压缩 and 模型压缩), its narrower
 *   concepts and its broader one: precomputed, beside the concept.
 * Only what the thresholds of query.ts keep is written: a pair in the forms of more than
 * FUZZY_MAX concepts, or a character in those of more than CHAR_MAX, names none of them.
 *
 * Pure and browser-safe: the build writes the shards (src/pages/search-thesaurus/[shard].json.ts),
 * the search client fetches and merges those of a query (client.ts), and the unit tests check that
 * a query's shards give the same plan and retriever features as the whole thesaurus.
 */
import { HAN, hanBigrams } from '../text/chinese.ts';
import { formsOf, normalizeForm, type VocabularyConcept } from '../vocabulary/match.ts';
import { TOPIC_IDS } from '../topics.ts';

/**
 * Shards of the thesaurus. Measured over the 996 tuning queries' characters at 1,693 concepts
 * (whole thesaurus 81 KB gzip): 128 → a median query fetches 41 KB in 12 files, 256 → 26 KB,
 * 512 → 18 KB; more shards buy less and less for one more file each.
 */
export const THESAURUS_SHARDS = 256;
/** A leftover bigram names the concepts whose forms hold it only when there are at most this many. */
export const FUZZY_MAX = 6;
/** A character in the forms of more concepts than this (学, 模) names none of them. */
export const CHAR_MAX = 12;

/** One shard, as fetched. Keys are concept ids (numbers as strings), pairs and characters. */
export interface ThesaurusShard {
  /** id → [flags, zh, ...its forms that start in this shard]; flags as in lexicon.ts conceptRows, without `^`. */
  concepts: Record<string, string[]>;
  /** id → the concepts related by their terms (either holds the other; not broad, not an aspect, two characters or more). */
  related: Record<string, number[]>;
  /** id → the concepts whose broader concept it is. */
  narrower: Record<string, number[]>;
  /** id → its broader concept, when that one is not broad. */
  up: Record<string, number>;
  /** character pair → the concepts whose forms hold it (at most FUZZY_MAX). */
  pairs: Record<string, number[]>;
  /** Han character → the concepts whose forms hold it (at most CHAR_MAX). */
  chars: Record<string, number[]>;
  /**
   * Han character in the forms of more than CHAR_MAX concepts → the concepts whose term holds it,
   * when those are at most CHAR_MAX (车: 汽车, 车联网, 车端部署). Read by the last resort only.
   * Optional: a shard cached from an earlier build has none.
   */
  termChars?: Record<string, number[]>;
}

/** A query's part of the thesaurus (one or more shards merged), as query.ts reads it. */
export interface ThesaurusIndex {
  /** The concepts with a form in the loaded shards, each with those forms only. */
  concepts: VocabularyConcept[];
  byId: Map<number, VocabularyConcept>;
  related: Map<number, number[]>;
  narrower: Map<number, number[]>;
  up: Map<number, number>;
  pairs: Map<string, number[]>;
  chars: Map<string, number[]>;
  termChars: Map<string, number[]>;
}

/** The shard of a character. */
export function thesaurusShard(ch: string): number {
  return ch.codePointAt(0)! % THESAURUS_SHARDS;
}

const LATIN = /[a-z0-9]/u;

/**
 * The shards a text's characters need (as the matcher compares: NFKC, lower case). Of a Latin
 * word only the first character: a form starting with a letter or digit is found only at the
 * start of a word (match.ts, latinBoundary), and the pair and character indexes are of Han text.
 */
export function thesaurusShardsOf(text: string): number[] {
  const shards = new Set<number>();
  let previous = '';
  for (const ch of normalizeForm(text)) {
    if (ch.trim() !== '' && !(LATIN.test(ch) && LATIN.test(previous))) shards.add(thesaurusShard(ch));
    previous = ch;
  }
  return [...shards].sort((a, b) => a - b);
}

/** The character pairs of a form (Han runs), and its Han characters, as query.ts cuts leftover text. */
const pairsOfForm = (form: string) => hanBigrams(normalizeForm(form));
const charsOfForm = (form: string) => [...normalizeForm(form)].filter((x) => HAN.test(x));

/**
 * The concepts whose terms hold one another (压缩 in 模型压缩, and the other way), for concept `self`;
 * in id order. Broad concepts, aspects and one-character terms relate to nothing. `terms` are the
 * concepts that may relate, with their normalised terms.
 */
function relatedByTerm(self: VocabularyConcept, terms: readonly [VocabularyConcept, string][]): number[] {
  const zh = normalizeForm(self.zh);
  return terms.filter(([c, other]) => c.id !== self.id && (zh.includes(other) || other.includes(zh))).map(([c]) => c.id);
}

/** Whether a concept can be related to another at all (query.ts, related). */
function mayRelate(c: VocabularyConcept): boolean {
  return !c.broad && c.kind !== 'aspect' && [...normalizeForm(c.zh)].length >= 2;
}

/** Concept rows (lexicon.ts conceptRows) → the shards. Build time. */
export function buildThesaurusShards(concepts: readonly VocabularyConcept[], rows: readonly string[][]): ThesaurusShard[] {
  const shards: ThesaurusShard[] = Array.from({ length: THESAURUS_SHARDS }, () => ({
    concepts: {},
    related: {},
    narrower: {},
    up: {},
    pairs: {},
    chars: {},
    termChars: {},
  }));
  const byZh = new Map(concepts.map((c) => [c.zh, c]));
  const narrower = new Map<number, number[]>();
  for (const c of concepts) {
    const up = c.broader === undefined ? undefined : byZh.get(c.broader);
    if (up) narrower.set(up.id, [...(narrower.get(up.id) ?? []), c.id]);
  }
  const terms = concepts.filter(mayRelate).map((c): [VocabularyConcept, string] => [c, normalizeForm(c.zh)]);
  const pairs = new Map<string, number[]>();
  const chars = new Map<string, number[]>();
  const termChars = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, keys: Iterable<string>, id: number) => {
    for (const k of keys) map.set(k, [...(map.get(k) ?? []), id]);
  };
  for (const c of concepts) {
    const forms = formsOf(c);
    index(pairs, new Set(forms.flatMap(pairsOfForm)), c.id);
    index(chars, new Set(forms.flatMap(charsOfForm)), c.id);
    index(termChars, new Set(charsOfForm(c.zh)), c.id);
    const [flags = ''] = (rows[c.id]?.[0] ?? '').split('^');
    const related = relatedByTerm(c, terms);
    const up = c.broader === undefined ? undefined : byZh.get(c.broader);
    const byShard = new Map<number, string[]>();
    for (const form of forms) {
      const shard = thesaurusShard([...normalizeForm(form)][0]!);
      byShard.set(shard, [...(byShard.get(shard) ?? []), form]);
    }
    for (const [i, shardForms] of byShard) {
      const shard = shards[i]!;
      shard.concepts[c.id] = [flags, c.zh, ...shardForms.filter((f) => f !== c.zh)];
      if (related.length > 0) shard.related[c.id] = related;
      if (narrower.has(c.id)) shard.narrower[c.id] = narrower.get(c.id)!;
      if (up && !up.broad) shard.up[c.id] = up.id;
    }
  }
  for (const [pair, ids] of pairs) if (ids.length <= FUZZY_MAX) shards[thesaurusShard(pair)]!.pairs[pair] = ids;
  for (const [ch, ids] of chars) {
    const shard = shards[thesaurusShard(ch)]!;
    const named = termChars.get(ch) ?? [];
    if (ids.length <= CHAR_MAX) shard.chars[ch] = ids;
    else if (named.length > 0 && named.length <= CHAR_MAX) shard.termChars![ch] = named;
  }
  return shards;
}

/** Merge fetched shards into what query.ts reads. */
export function indexThesaurus(shards: readonly ThesaurusShard[]): ThesaurusIndex {
  const byId = new Map<number, VocabularyConcept>();
  const out: ThesaurusIndex = {
    concepts: [],
    byId,
    related: new Map(),
    narrower: new Map(),
    up: new Map(),
    pairs: new Map(),
    chars: new Map(),
    termChars: new Map(),
  };
  for (const shard of shards) {
    for (const [key, [flags = '', zh = '', ...say]] of Object.entries(shard.concepts)) {
      const id = Number(key);
      const had = byId.get(id);
      if (had) {
        for (const f of say) if (!had.say.includes(f)) had.say.push(f);
        continue;
      }
      const [head = '', group] = flags.split('.');
      byId.set(id, {
        id,
        zh,
        en: '',
        also: [],
        say: [...say],
        ambiguous: [],
        kind: head.includes('a') ? 'aspect' : head.includes('d') ? 'domain' : 'term',
        broad: head.includes('b'),
        ...(/\d/u.test(head) ? { topic: TOPIC_IDS[Number(/\d/u.exec(head)![0])] } : {}),
        ...(group !== undefined ? { group } : {}),
        line: 0,
      });
    }
    for (const [key, ids] of Object.entries(shard.related)) out.related.set(Number(key), ids);
    for (const [key, ids] of Object.entries(shard.narrower)) out.narrower.set(Number(key), ids);
    for (const [key, id] of Object.entries(shard.up)) out.up.set(Number(key), id);
    for (const [pair, ids] of Object.entries(shard.pairs)) out.pairs.set(pair, ids);
    for (const [ch, ids] of Object.entries(shard.chars)) out.chars.set(ch, ids);
    for (const [ch, ids] of Object.entries(shard.termChars ?? {})) out.termChars.set(ch, ids);
  }
  // In id order, as the vocabulary lists them (the matcher keeps the earlier of equal forms).
  out.concepts = [...byId.values()].sort((a, b) => a.id - b.id);
  return out;
}

/**
 * Concepts related to concept `id` found as `typed`: by their terms (precomputed), or because a
 * form of theirs of two characters or more is inside what was typed; in id order. A form inside
 * `typed` starts with one of its characters, so the shards of the query hold it.
 */
export function relatedConcepts(thesaurus: ThesaurusIndex, id: number, typed: string): number[] {
  const ids = new Set(thesaurus.related.get(id) ?? []);
  for (const c of thesaurus.concepts) {
    if (c.id === id || ids.has(c.id) || !mayRelate(c)) continue;
    if ([c.zh, ...c.say].some((f) => [...f].length >= 2 && typed.includes(normalizeForm(f)))) ids.add(c.id);
  }
  return [...ids].sort((a, b) => a - b);
}
