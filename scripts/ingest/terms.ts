/**
 * Bilingual terms: harvested from glosses in the sources (`模型剪枝（Model Pruning）`) and taken
 * from the vocabulary of the field (content/vocabulary.yaml), then attached to the answers that use them.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export interface LexiconTerm {
  zh: string;
  en: string;
  also: string[];
  /**
   * Every name of the concept in the vocabulary (its term, English names and everyday words): a
   * source's gloss that uses one of them, in either language, is the concept under the writer's
   * wording (计算工具（function calling） is 工具调用).
   */
  names?: string[];
}

export interface HarvestedTerm {
  zh: string;
  en: string;
  file: string;
  line: number;
}

// Words that end a term when walking backwards from a gloss: 「包括模型剪枝（…）」 glosses 模型剪枝.
// prettier-ignore
const STOP_WORDS = new Set([
  '在', '包括', '使用', '通过', '利用', '基于', '采用', '进行', '介绍', '描述', '的', '和', '与', '或', '是', '如', '例如', '即', '称为',
  '叫做', '指', '等', '了', '对', '用', '将', '把', '中', '为', '以', '及', '要', '主要', '应用', '从', '由', '被', '其', '这', '该',
  '一种', '一个', '各种', '如何',
]);
const GLOSS = /([\p{Script=Han}]{1,16})\s*[（(]\s*([A-Za-z][A-Za-z0-9 .,'&/+-]{0,60}?)\s*[）)]/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** A file's name or path in brackets (「图片（img/flow.png）」, 「见附件（report.pdf）」) names a file, not a term. */
const FILE_NAME = /^[\w./-]*\.(?:png|jpe?g|gif|svg|webp|bmp|pdf|md|mdx|txt|html?|py|ipynb|docx?|xlsx?|pptx?|csv|json|ya?ml|zip|mp[34])$/iu;

/** The term a gloss explains: the trailing words of the Chinese run, up to a function word. */
function glossedTerm(run: string): string {
  const words = [...segmenter.segment(run)].map((s) => s.segment);
  let term = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (STOP_WORDS.has(word) && term !== '') break;
    term = word + term;
    if (term.length >= 8) break;
  }
  return term;
}

export function harvestTerms(file: string, tree: Root): HarvestedTerm[] {
  const found: HarvestedTerm[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const match of node.value.matchAll(GLOSS)) {
      const [, run = '', english = ''] = match;
      let zh = glossedTerm(run);
      const en = english.trim();
      // 「F1 分数（F1 Score）」: a Latin word before the Chinese that the English repeats belongs to the term.
      const before = node.value.slice(0, match.index).match(/([A-Za-z0-9]+)\s*$/u)?.[1];
      if (before && en.toLowerCase().startsWith(before.toLowerCase()) && run === zh) zh = `${before} ${zh}`;
      if (zh.length < 2 || en.length < 2 || FILE_NAME.test(en)) continue;
      // Text keeps the source's line breaks: count them instead of rescanning the file per match.
      const line = (node.position?.start.line ?? 1) + newlines(node.value, match.index ?? 0);
      found.push({ zh, en, file, line });
    }
  });
  return found;
}

function newlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export interface AttachableTerm {
  zh: string;
  en: string;
  also: string[];
  /** The Chinese wordings that put the term on an answer: its own, then the sources' glosses of it. */
  forms?: string[];
}

/**
 * Terms whose Chinese form occurs in the text, in order of first occurrence, one per English term
 * and one per Chinese term: a source's gloss 「自然语言处理（NLP）」 and the vocabulary's
 * 自然语言处理 (natural language processing, also NLP) are one chip, the first listed (terms put
 * the curated ones first).
 */
export function termsIn(text: string, terms: readonly AttachableTerm[], limit = 16): AttachableTerm[] {
  const hits = terms
    .map((term, order) => ({ term, order, ...firstOf(text, term.forms ?? [term.zh]) }))
    .filter((hit) => hit.at !== -1)
    .sort((a, b) => a.at - b.at || b.length - a.length || a.order - b.order);
  const seen = new Set<string>();
  const result: AttachableTerm[] = [];
  for (const { term } of hits) {
    const keys = [`en:${term.en.toLowerCase()}`, `zh:${term.zh}`];
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    result.push(term);
    if (result.length === limit) break;
  }
  return result;
}

/** Where the earliest of `forms` occurs in `text`, and its length (-1 where none does). */
function firstOf(text: string, forms: readonly string[]): { at: number; length: number } {
  let best = { at: -1, length: 0 };
  for (const form of forms) {
    const at = text.indexOf(form);
    if (at !== -1 && (best.at === -1 || at < best.at || (at === best.at && form.length > best.length))) best = { at, length: form.length };
  }
  return best;
}
