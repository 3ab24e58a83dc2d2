/**
 * CommonMark reads a paragraph directly followed by `---` as a heading (a setext heading), but
 * writers who put a rule under an answer's last line mean a rule: 「…不必重算。」 then `---` then
 * the next question. Read as a heading, that line left its answer, which the report then called
 * empty. A setext heading underlined with dashes that reads as prose — more than one line, or a
 * sentence ending in 。！； that asks nothing, or longer than any title — is that paragraph and a
 * rule again. A short title underlined (「什么是 KV Cache？」 over `-----`) stays a heading.
 */
import type { Heading, Paragraph, Root, RootContent, ThematicBreak } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { isPhrasedAsQuestion } from '../filler.ts';
import { parseHeadingLabel } from '../heading.ts';

/** Longer than any question title the test articles hold (their longest is under 80 characters). */
const LONGEST_TITLE = 90;
const UNDERLINE = /^ {0,3}-+[ \t]*$/u;
const SENTENCE_END = /[。！!；;…]["”’」』）)]*$/u;

/** Whether a setext heading's text reads as the last paragraph of an answer, not as a title. */
export function readsAsProse(lines: readonly string[], text: string): boolean {
  if (lines.length > 1) return true;
  const title = parseHeadingLabel(text);
  if (title.index !== null) return false;
  return (!isPhrasedAsQuestion(text) && SENTENCE_END.test(text.trim())) || [...text.trim()].length > LONGEST_TITLE;
}

export const remarkSetextRules: Plugin<[], Root> = function () {
  return (tree, file) => {
    const source = String(file.value ?? '');
    const children = tree.children as RootContent[];
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i]!;
      if (node.type !== 'heading' || node.depth !== 2) continue;
      const start = node.position?.start;
      const end = node.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) continue;
      const lines = source.slice(start.offset, end.offset).split('\n');
      const underline = lines.at(-1) ?? '';
      if (lines.length < 2 || !UNDERLINE.test(underline) || /^ {0,3}#/u.test(lines[0]!)) continue;
      const content = lines.slice(0, -1);
      if (!readsAsProse(content, toString(node))) continue;
      const contentEnd = start.offset + content.join('\n').length;
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: (node as Heading).children,
        position: {
          start,
          end: { line: end.line - 1, column: content.at(-1)!.length + 1, offset: contentEnd },
        },
      };
      const rule: ThematicBreak = {
        type: 'thematicBreak',
        position: { start: { line: end.line, column: 1, offset: contentEnd + 1 }, end },
      };
      children.splice(i, 1, paragraph, rule);
    }
  };
};
