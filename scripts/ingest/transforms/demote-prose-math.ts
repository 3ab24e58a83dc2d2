/**
 * remark-math reads `$5，折扣后 $3` as a formula. Dollar signs around Chinese prose or with a
 * digit right after the closing `$` are prices, not math: put the original text back. Chinese in a
 * formula's text-mode argument (`$\text{准确率} = \frac{\text{猜对的}}{\text{总数}}$`) is how Chinese
 * writers label a formula, and keeps it one.
 */
import type { Root, Text } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A TeX command whose argument is text, with that argument (no nested braces): \text{…}, \mathrm{…}, \operatorname{…}. */
const TEXT_ARGUMENT = /\\(?:text(?:rm|bf|it|sf|tt|normal)?|mbox|mathrm|operatorname)\s*\{[^{}]*\}/gu;

function looksLikeProse(value: string, source: string, end: number): boolean {
  if (CJK.test(value.replace(TEXT_ARGUMENT, ''))) return true;
  if (/^\s|\s$/.test(value)) return true;
  // `$5 and $3`: a closing dollar followed by a digit opens the next price.
  return /\d/.test(source.charAt(end));
}

/** Put back as text every inline formula of `tree` (parsed from `source`) that is prose or a price. */
export function demoteProseMath(tree: Root, source: string): void {
  visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (parent === undefined || index === undefined || start === undefined || end === undefined) return;
    if (!looksLikeProse(node.value, source, end)) return;
    const text: Text = { type: 'text', value: source.slice(start, end), position: node.position };
    parent.children.splice(index, 1, text);
    return [SKIP, index + 1];
  });
}

export const remarkDemoteProseMath: Plugin<[], Root> = function () {
  return (tree, file) => demoteProseMath(tree, String(file.value));
};
