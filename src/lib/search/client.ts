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
 */
import { TOPICS, isTopicId } from '../topics.ts';
import { indexLexicon, planQuery, searchablePlan, type Concept, type LexiconIndex, type QueryPlan } from './query.ts';
import type { Lexicon } from './lexicon.ts';
import { markText, type Segment } from './marks.ts';

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
  /** Number of questions that match at least part of the query. */
  total: number;
  /** Concepts that match nothing anywhere (「变小」 in 「大模型怎么变小」). */
  unmatched: string[];
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** How many hits to load (each needs one small fragment download). */
  limit?: number;
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
  lexicon: LexiconIndex;
  /** Pages in the index, for idf. */
  total: number;
}

let engine: Promise<Engine> | undefined;

/** Load Pagefind and the lexicon (once). Safe to call early to warm up. */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const lexiconRequest = fetch(`${BASE}search-lexicon.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : undefined))
      .catch(() => undefined);
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 36 });
    const [lexicon, all] = await Promise.all([lexiconRequest, pagefind.search(null)]);
    return { pagefind, lexicon: indexLexicon(lexicon), total: Math.max(1, all.unfilteredResultCount || all.results.length) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

interface ConceptHits {
  concept: Concept;
  idf: number;
  /** Page id → best normalised Pagefind score (0–1] and the result to read the page with. */
  pages: Map<string, { norm: number; result: PagefindResult }>;
}

/** BM25's idf: near 0 for a word on every page (大模型), high for a rare one (蒸馏). */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

async function searchConcept(pf: Pagefind, concept: Concept, n: number, filters: Record<string, string[]>): Promise<ConceptHits> {
  const pages = new Map<string, { norm: number; result: PagefindResult }>();
  let df = 0;
  for (const q of concept.queries) {
    const response = await pf.search(q, { filters });
    df = Math.max(df, response.unfilteredResultCount);
    const best = response.results.reduce((max, r) => Math.max(max, r.score), Number.MIN_VALUE);
    for (const result of response.results) {
      const norm = result.score / best;
      const had = pages.get(result.id);
      if (!had || had.norm < norm) pages.set(result.id, { norm, result });
    }
  }
  return { concept, idf: df === 0 ? 0 : Math.max(idf(df, n), 0.05), pages };
}

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const { pagefind, lexicon, total } = await loadEngine();
  const queryPlan = planQuery(query, lexicon);
  const filters = options.filters ?? {};
  const limit = options.limit ?? 20;
  // Words on most pages are left out (they would fetch the biggest index chunks for almost no ranking signal).
  const { searched } = searchablePlan(queryPlan.concepts, lexicon.common);
  const perConcept = await Promise.all(searched.map((c) => searchConcept(pagefind, c, total, filters)));

  const core = perConcept.filter((c) => !c.concept.phrase);
  const unmatched = core.filter((c) => c.idf === 0).map((c) => c.concept.label);
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
  const pool = await Promise.all(ranked.slice(0, Math.max(limit, 12)).map(async (r) => ({ r, reads: await readAll(r) })));
  const key = titleKey(queryPlan);
  const reranked = pool
    .map((p) => ({ ...p, final: p.r.final * (1 + 0.75 * dice(key, bigrams(p.reads[0]!.data.meta.title ?? ''))) }))
    .sort((a, b) => b.final - a.final || a.r.id.localeCompare(b.r.id))
    .slice(0, limit);

  // Words on nearly every page (模型, 大模型) are not worth a highlight, unless nothing else is.
  const telling = perConcept.filter((c) => c.idf >= 0.3);
  const marks = (telling.length > 0 ? telling : perConcept).flatMap((c) => c.concept.marks);
  const hits = reranked.map((p) => toHit(p.r, p.reads, p.final, marks));
  return { plan: queryPlan, hits, total: ranked.length, unmatched };
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

/** English question words, as the Chinese questions put them (only for title similarity). */
const QUESTION_WORDS: Record<string, string> = { what: '什么是', how: '如何', why: '为什么', which: '哪些' };

function titleKey(plan: QueryPlan): Set<string> {
  // The query as typed (Simplified, filler included: 「是怎样的」 is part of how a question reads),
  // the Chinese of any English term in it, English question words as Chinese ones, and English
  // words searched as typed (「AI」).
  const han = plan.text.match(/\p{Script=Han}+/gu) ?? [];
  const core = plan.concepts.filter((c) => !c.phrase);
  const zh = core.flatMap((c) => c.marks.filter((m) => /\p{Script=Han}/u.test(m)));
  const latin = core.filter((c) => c.queries.length === 1 && !/\p{Script=Han}/u.test(c.label)).map((c) => c.label);
  const asked = plan.text.split(' ').flatMap((w) => QUESTION_WORDS[w] ?? []);
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
  const sections = new Map<string, { weight: number; detail: number; excerpt: string; bestIdf: number }>();
  for (const { hits, data: d } of reads) {
    for (const sub of d.sub_results) {
      const hash = sub.url.indexOf('#');
      if (hash < 0 || sub.url.slice(hash + 1) === 'question') continue;
      const found = sub.locations?.length ?? 0;
      if (found === 0) continue;
      const s = sections.get(sub.url) ?? { weight: 0, detail: 0, excerpt: sub.excerpt, bestIdf: -1 };
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

  const topic = data.filters.topic?.[0] ?? '';
  const question = data.meta.title ?? '';
  return {
    title: markText(question, marks),
    question,
    url: withHighlight(target, marks),
    topic,
    topicName: isTopicId(topic) ? TOPICS[topic].name : '',
    sources: data.filters.source ?? [],
    excerpt: markText(plainExcerpt(excerpt), marks),
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

/** Filter values and counts (for the search page's checkboxes). */
export async function filterCounts(): Promise<Record<string, Record<string, number>>> {
  return (await loadEngine()).pagefind.filters();
}
