/**
 * Chinese text, one module for search and ingestion: normalisation, runs of Han characters, word
 * segmentation (Intl.Segmenter, the way Pagefind cuts a query in the browser), and the two word
 * lists that decide what is *not* content — question words and filler. Browser-safe (no Node
 * APIs, no dependencies).
 *
 * Each list holds words that carry no subject in any text of this field, so dropping them never
 * loses what a question is about. A word that is also part of terms stays out of the lists even
 * when it is often a request verb: 解释 (可解释性, 解释性), 分析 (数据分析), 问题 (the aspect
 * 「…的问题」), 方法, 应用, 评估, 影响. Lists hold whole words as the segmenter returns them; a
 * single character on a list is dropped only when the segmenter makes it a word of its own
 * (的 in 「大模型的训练」), never inside a longer word (的 in 目的).
 */

export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The runs of Han characters in a text, in order (「用GPU训练大模型」 → 用, 训练大模型). */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

/** Pairs of adjacent Han characters within each run, in order (「训练大模型」 → 训练 练大 大模 模型); a lone character makes none. */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of hanRuns(text)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Pairs of adjacent Han characters within each run, and English words (lower case), in order: units for comparing texts by their words without a segmenter. */
export function pairsAndWords(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[A-Za-z][A-Za-z0-9]+/gu) ?? []) {
    if (/^[A-Za-z]/u.test(run)) out.push(run.toLowerCase());
    else out.push(...hanBigrams(run));
  }
  return out;
}

/** True when the text contains a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The form texts are compared in: NFKC (full-width letters, digits and punctuation become
 * half-width), Traditional → Simplified through `t2s` (character pairs; the search lexicon
 * carries the ones this corpus needs), lower case.
 */
export function normalizeText(text: string, t2s: ReadonlyMap<string, string> = new Map()): string {
  const nfkc = text.normalize('NFKC');
  const simplified = t2s.size === 0 ? nfkc : nfkc.replace(/./gu, (ch) => t2s.get(ch) ?? ch);
  return simplified.toLowerCase();
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of text (punctuation and spaces dropped), as Intl.Segmenter cuts them; the
 * run itself where Intl.Segmenter is missing (every current browser and Node has it).
 */
export function words(run: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [run];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike !== false).map((s) => s.segment);
}

/**
 * Where Intl.Segmenter starts a segment in `text` (1 at each start), for cutsTwoWords; undefined
 * where Intl.Segmenter is missing (every current browser and Node has it).
 */
export function segmentStarts(text: string): Uint8Array | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const cached = startsCache.get(text);
  if (cached) return cached;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const starts = new Uint8Array(text.length + 1);
  for (const s of segmenter.segment(text)) starts[s.index] = 1;
  starts[text.length] = 1;
  // Ingestion reads each answer several times (classification, grouping, glossary): three times as
  // many characters as there are, most of what this costs.
  if (startsCache.size >= STARTS_CACHED) startsCache.delete(startsCache.keys().next().value!);
  startsCache.set(text, starts);
  return starts;
}
const startsCache = new Map<string, Uint8Array>();
const STARTS_CACHED = 2048;

/**
 * Whether the two characters at `start` belong to two different words and cut into each (牌照 in
 * 门牌照片: 门牌|照片), given the text's segmentStarts. Such a pair is not the word it spells: the
 * text says neither.
 */
export function cutsTwoWords(starts: Uint8Array, start: number): boolean {
  return start > 0 && start + 2 < starts.length - 1 && !starts[start] && starts[start + 1] === 1 && !starts[start + 2];
}

/**
 * Question words → the form the questions of a knowledge base are written with (readers type 怎么,
 * headings say 如何). They say what kind of answer is wanted, not what it is about: never
 * searched as content, but a question that asks the same way may rank a little higher.
 */
export const QUESTION_WORDS: Readonly<Record<string, string>> = {
  // what
  什么: '什么',
  什么样: '什么',
  啥: '什么',
  啥样: '什么',
  干啥: '什么',
  干嘛: '什么',
  是什么: '什么',
  what: '什么',
  // how
  如何: '如何',
  怎么: '如何',
  怎样: '如何',
  怎么样: '如何',
  怎么办: '如何',
  咋: '如何',
  咋样: '如何',
  咋办: '如何',
  咋整: '如何',
  how: '如何',
  // why
  为什么: '为什么',
  为何: '为什么',
  为啥: '为什么',
  凭啥: '为什么',
  why: '为什么',
  // which
  哪些: '哪些',
  哪个: '哪些',
  哪: '哪些',
  哪里: '哪些',
  which: '哪些',
  // yes/no and amount: no heading form of their own. Spoken Chinese asks yes/no by repeating a
  // modal verb around 不 (能不能, 要不要): the question, not its subject.
  是否: '',
  是不是: '',
  有没有: '',
  能否: '',
  能不能: '',
  可不可以: '',
  会不会: '',
  要不要: '',
  用不用: '',
  该不该: '',
  行不行: '',
  算不算: '',
  对不对: '',
  多少: '',
  几: '',
  谁: '',
  何: '',
  who: '',
  when: '',
  where: '',
};

/**
 * Filler: words that hold a sentence together or make a request polite but name nothing —
 * particles, pronouns, copulas, modal and request verbs, conjunctions, prepositions, degree
 * adverbs, measure words and demonstratives. Chinese first, then English.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    // structural and modal particles
    '的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 么 哦 之 所',
    // copula, existence, modal verbs
    '是 有 没有 能 能够 可以 会 要 需要 应该 该 想 想要',
    // requests to whoever answers ("please explain briefly") — not 解释, which is part of terms
    '请 请问 帮 帮忙 帮着 帮我 介绍 一下 简述 简要 简单 详细 说明 讲讲 说说 谈谈 讨论 列举 描述 知道 了解 关于 所谓 意思 含义 指 指的是 就是',
    // pronouns and demonstratives
    '我 我们 你 你们 他 它 这 那 这个 那个 这些 那些 这种 那种 其 有些 这儿 那儿 这里 那里',
    // discourse markers that announce plain speaking: 「说白了，大模型到底是个啥」
    '说白了 说穿了 说到底 简单来说 简单地说 通俗地说 通俗点说 直白地说',
    // numerals and measure words used as articles
    '一 一个 一种 一些 个 种 些 几个 几种',
    // conjunctions and prepositions
    '和 与 及 以及 或 或者 还是 并 且 而 即 在 中 里 上 下 对 对于 把 被 给 从 为 以 于 等 等等',
    // adverbs of degree and frequency
    '就 都 也 还 又 很 太 非常 这么 那么 这样 那样 最 更 主要 通常 一般 下面 以下 真正 真的 到底 究竟',
    // English: articles, auxiliaries, pronouns, prepositions, request words
    'a an the is are was were be been being am do does did of to in on at for and or but with about by from into as than then so if',
    'not no yes i me my we you your it its this that these those there their they can could should would will',
    'explain define definition meaning mean means please tell give list some any vs versus',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Spoken Chinese asks yes or no by ending on 不 or 没(有) after the verb: 「大模型能懂不」 is
 * 「大模型能懂吗」. That last word is the question, not a negation; it goes, the rest stays.
 * (Yes/no forms with the verb twice, 能不能 and 有没有, are QUESTION_WORDS.)
 */
export function withoutTrailingYesNo(text: string): string {
  return text.replace(/(\p{Script=Han})\s*(?:不|没有|没)\s*$/u, '$1');
}

const QUESTION_RUN = new RegExp(
  `(${Object.keys(QUESTION_WORDS)
    .filter((w) => hasHan(w) && [...w].length >= 2)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);

/**
 * words(), but a question word of two or more characters stays whole: the segmenter cuts spoken
 * ones apart (为啥 → 为 + 啥, which would read as 什么 instead of 为什么).
 */
export function wordsKeepingQuestions(run: string): string[] {
  return run.split(QUESTION_RUN).flatMap((part, i) => (i % 2 === 1 ? [part] : part === '' ? [] : words(part)));
}

/** A word that names nothing: a question word or filler. */
export function isFiller(word: string): boolean {
  if (FILLER_WORDS.has(word) || word in QUESTION_WORDS) return true;
  // The segmenter sometimes joins two filler characters into one word (我在, 我的): still filler.
  const chars = [...word];
  return chars.length > 1 && chars.every((c) => FILLER_WORDS.has(c));
}
