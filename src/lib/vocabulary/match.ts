/**
 * Concepts of the field's vocabulary and a matcher that finds them in text. Browser-safe (no YAML,
 * no zod): ingestion gets the concepts from parse.ts, the search client as JSON from the build.
 */
import { cutsTwoWords, segmentStarts } from '../text/chinese.ts';
import type { TopicId } from '../topics.ts';

export const CONCEPT_KINDS = ['term', 'aspect', 'domain'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export interface VocabularyConcept {
  /** Position in the file; stable within one build, used as a compact reference. */
  id: number;
  zh: string;
  en: string;
  also: string[];
  say: string[];
  /**
   * Everyday words a reader may also type for the concept that, on their own, mostly mean something
   * else (热身 for 学习率预热 at a gym, 平台期 for 收敛 on a diet): search reads them like `say`;
   * ingestion counts one only where the question also names the concept by its term (zh, en, also).
   */
  ambiguous: string[];
  topic?: TopicId;
  /**
   * The zh of concepts that, named together in one sentence, name this one instead: 优缺点 is
   * 优势 and 挑战 asked at once (「它擅长什么、不擅长什么」, 「拿手活是什么，软肋又在哪」). A part
   * may be a list of alternatives, any one of which will do: AI生成内容检测 is 辨别 with either
   * 人工智能生成内容 (「读着像 AI 写的，分得出来吗」) or 学术诚信 (「看得出哪些是 AI 代写的吗」).
   */
  combines?: (string | string[])[];
  kind: ConceptKind;
  broad: boolean;
  /** An aspect that asks what its subject is (定义, 概述, 原理): a heading naming the subject alone asks the same. */
  open?: boolean;
  /** The zh of the concept this one is a kind or a part of (量化 → 模型压缩): a thesaurus's broader term. */
  broader?: string;
  group?: string;
  /** 1-based line in the vocabulary file, for explanations and errors. */
  line: number;
}

/** How forms and text are compared: NFKC (full-width → half-width) and lower case. */
export function normalizeForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The Chinese forms of a concept: its term and what readers say for it, the ambiguous words last. */
export function formsOf(concept: Pick<VocabularyConcept, 'zh' | 'say' | 'ambiguous'>): string[] {
  return [concept.zh, ...concept.say, ...concept.ambiguous];
}

/**
 * Every form the matcher finds a concept by: the Chinese ones, then its English names — Chinese
 * headings name many subjects in English (「KV Cache 的原理」, 「Data Parallelism 是怎么工作的」).
 * Where two concepts share an English alias, the one earlier in the vocabulary is found.
 */
function matchedFormsOf(concept: VocabularyConcept): string[] {
  return [...formsOf(concept), ...[concept.en, ...concept.also].filter((f) => f.trim() !== '')];
}

export interface ConceptMatch {
  concept: VocabularyConcept;
  /** The form found (as written in the vocabulary). */
  form: string;
  /** Offset in the normalised text (normalizeForm). */
  start: number;
  end: number;
  /** The form is one of the concept's ambiguous words. */
  ambiguous?: true;
  /** The form is the concept's term: its zh, en or an English alias (not an everyday word). */
  term?: true;
}

export interface FindOptions {
  /**
   * Concepts the surrounding text (a question's other headings, its answer) names by their term
   * (named()): an ambiguous word of theirs counts too. Without it only the text itself can vouch.
   */
  evidence?: ReadonlySet<number>;
}

const LATIN = /[a-z0-9]/u;
/** Where a statement ends, for compounds (combines): 。！；, their ASCII forms, a line break. */
const SENTENCE_END = /[。！；!;\n]/gu;

/**
 * Finds concepts in text: at each position the longest form wins, and matches never overlap, so
 * 医疗影像分析 is 医疗影像 (not 医疗), and 分布式训练 is one concept, not 分布式 + 训练. Latin
 * forms match whole words only (「rag」 is not inside 「storage」).
 */
export class VocabularyMatcher {
  /** First character → forms starting with it, longest first. */
  private readonly byFirst = new Map<
    string,
    {
      key: string;
      form: string;
      concept: VocabularyConcept;
      mayInsert: boolean;
      /** Two Han characters: not read where they cut into two words (cutsTwoWords). */
      pair: boolean;
      ambiguous: boolean;
      term: boolean;
    }[]
  >();

  readonly concepts: readonly VocabularyConcept[];
  /** Concepts named by others together (combines): for each part, the ids that may stand for it. */
  private readonly compounds: { concept: VocabularyConcept; parts: number[][] }[] = [];

  constructor(concepts: readonly VocabularyConcept[]) {
    this.concepts = concepts;
    const idOf = new Map(concepts.map((c) => [c.zh, c.id]));
    for (const concept of concepts) {
      const parts = (concept.combines ?? []).map((part) => [part].flat().map((zh) => idOf.get(zh)));
      if (parts.length >= 2 && parts.every((ids) => ids.every((id) => id !== undefined)))
        this.compounds.push({ concept, parts: parts as number[][] });
    }
    for (const concept of concepts) {
      // A word listed ambiguous and also spelled as an English name (Warmup, warmup) is not ambiguous.
      const plain = new Set(matchedFormsOf({ ...concept, ambiguous: [] }).map(normalizeForm));
      const terms = new Set([concept.zh, concept.en, ...concept.also].map(normalizeForm));
      for (const f of matchedFormsOf(concept)) {
        const key = normalizeForm(f);
        const first = key[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push({
          key,
          form: f,
          concept,
          mayInsert: [...key].length >= MIN_LOOSE && /\p{Script=Han}/u.test(key),
          pair: /^\p{Script=Han}{2}$/u.test(key),
          ambiguous: !plain.has(key),
          term: terms.has(key),
        });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  }

  /**
   * The concepts `text` names, longest form first. An ambiguous word (see VocabularyConcept) is
   * kept only where the text or `options.evidence` names its concept by its term: an everyday word
   * does not vouch for it, since the answer that explains a gym's 热身 says 预热 and an orchard's
   * 修枝 says 剪掉, everyday words of 学习率预热 and 剪枝 too.
   */
  find(text: string, options: FindOptions = {}): ConceptMatch[] {
    const found = this.findAll(text);
    if (!found.some((m) => m.ambiguous)) return this.combined(text, found);
    const named = this.vouched(found, options.evidence);
    return this.combined(
      text,
      found.filter((m) => !m.ambiguous || named.has(m.concept.id)),
    );
  }

  /**
   * Where one sentence names every part of a compound concept (combines), the compound in their
   * place, at the first part's position, its form the parts' forms joined by 「…」 (拿手活…软肋).
   * Kept to a sentence: an answer that names strengths in one paragraph and limits in another does
   * not ask for the pros and cons. A question mark does not end it: a heading that asks 「擅长干什么？
   * 又有哪些事最好别交给它？」 asks both at once.
   */
  private combined(text: string, found: ConceptMatch[]): ConceptMatch[] {
    if (found.length < 2) return found;
    const named = new Set(found.map((m) => m.concept.id));
    const present = this.compounds.filter(({ parts }) => parts.every((ids) => ids.some((id) => named.has(id))));
    if (present.length === 0) return found;
    const ends = [...normalizeForm(text).matchAll(SENTENCE_END)].map((m) => m.index);
    const sentenceOf = (at: number) => ends.filter((end) => end < at).length;
    let out = found;
    for (const { concept, parts } of present) {
      const bySentence = Map.groupBy(
        out.filter((m) => parts.some((ids) => ids.includes(m.concept.id))),
        (m) => sentenceOf(m.start),
      );
      for (const matches of bySentence.values()) {
        if (!parts.every((ids) => matches.some((m) => ids.includes(m.concept.id)))) continue;
        const first = matches[0]!;
        const compound: ConceptMatch = {
          concept,
          form: matches.map((m) => m.form).join('…'),
          start: first.start,
          end: first.end,
        };
        out = out.flatMap((m) => (m === first ? [compound] : matches.includes(m) ? [] : [m]));
      }
    }
    return out;
  }

  /** The concepts `text` names by their term (zh, en, an English alias): evidence for find() on the rest of a question. */
  named(text: string): Set<number> {
    return this.vouched(this.findAll(text));
  }

  private vouched(found: readonly ConceptMatch[], evidence?: ReadonlySet<number>): Set<number> {
    const named = new Set(evidence);
    for (const m of found) if (m.term) named.add(m.concept.id);
    return named;
  }

  private findAll(text: string): ConceptMatch[] {
    const norm = normalizeForm(text);
    const exact = this.scan(norm, false);
    if (!QUOTE.test(norm) && !INSERTED.test(norm) && !MIXED_SPACE.test(norm)) return exact;
    // A form found only across quotation marks or inserted words takes the place of the exact
    // matches it covers whole (训练集 and 测试集 inside 训练集上很好测试集上很差), never of one it
    // would cut: in 训练的数据隐私, 数据隐私 stays, and 训练的数据 is not read as 训练数据.
    const loose = this.scan(norm, true).filter(
      (m) =>
        !exact.some((e) => e.start === m.start && e.end === m.end) &&
        !exact.some((e) => e.start < m.end && m.start < e.end && (e.start < m.start || e.end > m.end)),
    );
    if (loose.length === 0) return exact;
    const kept = exact.filter((e) => !loose.some((m) => m.start <= e.start && e.end <= m.end));
    return [...kept, ...loose].sort((a, b) => a.start - b.start);
  }

  /** Longest form at each position, left to right, without overlaps; `loose` also across quotation marks and inserted words. */
  private scan(norm: string, loose: boolean): ConceptMatch[] {
    const out: ConceptMatch[] = [];
    const skip = loose ? skippable(norm) : undefined;
    // Segmented once, when a two-character form is first found: most texts need it.
    let starts: Uint8Array | undefined | null = null;
    const cuts = (at: number) => {
      if (starts === null) starts = segmentStarts(norm);
      return starts !== undefined && cutsTwoWords(starts, at);
    };
    for (let at = 0; at < norm.length;) {
      let end = -1;
      const hit = this.byFirst.get(norm[at]!)?.find(({ key, mayInsert, pair }) => {
        end = norm.startsWith(key, at) ? at + key.length : skip ? endOfLoose(norm, at, key, mayInsert, skip) : -1;
        return end > 0 && latinBoundary(norm, at, key) && latinBoundary(norm, end - 1, key, true) && !(pair && end === at + 2 && cuts(at));
      });
      if (hit) {
        out.push({
          concept: hit.concept,
          form: hit.form,
          start: at,
          end,
          ...(hit.ambiguous ? { ambiguous: true as const } : {}),
          ...(hit.term ? { term: true as const } : {}),
        });
        at = end;
      } else at++;
    }
    return out;
  }
}

/**
 * Quotation marks writers put around an everyday word or a metaphor (让小模型向大模型“拜师学艺”,
 * 大模型为什么会"讨好"用户): a form matches across them, as a reader reads the words.
 */
const QUOTE = /["'“”‘’「」『』]/u;

/**
 * Words a writer or a reader slips inside a phrase without changing what it names: structural
 * particles (训练的数据), aspect particles (跑了很久), degree adverbs (跑得很慢, 训练集上很好) and the
 * place words after a noun (训练集上, 数据里). A form of at least MIN_LOOSE characters matches with
 * up to MAX_INSERTED of them inside it — the form 训练集好测试集差 is found in 训练集上很好测试集上很差
 * — never before its first character, so they cannot start a match.
 */
const INSERTED = /[的地得了着很太挺更超都也还就上里中]/u;
const MIN_LOOSE = 3;
const MAX_INSERTED = 4;

/**
 * The space Chinese writers put between an English word and a Chinese one (「Chat 模型」, 「AI 大模型」):
 * a form written without it (Chat模型) still matches.
 */
const MIXED_SPACE = /[a-z0-9]\s\p{Script=Han}|\p{Script=Han}\s[a-z0-9]/u;
function isMixedSpace(text: string, i: number): boolean {
  return MIXED_SPACE.test(text.slice(i - 1, i + 2));
}

const SKIPPED = 1;
const MAY_INSERT = 2;
/**
 * What each character of a text may be inside a loose match: skipped (a quotation mark, a
 * mixed-script space) or an inserted word. Read once per text, not once per form tried at each
 * position: that was most of ingestion's time.
 */
function skippable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++)
    out[i] = QUOTE.test(text[i]!) || isMixedSpace(text, i) ? SKIPPED : INSERTED.test(text[i]!) ? MAY_INSERT : 0;
  return out;
}

/**
 * Where `key` ends when it is found at `at` with quotation marks, mixed-script spaces and (when the
 * form `mayInsert`: MIN_LOOSE Han characters or more) inserted words skipped inside it; -1 if it is not.
 */
function endOfLoose(text: string, at: number, key: string, mayInsert: boolean, skip: Uint8Array): number {
  let inserted = 0;
  let i = at;
  for (let k = 0; k < key.length; k++) {
    while (k > 0 && i < text.length && text[i] !== key[k]) {
      if (skip[i] === SKIPPED) i++;
      else if (mayInsert && inserted < MAX_INSERTED && skip[i] === MAY_INSERT) {
        i++;
        inserted++;
      } else break;
    }
    if (text[i] !== key[k]) return -1;
    i++;
  }
  return i;
}

/** A Latin form must not start (or end) inside a Latin word of the text. */
function latinBoundary(text: string, at: number, key: string, end = false): boolean {
  if (end) {
    if (!LATIN.test(key.at(-1)!)) return true;
    const next = text[at + 1];
    return next === undefined || !LATIN.test(next);
  }
  if (!LATIN.test(key[0]!)) return true;
  const prev = text[at - 1];
  return prev === undefined || !LATIN.test(prev);
}
