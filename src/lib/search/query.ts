/**
 * From what a reader typed to what Pagefind is asked. Pure functions (no DOM, no Pagefind), so
 * they are unit-tested in Node and run unchanged in the browser.
 *
 * A query becomes a list of *concepts*. Pagefind requires every word of a query to match, so
 * the client asks Pagefind once per concept and merges the answers itself (client.ts): a page
 * that matches some concepts still ranks, after the pages that match more of them.
 *
 * - Traditional characters become Simplified (lexicon.t2s), full-width forms half-width (NFKC).
 * - Question words and filler (什么, 怎么, 如何, 吗, 的 …, and English what/how/is …) are dropped.
 * - Chinese is cut into words with Intl.Segmenter, the way Pagefind cuts the query; each word of
 *   two or more characters is a concept. Single characters inside a longer run (大 in 大模型, 性
 *   in 可解释性) would prefix-match almost anything on their own, so they count only as part of
 *   the run's phrase.
 * - A run of two or more words also becomes a phrase concept ("知识蒸馏"): pages that have the
 *   words together rank above pages that have them apart. Phrases add to a page's score but not
 *   to its coverage.
 * - English phrases found in the lexicon (「knowledge distillation」) become one concept that
 *   either the Chinese term (知识蒸馏) or the English words (the term chips on answers) satisfy.
 *   Other English words are searched as typed.
 */
import { conceptsOf, lexiconKey, singular, t2sMap, type Lexicon } from './lexicon.ts';
import {
  buildThesaurusShards,
  CHAR_MAX,
  FUZZY_MAX,
  indexThesaurus,
  relatedConcepts,
  thesaurusShardsOf,
  type ThesaurusIndex,
  type ThesaurusShard,
} from './thesaurus.ts';
import { normalizeForm, VocabularyMatcher, type ConceptMatch, type VocabularyConcept } from '../vocabulary/match.ts';
import {
  HAN,
  hanBigrams as bigramsOf,
  hanRuns,
  hasHan,
  isFiller,
  QUESTION_WORDS,
  withoutTrailingYesNo,
  words,
  wordsKeepingQuestions,
} from '../text/chinese.ts';
import { siblingFeature, WEIGHTS, type QueryFeature } from './retriever.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/** Longest query, in characters, that is searched; the rest is ignored (and the reader told). */
export const MAX_QUERY_CHARS = 80;
/** At most this many concepts are searched (each is one Pagefind search). */
export const MAX_CONCEPTS = 8;

export interface Concept {
  /** Shown to the reader (「知识蒸馏」, 「pruning」). */
  label: string;
  /** Pagefind queries; a page matching any of them matches the concept. */
  queries: string[];
  /** Words to highlight in excerpts and on the target page. */
  marks: string[];
  /** Phrase bonus: raises a page's score, does not count towards coverage. */
  phrase: boolean;
  /** For a phrase: the labels of the concepts it joins (its bonus is capped by what they are worth). */
  parts?: string[];
  /** For a bonus: its share of what its parts are worth (0.3 for a phrase, 0.1 for a question word). */
  bonus?: number;
  /** For a say-word of the thesaurus: the concept's term, searched too. */
  expandedTo?: string;
}

export interface QueryPlan {
  /** The normalised query text (Simplified, lower case, filler kept), for display and URLs. */
  text: string;
  concepts: Concept[];
  /** Words dropped as question words or filler. */
  dropped: string[];
  /** True when the input was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
  /** Say-words of the thesaurus in the query and the terms searched for them too (「也搜索了：能耗」). */
  expanded: Expansion[];
  /** Whether the thesaurus was applied (the reader can turn it off). */
  expand: boolean;
  /** English terms of the query and the Chinese terms searched for them (knowledge distillation → 知识蒸馏). */
  translated: Expansion[];
  /** Concepts found by forms the word-by-word split cannot see (variantMatches), for the retriever. */
  variants: VocabularyConcept[];
}

/**
 * NFKC, Traditional → Simplified, lower case; everything that is not a letter or digit becomes
 * a space (so `<img src=x onerror=…>` is just the words img src x onerror …), then cut to
 * MAX_QUERY_CHARS characters.
 */
export function normalizeQuery(raw: string, t2s: Map<string, string> = new Map()): { text: string; truncated: boolean } {
  // Cut generously before the work (a 2,000-character paste), exactly after it.
  const head = [...String(raw ?? '').slice(0, MAX_QUERY_CHARS * 4)];
  let text = head
    .join('')
    .normalize('NFKC')
    .replace(/./gu, (ch) => t2s.get(ch) ?? ch)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...text];
  const truncated = chars.length > MAX_QUERY_CHARS || [...String(raw ?? '')].length > MAX_QUERY_CHARS * 4;
  if (chars.length > MAX_QUERY_CHARS) text = chars.slice(0, MAX_QUERY_CHARS).join('').trim();
  return { text, truncated };
}

interface Piece {
  kind: 'han' | 'latin';
  words: string[];
  /** No more words join this piece (a space after Chinese, a dropped word in between). */
  closed: boolean;
}

/** A say-word of the thesaurus found in the query: the reader's form and the concept's term. */
export interface Expansion {
  from: string;
  to: string;
}

/** 「也搜索了」 as a reader reads it: each term once, with every word of the query that led to it (农业（「庄稼」「收成」）). */
export function describeExpansions(expanded: readonly Expansion[]): string {
  const byTerm = new Map<string, string[]>();
  for (const { from, to } of expanded) {
    const froms = byTerm.get(to) ?? [];
    if (!froms.includes(from)) froms.push(from);
    byTerm.set(to, froms);
  }
  return [...byTerm].map(([to, froms]) => `${to}（「${froms.join('」「')}」）`).join('、');
}

/**
 * A word of the normalised query as the reader typed it (上ai → 上AI; lora → LoRA for ＬｏＲＡ,
 * full width folded): notes quote the reader's own words, not the lower-cased form searched.
 * Falls back to the normalised word where normalising changed more than case and width
 * (Traditional script, punctuation turned into spaces).
 */
export function asTyped(word: string, raw: string): string {
  const typed = raw.normalize('NFKC');
  const lower = typed.toLowerCase();
  if (lower.length !== typed.length) return word;
  const at = lower.indexOf(word);
  return at < 0 ? word : typed.slice(at, at + word.length);
}

/**
 * Split normalised text into runs of Chinese words and runs of Latin words, dropping filler. With
 * a matcher, a say-word of the vocabulary (耗电, 多台机器) is kept whole as one word, recorded in
 * `said` with the concept's term.
 */
function pieces(text: string, dropped: string[], matcher?: VocabularyMatcher, said?: Map<string, string>): Piece[] {
  const out: Piece[] = [];
  const push = (kind: Piece['kind'], word: string) => {
    const last = out.at(-1);
    if (last && last.kind === kind && !last.closed) last.words.push(word);
    else out.push({ kind, words: [word], closed: false });
  };
  const close = () => {
    const last = out.at(-1);
    if (last) last.closed = true;
  };
  // A filler word stays in its Latin run (「mixture of experts」 is one term): the run is matched
  // against the lexicon's phrases, and a filler word matched by none is then left out.
  const latin = (word: string) => {
    if (isFiller(word)) dropped.push(word);
    push('latin', word);
  };
  for (const token of text.split(' ')) {
    if (token === '') continue;
    // A token may mix scripts (「gpu训练」): split Han runs from the rest.
    let at = 0;
    for (const m of token.matchAll(HAN_RUN)) {
      if (m.index > at) latin(token.slice(at, m.index));
      const han = (part: string) => {
        for (const w of wordsKeepingQuestions(part)) {
          if (isFiller(w)) {
            dropped.push(w);
            close();
          } else push('han', w);
        }
      };
      let from = 0;
      for (const hit of matcher?.find(m[0]) ?? []) {
        const form = m[0].slice(hit.start, hit.end);
        // A broad frame (会不会, 担心: the vocabulary's 担忧) tells the classifier a question voices a
        // worry; in a search it names nothing to look for (「会不会写代码」 asks about ability).
        if ([...form].length < 2 || (hit.concept.kind === 'aspect' && hit.concept.broad)) continue;
        const term = normalizeForm(hit.concept.zh) === form;
        // A term typed as it is written is searched in the words the segmenter cuts it into
        // (模型压缩: 模型 + 压缩, and the phrase) — unless that leaves single characters, which
        // name nothing (聚类 is not 聚 + 类).
        if (term && words(form).every((w) => [...w].length >= 2)) continue;
        han(m[0].slice(from, hit.start));
        push('han', form);
        if (!term) said?.set(form, hit.concept.zh);
        from = hit.end;
      }
      han(m[0].slice(from));
      at = m.index + m[0].length;
    }
    if (at < token.length) latin(token.slice(at));
    // A space ends a Chinese run (「医疗 挑战」 are two words, not a phrase); English words
    // are separated by spaces anyway and may form a lexicon phrase across them.
    if (out.at(-1)?.kind === 'han') close();
  }
  return out;
}

export interface LexiconIndex {
  t2s: Map<string, string>;
  /** Normalised English phrase → Chinese terms. */
  terms: Map<string, string[]>;
  /** Longest English phrase in words. */
  longest: number;
  /** Word → share of pages it is on, for the most common words (lexicon.common). */
  common: Map<string, number>;
  /** The vocabulary of the field (the thesaurus): the part of it the query's shards hold. */
  thesaurus: ThesaurusIndex;
  matcher: VocabularyMatcher;
}

/**
 * The lexicon as the query functions read it. The thesaurus comes as the shards a query fetched
 * (thesaurus.ts), or whole as concept rows (`lexicon.concepts`, for tests and tools).
 */
export function indexLexicon(lexicon: Lexicon | undefined, shards?: readonly ThesaurusShard[]): LexiconIndex {
  const terms = new Map<string, string[]>();
  let longest = 1;
  for (const [key, ...zh] of lexicon?.terms ?? []) {
    if (!key || zh.length === 0) continue;
    terms.set(key, zh);
    longest = Math.max(longest, key.split(' ').length);
  }
  const rows = lexicon?.concepts ?? [];
  const thesaurus = indexThesaurus(shards ?? buildThesaurusShards(conceptsOf(rows), rows));
  return {
    t2s: t2sMap(lexicon),
    terms,
    longest,
    common: new Map(lexicon?.common ?? []),
    thesaurus,
    matcher: new VocabularyMatcher(thesaurus.concepts),
  };
}

const quote = (s: string) => `"${s}"`;

const HAN_LATIN_GAP = /(?<=\p{Script=Han})\s+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])\s+(?=\p{Script=Han})/gu;
/** A degree word between 得 and its complement (跑得很慢, 训练得太久): the vocabulary lists 跑得慢. */
const DEGREE_AFTER_DE = /得(?:很|太|非常|特别|超级|有点|有些|比较|挺)/gu;

/** The query as the vocabulary writes its forms: no space between scripts, no degree word after 得. */
function variantText(text: string): string {
  return text.replace(HAN_LATIN_GAP, '').replace(DEGREE_AFTER_DE, '得');
}

/**
 * Vocabulary forms the word-by-word split never sees whole: forms that mix scripts (GPU不够,
 * loss不降, Chat模型), which readers type with or without a space between the scripts, and forms
 * typed with a degree word after 得 (跑得很慢 for 跑得慢). Found in variantText; a form the text
 * holds as it is was found already.
 */
export function variantMatches(text: string, matcher: VocabularyMatcher): { match: ConceptMatch; typed: string }[] {
  const variant = variantText(text);
  const runs = hanRuns(text);
  return (
    matcher
      .find(variant)
      .map((match) => ({ match, typed: variant.slice(match.start, match.end) }))
      // Forms the text holds as they are were found word by word already; Latin-only ones by the English lexicon.
      .filter(({ typed }) => HAN.test(typed) && !runs.some((run) => run.includes(typed)))
  );
}

/**
 * The thesaurus shards (thesaurus.ts) a query's plan needs: those of the characters of what it
 * typed, as normalised. Planned with them, the query also needs the shards of every term it is
 * searched by (the thesaurus's terms for its everyday words, the Chinese of its English), which
 * the retriever and the glossary match in turn: planShards.
 */
export function queryShards(raw: string, t2s: Map<string, string>): number[] {
  return thesaurusShardsOf(normalizeQuery(raw, t2s).text);
}

export function planShards(plan: QueryPlan): number[] {
  return thesaurusShardsOf([plan.text, ...plan.concepts.flatMap((c) => c.queries)].join(' '));
}

/** Turn what the reader typed into concepts to search. */
export function planQuery(raw: string, lexicon: LexiconIndex = indexLexicon(undefined), expand = true): QueryPlan {
  const normalised = normalizeQuery(raw, lexicon.t2s);
  const text = withoutTrailingYesNo(normalised.text);
  const truncated = normalised.truncated;
  const dropped: string[] = [];
  const said = new Map<string, string>();
  const translated: Expansion[] = [];
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const add = (c: Concept) => {
    const key = `${c.phrase ? 'p' : 'c'}:${c.queries.join('|')}`;
    if (seen.has(key)) return;
    seen.add(key);
    concepts.push(c);
  };

  // Forms the word-by-word split cannot see (mixed scripts, a degree word after 得) first: they
  // name their concept as specifically as any term does.
  const variants = expand ? variantMatches(text, lexicon.matcher) : [];
  for (const { match: m, typed } of variants) {
    const term = m.concept.zh;
    add(
      typed.includes(normalizeForm(term))
        ? { label: typed, queries: [term], marks: [term], phrase: false }
        : { label: typed, queries: [term], marks: [term], phrase: false, expandedTo: term },
    );
  }
  const variantCount = concepts.length;
  for (const piece of pieces(text, dropped, expand ? lexicon.matcher : undefined, said)) {
    if (piece.kind === 'han') {
      const run = piece.words;
      const long = run.filter((w) => [...w].length >= 2);
      // A lone single character (「量」) is searched as typed; inside a run it only joins the phrase.
      for (const w of long.length > 0 ? long : run) {
        const term = said.get(w);
        // A say-word: the pages that use the concept's term match it too (耗电 → 能耗).
        // (A say-word holding the term itself — 训练大模型 for 训练 — was typed as the term: no expansion to tell.)
        if (term && w.includes(normalizeForm(term))) add({ label: w, queries: [w, term], marks: [w, term], phrase: false });
        else if (term) add({ label: w, queries: [w, term], marks: [w, term], phrase: false, expandedTo: term });
        else add({ label: w, queries: [w], marks: [w], phrase: false });
      }
      if (run.length >= 2) {
        const phrase = run.join('');
        add({ label: phrase, queries: [quote(phrase)], marks: [phrase], phrase: true, parts: long.length > 0 ? long : run, bonus: 0.3 });
      }
      continue;
    }
    // Latin: greedy longest match against the lexicon, up to `longest` words.
    const ws = piece.words;
    for (let i = 0; i < ws.length;) {
      let matched = 0;
      for (let n = Math.min(lexicon.longest, ws.length - i); n >= 1; n--) {
        // A filler word names nothing at either end of a phrase (「AI」 alone, 「the」 in 「the loss」).
        if (isFiller(ws[i]!) || isFiller(ws[i + n - 1]!)) continue;
        const phrase = ws.slice(i, i + n).join(' ');
        const zh = lexicon.terms.get(lexiconKey(phrase));
        if (!zh) continue;
        // The Chinese term as words (Pagefind ranks those well: headings count more) or the
        // English as typed (the term chips on answers); the exact Chinese term is a bonus.
        add({ label: phrase, queries: [...zh, n > 1 ? quote(phrase) : phrase], marks: [...zh, ...ws.slice(i, i + n)], phrase: false });
        for (const term of zh) if (normalizeForm(term) !== phrase) translated.push({ from: phrase, to: term });
        for (const term of zh)
          if (words(term).length > 1)
            add({ label: term, queries: [quote(term)], marks: [term], phrase: true, parts: [phrase], bonus: 0.3 });
        matched = n;
        break;
      }
      if (matched === 0) {
        const w = ws[i]!;
        // Digits alone (「1」 from alert(1)) and single letters match nothing useful.
        if (!isFiller(w) && /\p{L}/u.test(w) && (w.length >= 2 || HAN.test(w))) {
          const queries = singular(w) !== w ? [w, singular(w)] : [w];
          add({ label: w, queries, marks: [w], phrase: false });
        }
        matched = 1;
      }
      i += matched;
    }
  }

  // A variant the word-by-word split also found (跑得很慢 is both a loose form and, without 很,
  // 跑得慢) is searched once, as typed.
  // A query of filler alone may still name the field (「AI」, 「AI 是什么」): its Latin words that
  // are terms are searched then, as any term is.
  if (concepts.length === 0)
    for (const w of new Set(dropped)) {
      const zh = hasHan(w) ? undefined : lexicon.terms.get(lexiconKey(w));
      if (!zh) continue;
      add({ label: w, queries: [...zh, w], marks: [...zh, w], phrase: false });
      for (const term of zh) if (normalizeForm(term) !== w) translated.push({ from: w, to: term });
    }
  const fromVariants = new Set(concepts.slice(0, variantCount));
  const once = concepts.filter(
    (c) => !fromVariants.has(c) || !concepts.some((d) => !fromVariants.has(d) && !d.phrase && d.queries.includes(c.queries[0]!)),
  );
  // Keep the first MAX_CONCEPTS concepts, but never lose a core concept to a phrase.
  const core = once.filter((c) => !c.phrase).slice(0, MAX_CONCEPTS);
  const phrases = once.filter((c) => c.phrase).slice(0, Math.max(0, MAX_CONCEPTS - core.length));
  const asked = [...new Set(dropped.flatMap((w) => QUESTION_WORDS[w] || []))].slice(0, 1);
  const questions: Concept[] =
    core.length > 0 && phrases.length + core.length < MAX_CONCEPTS + 1
      ? asked.map((w) => ({ label: w, queries: [w], marks: [], phrase: true, parts: core.map((c) => c.label), bonus: 0.1 }))
      : [];
  const expanded = core.flatMap((c) => (c.expandedTo ? [{ from: c.label, to: c.expandedTo }] : []));
  return {
    text,
    concepts: [...core, ...phrases, ...questions],
    dropped,
    truncated,
    expanded,
    expand,
    translated: translated.filter((t) => core.some((c) => c.label === t.from)),
    variants: variants.map(({ match }) => match.concept),
  };
}

/** A concept is left out when each of its queries needs a word on at least this share of pages. */
export const SKIP_SHARE = 0.6;

/** The words Pagefind needs for one query string (a quoted phrase needs every word in it). */
function queryWords(query: string): string[] {
  return query
    .replace(/"/gu, ' ')
    .split(' ')
    .filter((t) => t !== '')
    .flatMap((t) => (HAN.test(t) ? words(t) : [t]));
}

/**
 * The concepts worth a Pagefind search. A word on most pages (模型 here is on every question)
 * barely changes the ranking — its idf is near zero — but its index chunk is the biggest a query
 * can fetch, and it grows with the knowledge base. So a concept that needs such a word in every
 * one of its queries (模型, and the phrase 「大模型」) is skipped, as long as a rarer core concept
 * remains to search. So is an English word with a query made of such words alone: a page need
 * only match one query of a concept, so 「LLM」, searched as 大模型 as well as llm, reaches nearly
 * every page through 大模型 (「evaluate LLM」 listed 99 questions, 「评估大模型」 14). Not a Chinese
 * word: its own form is what the reader typed, and leaving 大模型 out that way cost the everyday
 * query set (tests/search/everyday-*.ts, tuning half: recall@5 0.819 → 0.818, 「大模型能做点啥」).
 */
export function searchablePlan(
  concepts: readonly Concept[],
  common: ReadonlyMap<string, number>,
  minShare = SKIP_SHARE,
): { searched: Concept[]; skipped: Concept[] } {
  const isCommon = (word: string) => (common.get(word) ?? 0) >= minShare;
  const allCommon = (q: string) => {
    const ws = queryWords(q);
    return ws.length > 0 && ws.every(isCommon);
  };
  let skip = concepts.filter(
    (c) =>
      c.queries.length > 0 && (c.queries.every((q) => queryWords(q).some(isCommon)) || (!HAN.test(c.label) && c.queries.some(allCommon))),
  );
  if (!concepts.some((c) => !c.phrase && !skip.includes(c))) {
    // Only common words: search them, but no phrase that brings in yet another common word
    // (「大模型」 needs 大 as well as 模型) — the question titles still rank such pages first.
    const coreWords = new Set(concepts.filter((c) => !c.phrase).flatMap((c) => c.queries.flatMap(queryWords)));
    skip = concepts.filter((c) => c.phrase && c.queries.every((q) => queryWords(q).some((w) => isCommon(w) && !coreWords.has(w))));
  }
  return { searched: concepts.filter((c) => !skip.includes(c)), skipped: skip };
}

/** A character alone names the concepts of its forms only when they are this few. */
const CHAR_ALONE_MAX = 4;

/**
 * What the question retriever (retriever.ts) is asked: the concepts the query names — by any
 * form with the thesaurus on, by their term only with it off — and the bigrams of the rest, which
 * match free title bigrams fully, bigrams inside a title's concept partly and (thesaurus on) the
 * concepts whose forms hold them, each concept a share of the bigram's weight.
 *
 * `lastResort`, for a query that found nothing at all otherwise: a character of the leftover text
 * names the concepts whose forms hold it even alone and among many (骗 in 骗人: 欺骗, 诈骗 …), so
 * the reader still sees the closest questions instead of a dead end.
 */
export function retrieverFeatures(plan: QueryPlan, lexicon: LexiconIndex, lastResort = false): (QueryFeature & { group: string })[] {
  const out: (QueryFeature & { group: string })[] = [];
  const english = plan.concepts.filter((c) => !c.phrase && !hasHan(c.label)).flatMap((c) => c.queries.filter((q) => hasHan(q)));
  // A concept whose term is Latin (Python, PyTorch, BERT) has no Chinese to match: what was typed
  // names it, and only its concept counts (Han bigrams of it there are none).
  const latin = plan.concepts.filter((c) => !c.phrase && !hasHan(c.label) && !c.queries.some((q) => hasHan(q))).map((c) => c.label);
  const texts = [...hanRuns(plan.text), ...english, ...latin];
  const fuzzy = plan.expand ? lexicon.thesaurus.pairs : new Map<string, number[]>();
  const chars = plan.expand ? lexicon.thesaurus.chars : new Map<string, number[]>();
  const residual = (part: string) => {
    // Bigrams within a word of the query count fully, bigrams across two words (子越 in 步子越小) less.
    let run: string[] = [];
    const flush = () => {
      const seen = new Set<string>();
      let text = '';
      const inside = new Set<string>();
      for (const w of run) {
        for (const g of bigramsOf(w)) inside.add(g);
        text += w;
      }
      for (const g of bigramsOf(text)) {
        if (seen.has(g)) continue;
        seen.add(g);
        const w = inside.has(g) ? 1 : WEIGHTS.across;
        out.push({ feature: g, weight: w, group: g }, { feature: `*${g}`, weight: w * WEIGHTS.partial, group: g });
        // A bigram in the forms of many concepts (学习) says too little to name any of them.
        const ids = fuzzy.get(g) ?? [];
        if (ids.length <= FUZZY_MAX)
          for (const id of ids)
            out.push(
              { feature: `#${id}`, weight: (w * WEIGHTS.fuzzy) / ids.length, group: g },
              { feature: `~${id}`, weight: (w * WEIGHTS.fuzzy * WEIGHTS.terms) / ids.length, group: g },
            );
      }
      run = [];
    };
    for (const w of words(part)) {
      if (isFiller(w)) flush();
      else run.push(w);
    }
    flush();
    // The last resort, so that a question in words no title or form shares (老板嫌太慢了) still
    // reaches the closest questions: the concepts whose forms hold a character of the leftover
    // text, for very little — two or more of its characters, or one that only a few concepts'
    // forms hold (慢: 推理慢, 反应慢, 收敛慢, 训练太慢).
    if (plan.expand) {
      // Per concept: how many of the text's characters its forms hold, and their weight (1/k each).
      const byConcept = new Map<number, { n: number; w: number }>();
      const seenChars = new Set<string>();
      for (const w of words(part)) {
        if (isFiller(w)) continue;
        for (const ch of [...w]) {
          if (!HAN.test(ch) || isFiller(ch) || seenChars.has(ch)) continue;
          seenChars.add(ch);
          // A character in the forms of many concepts (车 in 开车, 车主, 无人车 …) names, as a last
          // resort, the few concepts whose term holds it (汽车, 车联网).
          const ids = chars.get(ch) ?? (lastResort ? lexicon.thesaurus.termChars.get(ch) : undefined) ?? [];
          if (ids.length > CHAR_MAX) continue;
          for (const id of ids) {
            const had = byConcept.get(id) ?? { n: 0, w: 0 };
            byConcept.set(id, { n: had.n + 1, w: had.w + 1 / ids.length });
          }
        }
      }
      for (const [id, { n, w }] of byConcept)
        if (lastResort || n >= 2 || w >= 1 / CHAR_ALONE_MAX)
          out.push(
            { feature: `#${id}`, weight: WEIGHTS.char * w, group: `字${id}` },
            { feature: `~${id}`, weight: WEIGHTS.char * w * WEIGHTS.terms, group: `字${id}` },
          );
    }
  };
  for (const concept of plan.variants) {
    const w = concept.kind === 'aspect' ? WEIGHTS.aspect : concept.broad ? WEIGHTS.broad : 1;
    const group = `c${concept.id}`;
    out.push({ feature: `#${concept.id}`, weight: w, group }, { feature: `~${concept.id}`, weight: w * WEIGHTS.terms, group });
  }
  for (const text of texts) {
    let at = 0;
    for (const m of lexicon.matcher.find(text)) {
      if (!plan.expand && normalizeForm(m.concept.zh) !== text.slice(m.start, m.end)) continue;
      residual(text.slice(at, m.start));
      const group = `c${m.concept.id}`;
      const w = m.concept.kind === 'aspect' ? WEIGHTS.aspect : m.concept.broad ? WEIGHTS.broad : 1;
      out.push({ feature: `#${m.concept.id}`, weight: w, group }, { feature: `~${m.concept.id}`, weight: w * WEIGHTS.terms, group });
      // Concepts inside this one (压缩 in 模型压缩) and concepts containing it (模型压缩 for 压缩)
      // are related: a title about them matches, for less. Unrelated concepts that merely share
      // characters (增强 in 数据增强 and 增强学习) are not.
      for (const id of relatedConcepts(lexicon.thesaurus, m.concept.id, text.slice(m.start, m.end)))
        out.push({ feature: `#${id}`, weight: w * WEIGHTS.related, group });
      // The thesaurus's hierarchy: a title about a narrower concept (量化 for 模型压缩) or the
      // broader one (模型压缩 for 量化) answers part of the question.
      if (plan.expand && !m.concept.broad && m.concept.kind !== 'aspect') {
        for (const id of lexicon.thesaurus.narrower.get(m.concept.id) ?? [])
          out.push({ feature: `#${id}`, weight: w * WEIGHTS.narrower, group });
        const up = lexicon.thesaurus.up.get(m.concept.id);
        if (up !== undefined) out.push({ feature: `#${up}`, weight: w * WEIGHTS.broader, group });
      }
      // Titles about another concept of its group (黑盒 → 可解释性) match, for less still.
      if (plan.expand && m.concept.group !== undefined && !m.concept.broad && m.concept.kind !== 'aspect')
        out.push({ feature: siblingFeature(m.concept.group), weight: w * WEIGHTS.sibling, group });
      // A title may name the concept in words the vocabulary does not list: the bigrams of the
      // form typed match free title bigrams, for less.
      for (const g of bigramsOf(text.slice(m.start, m.end))) out.push({ feature: g, weight: w * WEIGHTS.own, group });
      at = m.end;
    }
    residual(text.slice(at));
  }
  return out;
}
