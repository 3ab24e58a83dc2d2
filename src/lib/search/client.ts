/**
 * Browser-side search over the Pagefind index built into <base>/pagefind/. Loaded on demand only:
 * nothing here runs until the reader types into a search box or opens the search page.
 *
 * Pagefind answers "pages that contain every word". Readers type questions, so the client asks
 * Pagefind once per concept of the query (query.ts) and merges the answers: a page's score is
 * the sum, over the concepts it matches, of the concept's rarity (BM25 idf over the whole index)
 * times how well Pagefind says the page matches it, scaled by the share of the query it covers.
 * A query therefore returns its best partial matches instead of nothing, and pages that match
 * more of it — and the rarer parts of it — come first.
 *
 * Every page in the index is one question, so a question answered by several sources is one
 * result; the result links to the answer (sub-result) that matches the query best.
 *
 * The full search (the search page) adds two things to Pagefind:
 * - the thesaurus (content/vocabulary.yaml, `say`): a word readers use for a concept (耗电) is
 *   searched together with the concept's term (能耗); the page says so (「也搜索了：能耗」) and the
 *   reader can turn it off (expand=0 in the URL);
 * - a second retriever over questions (retriever.ts): titles, the concepts they and their answers
 *   name, and character bigrams, fused with Pagefind's ranking by reciprocal rank (FUSION).
 * The suggestions under the header box use Pagefind alone, so a first query from any page costs
 * no more than before; the search page fetches the thesaurus and the retriever's shards on demand.
 */
import { TOPIC_IDS, TOPICS, isTopicId } from '../topics.ts';
import { normalizeForm } from '../vocabulary/match.ts';
import {
  indexLexicon,
  planQuery,
  planShards,
  queryShards,
  retrieverFeatures,
  searchablePlan,
  type Concept,
  type LexiconIndex,
  type QueryPlan,
} from './query.ts';
import type { ThesaurusShard } from './thesaurus.ts';
import {
  BLOCK,
  decode,
  score,
  shardOf,
  type PostingShard,
  type QuestionRecord,
  type RetrieverMeta,
  type Scored,
  WEIGHTS,
} from './retriever.ts';
import { t2sMap, termShardsOf, type Lexicon } from './lexicon.ts';
import { markText, type Segment } from './marks.ts';
import { wholeClauses, withoutEcho } from './excerpt.ts';
import { hanBigrams as bigramsOf, hanRuns, hasHan, QUESTION_WORDS, words } from '../text/chinese.ts';

export type { Segment } from './marks.ts';

export interface SearchHit {
  /** The question, with the query's words marked. */
  title: Segment[];
  /** Plain question text. */
  question: string;
  /** Link to the best-matching answer on the question page, with ?highlight= for the page. */
  url: string;
  topic: string;
  topicName: string;
  /** Titles of the source articles that answer this question. */
  sources: string[];
  /** Excerpt of the best-matching answer, with the query's words marked. */
  excerpt: Segment[];
  score: number;
  /** Share of the query's concepts (weighted by rarity) this question matches, 0–1. */
  coverage: number;
  /** Labels of the concepts this question matches. */
  matched: string[];
}

export interface SearchResponse {
  plan: QueryPlan;
  hits: SearchHit[];
  /** Number of questions that match at least part of the query (an upper estimate when `estimated`). */
  total: number;
  /**
   * Some of Pagefind's matches were not read: which question each is, and so whether the retriever
   * found it too, is not known yet. `total` then counts them apart, at most every question there is.
   */
  estimated: boolean;
  /** Concepts that match nothing anywhere (「变小」 in 「大模型怎么变小」). */
  unmatched: string[];
  /** No question matches every concept of the query: the hits are the closest ones. */
  partial: boolean;
  /** Glossary terms near the query, offered when there is no full match: [zh, en, glossary anchor]. */
  glossary: [string, string, string][];
  /**
   * The query names concepts of this topic (幻觉: challenges) that no question covers, and nothing
   * else matched: the hits are the topic's overview questions (RetrieverMeta.overview).
   */
  overview?: string;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** How many hits to load (each needs one small fragment download). */
  limit?: number;
  /** Apply the thesaurus (say-words → the concept's term); default true. */
  expand?: boolean;
  /**
   * The full search (default): the thesaurus and the question retriever beside Pagefind. Off for
   * the suggestions under the header box, which stay as light as Pagefind alone.
   */
  full?: boolean;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/u, '/');

interface Engine {
  pagefind: Pagefind;
  /** The part of the lexicon every query needs (Traditional → Simplified, common words). */
  base: Lexicon;
  /** Pages in the index, for idf. */
  total: number;
}

/**
 * The lexicon's on-demand parts (search-terms/<letter>.json, search-thesaurus/<n>.json,
 * search-glossary.json), each fetched once; a failed fetch is tried again by the next query.
 */
const parts = new Map<string, Promise<object>>();
function part<T extends object = Partial<Lexicon>>(name: string): Promise<Partial<T>> {
  let p = parts.get(name) as Promise<Partial<T>> | undefined;
  if (!p) {
    parts.set(name, (p = fetchJson<Partial<T>>(`${BASE}search-${name}.json`, {})));
    p.then((x) => Object.keys(x).length === 0 && parts.delete(name)).catch(() => parts.delete(name));
  }
  return p;
}

let retrieverMeta: Promise<RetrieverMeta | undefined> | undefined;
/** The question retriever's metadata (search-questions/meta.json), once. */
function metaOnce(): Promise<RetrieverMeta | undefined> {
  retrieverMeta ??= fetchJson<RetrieverMeta | undefined>(`${BASE}search-questions/meta.json`, undefined).then((m) => {
    if (!m) retrieverMeta = undefined;
    return m;
  });
  return retrieverMeta;
}

async function thesaurusShards(ids: readonly number[]): Promise<ThesaurusShard[]> {
  const shards = await Promise.all(ids.map((i) => part<ThesaurusShard>(`thesaurus/${i}`)));
  return shards.filter((s): s is ThesaurusShard => s.concepts !== undefined);
}

const indexes = new Map<string, LexiconIndex>();
const t2sOf = new WeakMap<Lexicon, Map<string, string>>();
/**
 * The lexicon a query needs: English terms only when it has Latin letters (and only the shards of
 * its words); the thesaurus only for the full search (the search page), not for the suggestions
 * under the header box, and only the shards of the query's characters — then of the terms it
 * expands to and the Chinese of its English, which the retriever and the glossary match too.
 */
async function lexiconFor(
  base: Lexicon,
  query: string,
  full: boolean,
  expand: boolean,
): Promise<{ lexicon: LexiconIndex; plan: QueryPlan; meta?: RetrieverMeta }> {
  const latin = /[a-z]/iu.test(query.normalize('NFKC'));
  const termKeys = latin ? termShardsOf(query) : [];
  const terms = Promise.all(termKeys.map((s) => part(`terms/${s}`))).then((t) => t.flatMap((x) => x.terms ?? []));
  const indexed = async (ids: readonly number[]) => {
    const key = `${termKeys.join('')}:${ids.join(',')}`;
    let lexicon = indexes.get(key);
    if (!lexicon) {
      const [termRows, shards] = await Promise.all([terms, thesaurusShards(ids)]);
      if (indexes.size >= 8) indexes.delete(indexes.keys().next().value!);
      indexes.set(key, (lexicon = indexLexicon({ ...base, terms: termRows }, shards)));
    }
    return lexicon;
  };
  if (!full) {
    const lexicon = await indexed([]);
    return { lexicon, plan: planQuery(query, lexicon, expand) };
  }
  const meta = metaOnce();
  let t2s = t2sOf.get(base);
  if (!t2s) t2sOf.set(base, (t2s = t2sMap(base)));
  const first = queryShards(query, t2s);
  let lexicon = await indexed(first);
  // The plan reads only the query's own text, whose shards are all in `first`: more shards cannot change it.
  const plan = planQuery(query, lexicon, expand);
  const all = planShards(plan);
  if (all.some((i) => !first.includes(i))) lexicon = await indexed([...new Set([...first, ...all])].sort((a, b) => a - b));
  return { lexicon, plan, meta: await meta };
}

let engine: Promise<Engine> | undefined;

/** Load Pagefind and the lexicon (once). Safe to call early to warm up. */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const lexiconRequest = fetch(`${BASE}search-lexicon.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : undefined))
      .catch(() => undefined);
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: Pagefind 1.6's pagefind.js carries its whole search (the fallback it uses where
    // workers are unavailable); its worker file is a second copy, 12 KB gzip on every first query.
    // The price: Pagefind's start-up and searches run on the main thread. Measured on a loaded
    // 2-core machine (8 cold runs each): first suggestions sooner (median 1.65 s against 1.88 s
    // with the worker), but main-thread tasks of 80–250 ms during the first search, none with it.
    // If input responsiveness while searching matters more than 12 KB, set it back to false
    // (the first query then costs ≈ 105 KB gzip, still within search-perf.test.ts's budget).
    await pagefind.options({ excerptLength: 36, noWorker: true });
    const [lexicon, all] = await Promise.all([lexiconRequest, pagefind.search(null)]);
    return { pagefind, base: lexicon ?? { v: 1, t2s: '', terms: [] }, total: Math.max(1, all.unfilteredResultCount || all.results.length) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

interface ConceptHits {
  concept: Concept;
  idf: number;
  /**
   * Pagefind found the concept's words as typed on some page. When it found only part of them
   * (foundAsTyped), its pages still rank — a page with 部署 is near a question about 端侧部署 —
   * but the reader is told the word was not found.
   */
  found: boolean;
  /** Page id → best normalised Pagefind score (0–1] and the result to read the page with. */
  pages: Map<string, { norm: number; result: PagefindResult }>;
}

/** BM25's idf: near 0 for a word on every page (大模型), high for a rare one (蒸馏). */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Whether Pagefind found the words of a Chinese query, or only part of them. Pagefind searches
 * the words it knows and leaves out the others (documented: it prefers some results to none),
 * and cuts a word it does not know to a prefix it does: 聚类, with 聚 on no page, finds every page
 * with 类. Its best result then lacks a word of the query; read from the fragment (usually among
 * the results shown anyway), that tells.
 */
async function foundAsTyped(query: string, response: PagefindSearch): Promise<boolean> {
  const best = response.results[0];
  if (!best || query.startsWith('"')) return true;
  const content = (await best.data()).content;
  if (hasHan(query)) return hanRuns(query).every((run) => words(run).every((w) => content.includes(w)));
  // Pagefind finds a Latin word on no page through a shorter one that is (asdfqwer through 「as」 in
  // code): the best page must hold the word's stem (evaluat- for evaluate, evaluation).
  const text = content.toLowerCase();
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .every((w) => text.includes(w.slice(0, Math.max(3, Math.ceil(w.length * 0.6)))));
}

async function searchConcept(pf: Pagefind, concept: Concept, n: number, filters: Record<string, string[]>): Promise<ConceptHits> {
  const pages = new Map<string, { norm: number; result: PagefindResult }>();
  let df = 0;
  const responses: { response: PagefindSearch; typed: boolean }[] = [];
  for (const q of concept.queries) {
    const response = await pf.search(q, { filters });
    responses.push({ response, typed: response.results.length > 0 && (await foundAsTyped(q, response)) });
  }
  const found = responses.some((r) => r.typed);
  // A Latin word found nowhere as typed matches no page: its pages hold only some shorter word.
  if (!found && !concept.queries.some(hasHan)) return { concept, idf: 0, found, pages };
  for (const { response, typed } of responses) {
    // 种地 is on no page, and Pagefind then finds 几种 and 地 apart; its thesaurus word 农业 is
    // found as written. The pages of the scattered characters are no match of the concept then.
    if (found && !typed) continue;
    df = Math.max(df, response.unfilteredResultCount);
    const best = response.results.reduce((max, r) => Math.max(max, r.score), Number.MIN_VALUE);
    for (const result of response.results) {
      const norm = result.score / best;
      const had = pages.get(result.id);
      if (!had || had.norm < norm) pages.set(result.id, { norm, result });
    }
  }
  return { concept, idf: df === 0 ? 0 : Math.max(idf(df, n), 0.05), found, pages };
}

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const { pagefind, base, total } = await loadEngine();
  const full = options.full ?? true;
  const expand = full && (options.expand ?? true);
  const { lexicon, plan: queryPlan, meta } = await lexiconFor(base, query, full, expand);
  // Tuning runs (scripts/search-tune.ts) set other constants here; nothing else sets this global.
  const tuning = (globalThis as { __searchTuning?: { fusion?: Partial<typeof FUSION>; weights?: Partial<typeof WEIGHTS> } }).__searchTuning;
  if (tuning) {
    Object.assign(FUSION, tuning.fusion);
    Object.assign(WEIGHTS, tuning.weights);
  }
  const filters = options.filters ?? {};
  const limit = options.limit ?? 20;
  // Words on most pages are left out (they would fetch the biggest index chunks for almost no ranking signal).
  const { searched } = searchablePlan(queryPlan.concepts, lexicon.common);
  const perConcept = await Promise.all(searched.map((c) => searchConcept(pagefind, c, total, filters)));

  const core = perConcept.filter((c) => !c.concept.phrase);
  const unmatched = core.filter((c) => !c.found).map((c) => c.concept.label);
  const possible = core.reduce((sum, c) => sum + c.idf, 0);
  const idfOf = new Map(core.map((c) => [c.concept.label, c.idf]));

  const scored = new Map<string, { score: number; covered: number; matched: ConceptHits[] }>();
  for (const hits of perConcept) {
    // A phrase (its words side by side) adds a bonus worth a third of what its words are worth
    // on average: 知识蒸馏 together counts, 模型压缩 hardly more than 压缩 (模型 is everywhere),
    // so a page whose heading has the key word still beats one that merely has the phrase.
    const parts = (hits.concept.parts ?? []).flatMap((p) => idfOf.get(p) ?? []);
    const worth = parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
    const weight = hits.concept.phrase ? (hits.concept.bonus ?? 0.3) * Math.min(hits.idf, worth) : hits.idf;
    for (const [id, { norm }] of hits.pages) {
      const entry = scored.get(id) ?? { score: 0, covered: 0, matched: [] };
      entry.score += weight * (0.5 + 0.5 * norm);
      if (!hits.concept.phrase) entry.covered += hits.idf;
      entry.matched.push(hits);
      scored.set(id, entry);
    }
  }
  const ranked = [...scored.entries()]
    .map(([id, s]) => {
      const coverage = possible > 0 ? s.covered / possible : 0;
      return { id, ...s, coverage, final: s.score * (0.25 + 0.75 * coverage) };
    })
    // A page found only through a phrase matches no word of the query on its own: not a result.
    .filter((r) => r.covered > 0 || core.length === 0)
    .sort((a, b) => b.final - a.final || a.id.localeCompare(b.id));

  // Readers often type a question much as it is asked; among the leading candidates, one whose
  // question reads like the query moves up (character-bigram overlap with the question title).
  const retrieval = retrieve(queryPlan, lexicon, meta, filters);
  const pool = await Promise.all(ranked.slice(0, Math.max(limit, POOL)).map(async (r) => ({ r, reads: await readAll(r) })));
  const key = titleKey(queryPlan);
  const reranked = pool
    .map((p) => ({ ...p, final: p.r.final * (1 + 0.75 * dice(key, bigrams(p.reads[0]!.data.meta.title ?? ''))) }))
    .sort((a, b) => b.final - a.final || a.r.id.localeCompare(b.r.id));

  // Words on nearly every page (模型, 大模型) are not worth a highlight, unless nothing else is.
  const telling = perConcept.filter((c) => c.idf >= 0.3);
  const marks = (telling.length > 0 ? telling : perConcept).flatMap((c) => c.concept.marks);

  // Fusion (reciprocal rank): each list gives a question weight / (K + rank); Pagefind's list is
  // the reranked pool, the retriever's its scored questions.
  const fused = new Map<string, { score: number; pf?: (typeof reranked)[number]; rq?: number; coverage: number }>();
  // Both lists name a question by its number in the retriever (Pagefind's through the page's `q` meta).
  const keyOf = (p: (typeof reranked)[number]) => p.reads[0]!.data.meta.q ?? pathOf(p.reads[0]!.data.url);
  // How much of the query a Pagefind match holds, a word Pagefind did not find at all counting
  // as the rarest word there is: a page found through 大模型 alone, while the rest of the query
  // reached nothing literally, is weak evidence whatever its rank.
  const unfound = unmatched.length * idf(0, total);
  reranked.forEach((p, rank) => {
    const confidence = possible + unfound > 0 ? p.r.covered / (possible + unfound) : 0;
    const weight = FUSION.pagefind * (1 - FUSION.confidence + FUSION.confidence * confidence);
    fused.set(keyOf(p), { score: weight / (FUSION.k + rank + 1), pf: p, coverage: p.r.coverage });
  });
  let { scored: rscored, records } = await retrieval;
  // Nothing at all, neither Pagefind nor the retriever: the retriever once more, reaching further
  // through the characters of the words nothing knew (query.ts, retrieverFeatures' lastResort).
  if (reranked.length === 0 && rscored.length === 0 && full)
    ({ scored: rscored, records } = await retrieve(queryPlan, lexicon, meta, filters, true));
  // When Pagefind's best answer holds every word of the query and no thesaurus word was involved,
  // the words themselves were found: its ranking is trusted more (the retriever counts for less).
  // (As Pagefind counts a match, partial ones included: FUSION was tuned that way.)
  const literal = queryPlan.expanded.length === 0 && core.every((c) => c.idf > 0) && (reranked[0]?.r.coverage ?? 0) >= 0.999;
  const retrieverWeight = literal ? FUSION.literal : FUSION.retriever;
  // Retriever candidates far below its best (a shared bigram and nothing else) are left out.
  const top = rscored[0]?.score ?? 0;
  const passing = rscored.slice(0, FUSION.depth).filter((r) => r.score >= FUSION.floor * top);
  passing.forEach((r, rank) => {
    const key = String(r.q);
    const had = fused.get(key) ?? { score: 0, coverage: 0 };
    had.score += (retrieverWeight * (1 + (literal ? 0 : FUSION.cover) * r.coverage ** 2)) / (FUSION.k + rank + 1);
    had.rq = r.q;
    had.coverage = Math.max(had.coverage, r.coverage);
    fused.set(key, had);
  });
  if (tuning) {
    (globalThis as { __searchDebug?: unknown }).__searchDebug = {
      pagefind: reranked.map((p) => pathOf(p.reads[0]!.data.url)),
      retriever: rscored.slice(0, 10).map((r) => `q${r.q} ${r.score.toFixed(2)}`),
    };
  }
  // Where the query's concepts point to one topic, its questions move up a little.
  if (FUSION.topic > 0 && meta) {
    const topic = queryTopic(topicText(queryPlan), lexicon);
    if (topic)
      for (const f of fused.values()) {
        const t = f.pf
          ? f.pf.reads[0]!.data.filters.topic?.[0]
          : f.rq !== undefined
            ? TOPIC_IDS[meta.topics.charCodeAt(f.rq) - 48]
            : undefined;
        if (t === topic) f.score *= 1 + FUSION.topic;
      }
  }
  // The cluster hypothesis: the questions related to the best match (those its page lists, by
  // shared terms) tend to answer the same need — 「想在手机上跑大模型」 finds 资源受限设备上的部署,
  // whose related questions are 压缩, 量化 and 计算性能. They count as a third, weaker list.
  // Not for a literal query: its words were all found, and a related question without them is noise.
  if (FUSION.neighbor > 0 && meta && !literal) {
    const sources = [...fused.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, FUSION.from)
      .map((f) => ({ q: f.rq ?? (f.pf ? Number(f.pf.reads[0]!.data.meta.q) : NaN), score: f.score }))
      .filter(({ q }) => Number.isInteger(q));
    const loaded = await records.load(
      sources.map(({ q }) => q),
      {},
    );
    const topics = filters.topic ?? [];
    for (const { q, score } of sources) {
      (loaded.get(q)?.[5] ?? []).forEach((r, rank) => {
        if (topics.length > 0 && !topics.includes(TOPIC_IDS[meta.topics.charCodeAt(r) - 48] ?? '')) return;
        const key = String(r);
        const had = fused.get(key) ?? { score: 0, coverage: 0, rq: r };
        // Never above the match they come from.
        had.score = Math.max(had.score, Math.min(had.score + FUSION.neighbor / (FUSION.k + rank + 1), score * 0.999));
        fused.set(key, had);
      });
    }
  }
  // Still nothing, though the query names a concept of the field (幻觉) that no question covers:
  // the overview questions of its topic, said to be that, rather than a dead end. The same when
  // only the words that say how it is asked were found (「为什么会胡说八道」: 为什么会, not 幻觉):
  // what they match is every question that asks why, none about the concept. Only when every word
  // not found is the vocabulary's: 「模型老是胡说八道怎么办」 keeps its closest matches and its note.
  let overview: string | undefined;
  const framesOnly =
    unmatched.length > 0 &&
    unmatched.every((label) => lexicon.matcher.find(label).length > 0) &&
    core.some((c) => c.found) &&
    core.every((c) => !c.found || asksOnly(c.concept.label, lexicon));
  if ((fused.size === 0 || framesOnly) && full && meta) {
    const topic = queryTopic(topicText(queryPlan), lexicon);
    const allowed = topic !== undefined && isTopicId(topic) && (!filters.topic?.length || filters.topic.includes(topic));
    const questions = allowed ? (meta.overview?.[TOPIC_IDS.indexOf(topic)] ?? []) : [];
    if (questions.length > 0) {
      fused.clear();
      questions.forEach((q, rank) => fused.set(String(q), { score: 1 / (FUSION.k + rank + 1), coverage: 0, rq: q }));
      overview = topic;
    }
  }
  const order = [...fused.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0])).slice(0, limit);
  // Records only for the questions shown that Pagefind's pool did not describe.
  const need = order.flatMap(([, f]) => (f.pf || f.rq === undefined ? [] : [f.rq]));
  const shown = await records.load(need, filters);
  const hits = order.flatMap(([, f]) => {
    if (f.pf) return [toHit(f.pf.r, f.pf.reads, f.score, marks)];
    const record = f.rq === undefined ? undefined : shown.get(f.rq);
    return record ? [recordHit(record, f.score, f.coverage, marks)] : [];
  });
  const partial = hits.length === 0 || !hits.some((h) => h.coverage >= 0.999) || unmatched.length > 0;
  const unread = ranked.length - reranked.length;
  return {
    plan: queryPlan,
    hits,
    // What 「显示更多」 can still show: the questions fused, and Pagefind's matches not read yet
    // (one of those may turn out to be a question already counted; the page then corrects the
    // count). The retriever's candidates left out of the fusion are not results.
    total: Math.min(Math.max(hits.length, fused.size + unread), meta?.n ?? Number.POSITIVE_INFINITY),
    // Exact when every Pagefind match was read, or when nothing but Pagefind's matches was fused.
    estimated: unread > 0 && fused.size > reranked.length,
    unmatched,
    partial,
    glossary: partial && full ? nearGlossary(queryPlan, lexicon, (await part('glossary')).glossary ?? []) : [],
    ...(overview && hits.length > 0 ? { overview } : {}),
  };
}

/** At most this many postings shards per query (retriever.ts). */
const MAX_SHARDS = 8;

/** Candidates Pagefind's side reads (one fragment each) before fusion. */
const POOL = 12;

/**
 * Reciprocal rank fusion of Pagefind's ranking and the question retriever's: a question scores
 * Σ weight / (k + rank) over the lists it is in; retriever candidates scoring under `floor` × its
 * best are left out, and at most `depth` of them count. Chosen on the tuning half of the everyday
 * query set (tests/search/tune.ts; tests/search/everyday-tuning.ts) with the existing query set
 * (tests/search/queries.ts) held at least as good. Measured there (recall@5 / MRR, everyday ·
 * existing): retriever weight 0.7 → 0.762 / 0.863 · 0.967 / 0.961; 1.0 → 0.754 / 0.857 · 0.967 /
 * 0.954; 1.3 → 0.759 / 0.845 · 0.967 / 0.954; k 5 instead of 10 → 0.759 / 0.857; floor 0.5
 * instead of 0.3 → 0.762 / 0.829. `literal` is the retriever's weight when the query's own words
 * all matched Pagefind's best page and no thesaurus word was involved: 0.35 keeps the existing
 * aspect kind at MRR 1.0 (0.7: 0.95; 0.2: no better) at no cost on the everyday half (0.762 /
 * 0.862). Pagefind stays the stronger list (exact terms, English, Traditional); the retriever adds
 * what only the thesaurus and the titles reach. `cover`: outside literal queries, a retriever
 * candidate whose title holds all of the query (coverage c) counts (1 + cover × c²) times — a
 * reciprocal rank alone cannot tell a title naming the whole question from one sharing a bigram.
 * Measured on the 156 tuning queries (after the vocabulary's everyday words): cover 0 → 0.807 /
 * 0.832, 0.5 → 0.810 / 0.840, 1 → 0.812 / 0.842, 1.5 → 0.812 / 0.844; applied to literal queries
 * too it cost the existing aspect kind (MRR 1.0 → 0.95), so it is not. With the answers' terms at
 * 0.5 (retriever.ts), floor 0.2 instead of 0.3 → 0.819 / 0.861 (0.4: 0.815 / 0.847 at terms 0.35).
 * `topic`: a candidate in the topic the query's concepts point to (queryTopic) counts (1 + topic)
 * times. On the 336 tuning queries (rounds 1–5): 0 → 0.801 / 0.821, 0.1 → 0.809 / 0.831, 0.2 →
 * 0.810 / 0.832, 0.35 → 0.809 / 0.823, 0.5 → 0.809 / 0.825; the existing set 0.967 / 0.990 →
 * 0.975 / 1.000 at 0.2. `share` 0.5, 0.6 or 0.75: the same within 0.004; letting a domain vote for
 * applications cost 0.006 / 0.005 and the existing aspect kind's MRR (1.0 → 0.9).
 * `neighbor`: the related questions of the `from` best matches form a third list of this weight,
 * never raised above the match they come from. On the 516 tuning queries (rounds 1–8): 0 → 0.828 /
 * 0.830; 0.2 → 0.833 / 0.829; 0.4 → 0.837 / 0.827; 0.7 → 0.830 / 0.823 (existing english .97 →
 * .95); from 2 → 0.835 / 0.826, from 3 (0.3) → 0.827 / 0.827. Uncapped, 0.3 cost MRR (0.798; the
 * existing set 1.0 → 0.94). The existing set is unchanged at 0.4 / 1. Re-measured later that day,
 * literal queries left out and the vocabulary grown: 0 → 0.835 / 0.833, 0.3 → 0.842 / 0.831, 0.4 →
 * 0.843 / 0.830, 0.5 → 0.841 / 0.829.
 * `confidence`: Pagefind's list counts (1 − confidence + confidence × share) of its weight for a
 * page, the share being the query's word rarity the page holds, a word Pagefind found nowhere
 * counting as the rarest. Rank alone cannot tell a page holding the whole query from the only page
 * holding its commonest word (什么是大模型 for 「让大模型带个徒弟出来」, where the retriever's 知识蒸馏 is
 * the answer). On the 996 tuning queries (rounds 1–16): 0 → 0.824 / 0.805, 0.3 → 0.830 / 0.808,
 * 0.5 → 0.829 / 0.811, 0.7 → 0.826 / 0.807, 1 → 0.817 / 0.803; the existing set 0.975 / 1.000
 * throughout. With 0.5, retriever weight 0.6 → 0.828 / 0.808, 0.85 → 0.824 / 0.809.
 */
export const FUSION = {
  k: 10,
  pagefind: 1,
  retriever: 0.7,
  literal: 0.35,
  depth: 20,
  floor: 0.2,
  cover: 1,
  topic: 0.2,
  share: 0.6,
  neighbor: 0.4,
  from: 1,
  confidence: 0.5,
};

/**
 * The topic most of the query's concepts belong to (in the vocabulary), if one clearly leads —
 * `share` of the votes; a domain (医疗) names no topic. 在手机上跑大模型 names 端侧部署: the
 * compression questions (压缩, 量化) are its neighbours, though their titles share no word with it.
 */
/** What names the query's topic: its text and the Chinese of its English (hallucination → 幻觉). */
function topicText(plan: QueryPlan): string {
  return [plan.text, ...plan.translated.map((t) => t.to)].join(' ');
}

/** Whether a word of the query only says how it is asked (怎么办, 为什么会): aspects of the vocabulary without a topic. */
function asksOnly(label: string, lexicon: LexiconIndex): boolean {
  const found = lexicon.matcher.find(label);
  return found.length > 0 && found.every((m) => m.concept.kind === 'aspect' && !m.concept.topic);
}

export function queryTopic(text: string, lexicon: LexiconIndex): string | undefined {
  const votes = new Map<string, number>();
  let total = 0;
  for (const m of lexicon.matcher.find(text)) {
    const c = m.concept;
    if (!c.topic || c.broad) continue;
    // What is asked about (挑战, 应用) says less than what it is asked of (幻觉, 量化).
    const w = c.kind === 'aspect' ? 0.5 : 1;
    votes.set(c.topic, (votes.get(c.topic) ?? 0) + w);
    total += w;
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= FUSION.share * total ? best[0] : undefined;
}

/** `topic/slug/` of a page URL (Pagefind's, with the base). */
function pathOf(url: string): string {
  const path = url.split('#')[0]!.split('?')[0]!;
  return (path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//u, '')).replace(/\/?$/u, '/');
}

const shardCache = new Map<number, Promise<PostingShard>>();
const blockCache = new Map<number, Promise<QuestionRecord[]>>();
const fetchJson = <T>(url: string, fallback: T): Promise<T> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
    .catch(() => fallback);
const shard = (i: number) => {
  let p = shardCache.get(i);
  if (!p) shardCache.set(i, (p = fetchJson<PostingShard>(`${BASE}search-questions/p${i}.json`, {})));
  return p;
};
const block = (i: number) => {
  let p = blockCache.get(i);
  if (!p) blockCache.set(i, (p = fetchJson<QuestionRecord[]>(`${BASE}search-questions/d${i}.json`, [])));
  return p;
};

interface Records {
  /** Load the records of these questions; returns those that pass the filters. */
  load: (qs: number[], filters: Record<string, string[]>) => Promise<Map<number, QuestionRecord>>;
}

/** The question retriever: fetch the shards of the query's features, score, keep what passes the topic filter. */
async function retrieve(
  plan: QueryPlan,
  lexicon: LexiconIndex,
  meta: RetrieverMeta | undefined,
  filters: Record<string, string[]>,
  lastResort = false,
): Promise<{ scored: Scored[]; records: Records }> {
  const known = new Map<number, QuestionRecord>();
  const load = async (qs: number[], f: Record<string, string[]>) => {
    const blocks = [...new Set(qs.map((q) => Math.floor(q / BLOCK)))];
    const loaded = await Promise.all(blocks.map(async (b) => [b, await block(b)] as const));
    for (const [b, records] of loaded) records.forEach((r, i) => known.set(b * BLOCK + i, r));
    const out = new Map<number, QuestionRecord>();
    for (const q of qs) {
      const r = known.get(q);
      if (r && (!f.source?.length || r[3].some((s) => f.source!.includes(s)))) out.set(q, r);
    }
    return out;
  };
  const records: Records = { load };
  if (!meta || meta.n === 0) return { scored: [], records };
  const features = retrieverFeatures(plan, lexicon, lastResort);
  // Shards in order of the best feature each serves, at most MAX_SHARDS: the bytes a query costs
  // stay bounded however large the knowledge base grows (its weakest features are dropped).
  const need: number[] = [];
  for (const f of [...features].sort((a, b) => b.weight - a.weight)) {
    const s = shardOf(f.feature, meta.shards);
    if (!need.includes(s) && need.length < MAX_SHARDS) need.push(s);
  }
  const shards = await Promise.all(need.map(shard));
  const postings = new Map<string, number[]>();
  for (const f of features) {
    const at = need.indexOf(shardOf(f.feature, meta.shards));
    const ids = at < 0 ? undefined : shards[at]?.[f.feature];
    if (ids) postings.set(f.feature, decode(ids));
  }
  const topics = filters.topic ?? [];
  let scored = score(features, postings, meta)
    .filter((r) => topics.length === 0 || topics.includes(TOPIC_IDS[meta.topics.charCodeAt(r.q) - 48] ?? ''))
    .slice(0, FUSION.depth);
  if (filters.source?.length) {
    // The source filter needs the records (rarely used; topic filters need none).
    const passing = await load(
      scored.map((r) => r.q),
      filters,
    );
    scored = scored.filter((r) => passing.has(r.q));
  }
  return { scored, records };
}

/** A hit the retriever found and Pagefind's pool did not describe: from its record. */
function recordHit(record: QuestionRecord, score: number, coverage: number, marks: string[]): SearchHit {
  const [question, url, topic, sources, excerpt] = record;
  return {
    title: markText(question, marks),
    question,
    url: withHighlight(`${BASE}${url}`, marks),
    topic,
    topicName: isTopicId(topic) ? TOPICS[topic].name : '',
    sources,
    excerpt: markText(excerpt, marks),
    score,
    coverage,
    matched: [],
  };
}

/**
 * Glossary terms near a query without a full match: terms whose Chinese names a concept of the
 * query (by any form) or shares a bigram with the words no concept took, most shared first. A
 * bigram inside a named concept says nothing more: 「大模型」 is not near 小模型, nor 「智能家居」 智能体.
 */
function nearGlossary(plan: QueryPlan, lexicon: LexiconIndex, glossary: [string, string, string][]): [string, string, string][] {
  const text = [plan.text, ...plan.concepts.flatMap((c) => c.queries)].join(' ');
  const matches = lexicon.matcher.find(text);
  const named = new Set(matches.map((m) => normalizeForm(m.concept.zh)));
  // Match offsets are in the matcher's normal form of the text.
  const norm = normalizeForm(text);
  let rest = '';
  let at = 0;
  for (const m of matches) {
    rest += `${norm.slice(at, Math.max(at, m.start))} `;
    at = Math.max(at, m.end);
  }
  const grams = new Set(bigramsOf(rest + norm.slice(at)));
  return glossary
    .map((g) => {
      const zh = normalizeForm(g[0]);
      const shared = bigramsOf(zh).filter((b) => grams.has(b)).length;
      return { g, w: (named.has(zh) ? 10 : 0) + shared / Math.max(1, bigramsOf(zh).length) };
    })
    .filter((x) => x.w >= 0.5)
    .sort((a, b) => b.w - a.w || a.g[0].localeCompare(b.g[0]))
    .slice(0, 6)
    .map((x) => x.g);
}

type Ranked = { id: string; final: number; coverage: number; matched: ConceptHits[] };
type Read = { hits: ConceptHits; data: PagefindData };

/**
 * Read the page through each concept that matched it: Pagefind downloads the page's fragment
 * once; each read says where that concept's words are.
 */
function readAll(ranked: Ranked): Promise<Read[]> {
  return Promise.all(ranked.matched.map(async (hits) => ({ hits, data: await hits.pages.get(ranked.id)!.result.data() })));
}

/** Han character bigrams (and Latin words) of a text: the unit of title similarity. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run) || run.length === 1) out.add(run);
    else for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

function titleKey(plan: QueryPlan): Set<string> {
  // The query as typed (Simplified, filler included: 「是怎样的」 is part of how a question reads),
  // the Chinese of any English term in it, English question words as Chinese ones, and English
  // words searched as typed (「AI」).
  const han = plan.text.match(/\p{Script=Han}+/gu) ?? [];
  const core = plan.concepts.filter((c) => !c.phrase);
  const zh = core.flatMap((c) => c.marks.filter((m) => /\p{Script=Han}/u.test(m)));
  const latin = core.filter((c) => c.queries.length === 1 && !/\p{Script=Han}/u.test(c.label)).map((c) => c.label);
  const asked = plan.text.split(' ').flatMap((w) => (/^[a-z]+$/u.test(w) && QUESTION_WORDS[w]) || []);
  return bigrams([...han, ...zh, ...latin, ...asked].join(' '));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return (2 * both) / (a.size + b.size);
}

function toHit(ranked: Ranked, reads: Read[], score: number, marks: string[]): SearchHit {
  const data = reads[0]!.data;

  // The answer to land on: the section (sub-result with an answer anchor) that holds the most
  // of the query, weighted by rarity; Pagefind's own weights break ties (headings count more).
  const sections = new Map<string, { weight: number; detail: number; excerpt: string; heading: string; bestIdf: number }>();
  for (const { hits, data: d } of reads) {
    for (const sub of d.sub_results) {
      const hash = sub.url.indexOf('#');
      if (hash < 0 || sub.url.slice(hash + 1) === 'question') continue;
      const found = sub.locations?.length ?? 0;
      if (found === 0) continue;
      const s = sections.get(sub.url) ?? { weight: 0, detail: 0, excerpt: sub.excerpt, heading: sub.title, bestIdf: -1 };
      s.weight += hits.idf;
      s.detail += (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.weight, 0) * hits.idf;
      if (hits.idf > s.bestIdf && !hits.concept.phrase) {
        s.bestIdf = hits.idf;
        s.excerpt = sub.excerpt;
      }
      sections.set(sub.url, s);
    }
  }
  const best = [...sections.entries()].sort((a, b) => b[1].weight - a[1].weight || b[1].detail - a[1].detail)[0];
  const firstAnswer = data.sub_results.find((s) => s.url.includes('#') && !s.url.endsWith('#question'));
  const target = best?.[0] ?? firstAnswer?.url ?? data.url;
  const excerpt = best?.[1].excerpt ?? firstAnswer?.excerpt ?? data.excerpt;
  const heading = best?.[1].heading ?? firstAnswer?.title ?? '';

  const topic = data.filters.topic?.[0] ?? '';
  const question = data.meta.title ?? '';
  return {
    title: markText(question, marks),
    question,
    url: withHighlight(target, marks),
    topic,
    topicName: isTopicId(topic) ? TOPICS[topic].name : '',
    sources: data.filters.source ?? [],
    excerpt: markText(withoutEcho(wholeClauses(plainExcerpt(excerpt), data.content), [heading, question], data.content), marks),
    score,
    coverage: ranked.coverage,
    matched: [...new Set(ranked.matched.filter((h) => !h.concept.phrase).map((h) => h.concept.label))],
  };
}

/** Pagefind excerpts are HTML-escaped text with <mark>; back to plain text (re-marked by us). */
export function plainExcerpt(html: string): string {
  return html
    .replace(/<\/?mark>/gu, '')
    .replace(
      /&(lt|gt|quot|#39|#x27|apos|amp);/gu,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&' })[e]!,
    );
}

/** Add ?highlight=<words> before the fragment so the question page can mark them. */
export function withHighlight(url: string, marks: string[]): string {
  const words = [...new Set(marks.filter((m) => [...m].length >= 2))].slice(0, 12);
  if (words.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words.join(' '))}${fragment}`;
}
