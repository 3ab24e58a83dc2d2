/**
 * WeChat posts and slide-like articles set a question's number on a line of its own, big and
 * bold, and the question on the next: 「**01**」 then 「**什么是 RAG？**」, or 「## 01」 then
 * 「### 什么是 RAG？」. Read apart, the number became an entry without a question (「某文 第 1 题」)
 * and the question one without a number. A heading that is only a number, followed directly by a
 * heading without one, gives that heading its number and its level, and goes.
 */
import type { Heading, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { parseHeadingLabel } from '../heading.ts';

export const remarkNumberOnlyHeadings: Plugin<[], Root> = function () {
  return (tree) => {
    for (let i = tree.children.length - 2; i >= 0; i--) {
      const numberOnly = tree.children[i]!;
      const next = tree.children[i + 1]!;
      if (numberOnly.type !== 'heading' || next.type !== 'heading') continue;
      const label = parseHeadingLabel(toString(numberOnly));
      if (label.index === null || label.title !== '' || parseHeadingLabel(toString(next)).index !== null) continue;
      const number: PhrasingContent = { type: 'text', value: `${toString(numberOnly).trim()} ` };
      const merged: Heading = { ...next, depth: numberOnly.depth, children: [number, ...next.children] };
      tree.children.splice(i, 2, merged);
    }
  };
};
