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
import { lexiconKey, singular, t2sMap, type Lexicon } from './lexicon.ts';
import { words } from './words.ts';

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
}

/**
 * Question words are not searched, but the questions in the knowledge base use them too
 * (什么是大模型？, 如何评估…？): a page whose question has the same one gets a small bonus, which
 * decides between otherwise equal pages (「What is a large language model?」).
 */
const QUESTION_WORDS: Record<string, string> = {
  什么: '什么',
  什么样: '什么',
  what: '什么',
  如何: '如何',
  怎么: '如何',
  怎样: '如何',
  how: '如何',
  为什么: '为什么',
  why: '为什么',
  哪些: '哪些',
  which: '哪些',
};

export interface QueryPlan {
  /** The normalised query text (Simplified, lower case, filler kept), for display and URLs. */
  text: string;
  concepts: Concept[];
  /** Words dropped as question words or filler. */
  dropped: string[];
  /** True when the input was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
}

/** Question words and filler, never searched on their own. Content words (问题, 方法, 应用) stay. */
const STOP_ZH = new Set(
  (
    '什么 什么样 啥 是 是不是 的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 么 哦 怎么 怎样 怎么样 怎么办 咋 如何 为什么 为何 哪些 哪个 哪 哪里 ' +
    '有 有没有 没有 有些 请 请问 介绍 一下 简述 简要 简单 详细 解释 说明 讲讲 说说 谈谈 讨论 列举 描述 关于 我 我们 你 你们 他 它 ' +
    '想 想要 知道 了解 能 能够 能否 可以 会 要 需要 应该 该 和 与 及 以及 或 或者 还是 在 中 里 上 下 对 对于 把 被 给 从 就 都 也 ' +
    '还 又 很 最 更 这 那 这个 那个 这些 那些 这种 那种 一个 一种 一些 之 其 所 等 等等 个 种 些 何 谁 多少 几 是否 为 以 于 而 ' +
    '并 且 即 就是 指 指的是 意思 含义 所谓 呢 一 下面 以下 主要 通常 一般'
  ).split(' '),
);
const STOP_EN = new Set(
  (
    'a an the is are was were be been being of to in on at for and or but do does did how what which who whom why when where ' +
    'with about explain define definition meaning mean means vs versus i me my we you your can could should would will it its ' +
    'this that these those there their they as by from into than then so if not no yes please tell give list some any'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

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

/** Split normalised text into runs of Chinese words and runs of Latin words, dropping filler. */
function pieces(text: string, dropped: string[]): Piece[] {
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
  const latin = (word: string) => {
    if (STOP_EN.has(word)) {
      dropped.push(word);
      close();
    } else push('latin', word);
  };
  for (const token of text.split(' ')) {
    if (token === '') continue;
    // A token may mix scripts (「gpu训练」): split Han runs from the rest.
    let at = 0;
    for (const m of token.matchAll(HAN_RUN)) {
      if (m.index > at) latin(token.slice(at, m.index));
      for (const w of words(m[0])) {
        if (STOP_ZH.has(w)) {
          dropped.push(w);
          close();
        } else push('han', w);
      }
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
}

export function indexLexicon(lexicon: Lexicon | undefined): LexiconIndex {
  const terms = new Map<string, string[]>();
  let longest = 1;
  for (const [key, ...zh] of lexicon?.terms ?? []) {
    if (!key || zh.length === 0) continue;
    terms.set(key, zh);
    longest = Math.max(longest, key.split(' ').length);
  }
  return { t2s: t2sMap(lexicon), terms, longest, common: new Map(lexicon?.common ?? []) };
}

const quote = (s: string) => `"${s}"`;

/** Turn what the reader typed into concepts to search. */
export function planQuery(raw: string, lexicon: LexiconIndex = indexLexicon(undefined)): QueryPlan {
  const { text, truncated } = normalizeQuery(raw, lexicon.t2s);
  const dropped: string[] = [];
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const add = (c: Concept) => {
    const key = `${c.phrase ? 'p' : 'c'}:${c.queries.join('|')}`;
    if (seen.has(key)) return;
    seen.add(key);
    concepts.push(c);
  };

  for (const piece of pieces(text, dropped)) {
    if (piece.kind === 'han') {
      const run = piece.words;
      const long = run.filter((w) => [...w].length >= 2);
      // A lone single character (「量」) is searched as typed; inside a run it only joins the phrase.
      for (const w of long.length > 0 ? long : run) add({ label: w, queries: [w], marks: [w], phrase: false });
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
        const phrase = ws.slice(i, i + n).join(' ');
        const zh = lexicon.terms.get(lexiconKey(phrase));
        if (!zh) continue;
        // The Chinese term as words (Pagefind ranks those well: headings count more) or the
        // English as typed (the term chips on answers); the exact Chinese term is a bonus.
        add({ label: phrase, queries: [...zh, n > 1 ? quote(phrase) : phrase], marks: [...zh, ...ws.slice(i, i + n)], phrase: false });
        for (const term of zh)
          if (words(term).length > 1)
            add({ label: term, queries: [quote(term)], marks: [term], phrase: true, parts: [phrase], bonus: 0.3 });
        matched = n;
        break;
      }
      if (matched === 0) {
        const w = ws[i]!;
        // Digits alone (「1」 from alert(1)) and single letters match nothing useful.
        if (/\p{L}/u.test(w) && (w.length >= 2 || HAN.test(w))) {
          const queries = singular(w) !== w ? [w, singular(w)] : [w];
          add({ label: w, queries, marks: [w], phrase: false });
        }
        matched = 1;
      }
      i += matched;
    }
  }

  // Keep the first MAX_CONCEPTS concepts, but never lose a core concept to a phrase.
  const core = concepts.filter((c) => !c.phrase).slice(0, MAX_CONCEPTS);
  const phrases = concepts.filter((c) => c.phrase).slice(0, Math.max(0, MAX_CONCEPTS - core.length));
  const asked = [...new Set(dropped.flatMap((w) => QUESTION_WORDS[w] ?? []))].slice(0, 1);
  const questions: Concept[] =
    core.length > 0 && phrases.length + core.length < MAX_CONCEPTS + 1
      ? asked.map((w) => ({ label: w, queries: [w], marks: [], phrase: true, parts: core.map((c) => c.label), bonus: 0.1 }))
      : [];
  return { text, concepts: [...core, ...phrases, ...questions], dropped, truncated };
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
 * remains to search.
 */
export function searchablePlan(
  concepts: readonly Concept[],
  common: ReadonlyMap<string, number>,
  minShare = SKIP_SHARE,
): { searched: Concept[]; skipped: Concept[] } {
  const isCommon = (word: string) => (common.get(word) ?? 0) >= minShare;
  let skip = concepts.filter((c) => c.queries.length > 0 && c.queries.every((q) => queryWords(q).some(isCommon)));
  if (!concepts.some((c) => !c.phrase && !skip.includes(c))) {
    // Only common words: search them, but no phrase that brings in yet another common word
    // (「大模型」 needs 大 as well as 模型) — the question titles still rank such pages first.
    const coreWords = new Set(concepts.filter((c) => !c.phrase).flatMap((c) => c.queries.flatMap(queryWords)));
    skip = concepts.filter((c) => c.phrase && c.queries.every((q) => queryWords(q).some((w) => isCommon(w) && !coreWords.has(w))));
  }
  return { searched: concepts.filter((c) => !skip.includes(c)), skipped: skip };
}
