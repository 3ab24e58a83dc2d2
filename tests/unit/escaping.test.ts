/**
 * MDX-hostile prose (TOOLCHAIN: "MDX traps in prose"; SPEC: never inject markup or script).
 * Each case is ingested as a small article; the generated MDX is compiled with @mdx-js/mdx and
 * re-parsed to prove it holds no ESM, JSX or expressions, keeps the literal text, and keeps math
 * as math and prices as text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxParser } from '../../scripts/ingest/serialize.ts';
import { entryBody, HEAVY_TIMEOUT, ingestText } from './support/ingest.ts';
import { compiledElements, MARKDOWN_ELEMENT, mdxHazards } from './support/mdx.ts';

function mathIn(tree: Root): { type: string; value: string }[] {
  const math: { type: string; value: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') math.push({ type: node.type, value: node.value });
  });
  return math;
}

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

interface Case {
  name: string;
  prose: string;
  /** Text a reader must see, verbatim (whitespace normalised). */
  text: string;
  math?: { type: string; value: string }[];
}

const CASES: Case[] = [
  { name: 'a set literal {1, 2, 3}', prose: '集合 {1, 2, 3} 有三个元素。', text: '集合 {1, 2, 3} 有三个元素。' },
  { name: 'an object literal {a: 1}', prose: '配置写成 {a: 1} 即可。', text: '配置写成 {a: 1} 即可。' },
  { name: 'a comparison a<b', prose: '如果 a<b，则交换 a 和 b。', text: '如果 a<b，则交换 a 和 b。' },
  {
    name: 'a <script> element',
    prose: '不要在页面里写 <script>alert(1)</script> 这样的代码。',
    text: '不要在页面里写 <script>alert(1)</script> 这样的代码。',
  },
  {
    name: 'an <img onerror> element',
    prose: '攻击者会注入 <img src=x onerror=alert(1)> 这样的标签。',
    text: '攻击者会注入 <img src=x onerror=alert(1)> 这样的标签。',
  },
  { name: 'an HTML comment', prose: '注释 <!-- c --> 也是正文。', text: '注释 <!-- c --> 也是正文。' },
  { name: 'an ESM import line', prose: "import x from 'y'", text: "import x from 'y'" },
  { name: 'an ESM export line', prose: 'export const a = 1', text: 'export const a = 1' },
  {
    name: 'a price next to inline $$ math',
    prose: '价格 $100，公式 $$E=mc^2$$ 成立。',
    text: '价格 $100，公式',
    math: [{ type: 'inlineMath', value: 'E=mc^2' }],
  },
  { name: 'two prices read as one formula by remark-math', prose: '原价 $5，折扣后 $3。', text: '原价 $5，折扣后 $3。', math: [] },
  { name: 'prices in English', prose: 'It costs $5 and $3 more.', text: 'It costs $5 and $3 more.', math: [] },
  {
    name: 'a price paragraph next to display math',
    prose: '每月 $100 的费用。\n\n$$\n\\begin{aligned}\nc &= 100 \\times 12\n\\end{aligned}\n$$',
    text: '每月 $100 的费用。',
    math: [{ type: 'math', value: '\\begin{aligned}\nc &= 100 \\times 12\n\\end{aligned}' }],
  },
  {
    name: 'real inline math',
    prose: '损失 $L = \\sum_i (y_i - \\hat{y}_i)^2$ 越小越好。',
    text: '损失',
    math: [{ type: 'inlineMath', value: 'L = \\sum_i (y_i - \\hat{y}_i)^2' }],
  },
];

describe.each(CASES)('$name', ({ prose, text, math }) => {
  let mdx: string;
  beforeAll(() => {
    mdx = entryBody(ingestText(`### 1. 问题\n\n${prose}\n`, 'x.txt'), 'x-q1');
  }, HEAVY_TIMEOUT);

  it('compiles with @mdx-js/mdx to plain Markdown elements only', async () => {
    const { js, elements } = await compiledElements(mdx);
    for (const element of elements) expect(element).toMatch(MARKDOWN_ELEMENT);
    expect(js.match(/^import /gmu)).toHaveLength(1); // the JSX runtime, nothing from the text
    expect(js.match(/^export /gmu)).toHaveLength(1); // the default MDXContent
  });

  it('holds no ESM, JSX or expression nodes', () => {
    expect(mdxHazards(mdx)).toEqual([]);
  });

  it('keeps the literal text', () => {
    expect(squash(toString(mdxParser.parse(mdx)))).toContain(squash(text));
  });

  if (math) {
    it('keeps math as math and prices as text', () => {
      expect(mathIn(mdxParser.parse(mdx))).toEqual(math);
    });
  }
});

describe('links', () => {
  it('an autolink <https://x.com> becomes a normal link with its visible URL', async () => {
    const mdx = entryBody(ingestText('### 1. 问题\n\n详见 <https://x.com> 的说明。\n', 'x.txt'), 'x-q1');
    expect(mdxHazards(mdx)).toEqual([]);
    await compiledElements(mdx);
    const links: { url: string; text: string }[] = [];
    visit(mdxParser.parse(mdx), 'link', (node) => void links.push({ url: node.url, text: toString(node) }));
    expect(links).toEqual([{ url: 'https://x.com', text: 'https://x.com' }]);
  });

  it('a javascript: link becomes its text and visible target, never a link', async () => {
    const mdx = entryBody(ingestText('### 1. 问题\n\n点击 [x](javascript:alert(1)) 试试。\n', 'x.txt'), 'x-q1');
    const tree = mdxParser.parse(mdx);
    const urls: string[] = [];
    visit(tree, (node) => {
      if ('url' in node) urls.push(String(node.url));
    });
    expect(urls).toEqual([]);
    expect(squash(toString(tree))).toBe('点击 x (javascript:alert(1)) 试试。');
    const { js } = await compiledElements(mdx);
    expect(js).not.toMatch(/href:\s*"javascript:/u);
  });

  it('images become links (nothing is fetched from elsewhere), unsafe ones plain text', () => {
    const out = ingestText('### 1. 问题\n\n图 ![示意图](https://x.com/a.png) 与 ![坏图](javascript:alert(1)) 。\n', 'x.txt');
    const tree = mdxParser.parse(entryBody(out, 'x-q1'));
    const kinds: string[] = [];
    visit(tree, (node) => void kinds.push(node.type));
    expect(kinds).not.toContain('image');
    expect(squash(toString(tree))).toBe('图 图片：示意图 与 ![坏图](javascript:alert(1)) 。');
  });
});

describe('reference-style links', () => {
  it('a reference whose definition sits under another heading keeps its target in its own entry', () => {
    const out = ingestText('### 1. 第一问\n\n详见[文档][d]。\n\n### 2. 第二问\n\n回答。\n\n[d]: https://x.com/doc\n', 'x.txt');
    const links: { url: string; text: string }[] = [];
    visit(mdxParser.parse(entryBody(out, 'x-q1')), 'link', (node) => void links.push({ url: node.url, text: toString(node) }));
    expect(links).toEqual([{ url: 'https://x.com/doc', text: '文档' }]);
  });

  it('also in a long article, with the definitions at the very end', () => {
    const questions = Array.from({ length: 60 }, (_, i) => `### ${i + 1}. 第 ${i + 1} 问\n\n${'很长的回答。'.repeat(60)}\n`);
    questions[0] = '### 1. 第 1 问\n\n详见[文档][d]。\n';
    const text = `${questions.join('\n')}\n[d]: https://x.com/doc\n`;
    expect(text.length).toBeGreaterThan(16 * 1024);
    const out = ingestText(text, 'x.txt');
    const tree = mdxParser.parse(entryBody(out, 'x-q1'));
    const urls: string[] = [];
    visit(tree, 'link', (node) => void urls.push(node.url));
    expect(urls).toEqual(['https://x.com/doc']);
    expect(toString(tree)).not.toContain('[文档]');
  });

  it('a javascript: target behind a reference is neutralised like an inline one', () => {
    const out = ingestText('### 1. 问题\n\n点 [x][bad] 试试。\n\n[bad]: javascript:alert(1)\n', 'x.txt');
    const tree = mdxParser.parse(entryBody(out, 'x-q1'));
    const urls: string[] = [];
    visit(tree, (node) => {
      if ('url' in node) urls.push(String(node.url));
    });
    expect(urls.filter((u) => u.startsWith('javascript:'))).toEqual([]);
    expect(squash(toString(tree))).toContain('点 x (javascript:alert(1)) 试试。');
  });
});

describe('CJK emphasis (**粗体：**后面)', () => {
  it('is ingested as emphasis with its text intact, not refused as a loss', async () => {
    const mdx = entryBody(ingestText('### 1. 问题\n\n**答案：**大模型是**“大”**的模型。\n', 'x.txt'), 'x-q1');
    expect(mdxHazards(mdx)).toEqual([]);
    await compiledElements(mdx);
    const tree = mdxParser.parse(mdx);
    const strong: string[] = [];
    visit(tree, 'strong', (node) => void strong.push(toString(node)));
    expect(strong).toEqual(['答案：', '“大”']);
    expect(toString(tree)).toBe('答案：大模型是“大”的模型。');
  });
});

describe('the detectors themselves', () => {
  it('would catch raw MDX', async () => {
    expect(mdxHazards("import x from 'y'\n\n<b>x</b> {1 + 1}\n")).toEqual(['mdxjsEsm', 'mdxJsxTextElement', 'mdxTextExpression']);
    expect(mdxHazards('<div>\n块\n</div>\n\n{x}\n')).toEqual(['mdxJsxFlowElement', 'mdxFlowExpression']);
    const { elements } = await compiledElements('<script>alert(1)</script>\n');
    expect(elements).toContain('"script"');
  });
});
