import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkDisplayMathLine } from '../../src/lib/markdown/remark-display-math-line.ts';

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkDisplayMathLine)
      .use(remarkRehype)
      .use(rehypeKatex, { output: 'mathml' })
      .use(rehypeStringify)
      .processSync(markdown),
  );
const displays = (markdown: string) => html(markdown).match(/<math[^>]*display="block"/gu)?.length ?? 0;
const formulas = (markdown: string) => html(markdown).match(/<math/gu)?.length ?? 0;

describe('a one-line $$ … $$ alone in its paragraph is a displayed formula', () => {
  it.each([
    ['alone', '上文。\n\n$$E = mc^2$$\n\n下文。'],
    ['with spaces inside and around', '上文。\n\n  $$ \\frac{a}{b} $$  \n\n下文。'],
    ['in a list item', '- 公式：\n\n  $$x^2$$\n'],
    ['in a block quote', '> $$a + b$$\n'],
  ])('%s', (_, markdown) => {
    expect(displays(markdown)).toBe(1);
    expect(formulas(markdown)).toBe(1);
  });

  it.each([
    ['inside a sentence', '质能方程 $$E = mc^2$$ 人人都知道。'],
    ['with one dollar', '上文。\n\n$E = mc^2$\n\n下文。'],
    ['two on one line', '$$a$$ $$b$$'],
  ])('stays inline %s', (_, markdown) => {
    expect(displays(markdown)).toBe(0);
    expect(formulas(markdown)).toBeGreaterThan(0);
  });

  it('leaves a fenced display formula as remark-math reads it', () => {
    expect(displays('$$\nE = mc^2\n$$\n')).toBe(1);
  });
});
