/**
 * Concepts of the field's vocabulary and a matcher that finds them in text. Browser-safe (no YAML,
 * no zod): ingestion gets the concepts from parse.ts, the search client as JSON from the build.
 */
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
  topic?: TopicId;
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

/** The Chinese forms of a concept: its term and what readers say for it. */
export function formsOf(concept: Pick<VocabularyConcept, 'zh' | 'say'>): string[] {
  return [concept.zh, ...concept.say];
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
}

const LATIN = /[a-z0-9]/u;

/**
 * Finds concepts in text: at each position the longest form wins, and matches never overlap, so
 * 医疗影像分析 is 医疗影像 (not 医疗), and 分布式训练 is one concept, not 分布式 + 训练. Latin
 * forms match whole words only (「rag」 is not inside 「storage」).
 */
export class VocabularyMatcher {
  /** First character → forms starting with it, longest first. */
  private readonly byFirst = new Map<string, { key: string; form: string; concept: VocabularyConcept }[]>();

  readonly concepts: readonly VocabularyConcept[];

  constructor(concepts: readonly VocabularyConcept[]) {
    this.concepts = concepts;
    for (const concept of concepts) {
      for (const f of matchedFormsOf(concept)) {
        const key = normalizeForm(f);
        const first = key[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push({ key, form: f, concept });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  }

  find(text: string): ConceptMatch[] {
    const norm = normalizeForm(text);
    const quoted = QUOTE.test(norm);
    const out: ConceptMatch[] = [];
    for (let at = 0; at < norm.length;) {
      let end = -1;
      const hit = this.byFirst.get(norm[at]!)?.find(({ key }) => {
        end = quoted ? endOfQuoted(norm, at, key) : norm.startsWith(key, at) ? at + key.length : -1;
        return end > 0 && latinBoundary(norm, at, key) && latinBoundary(norm, end - 1, key, true);
      });
      if (hit) {
        out.push({ concept: hit.concept, form: hit.form, start: at, end });
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

/** Where `key` ends when it is found at `at` with quotation marks skipped inside it; -1 if it is not. */
function endOfQuoted(text: string, at: number, key: string): number {
  let i = at;
  for (let k = 0; k < key.length; k++) {
    while (k > 0 && i < text.length && QUOTE.test(text[i]!) && text[i] !== key[k]) i++;
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
