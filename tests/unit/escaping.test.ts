/**
 * MDX-hostile prose (TOOLCHAIN: "MDX traps in prose"; SPEC: never inject markup or script).
 * Each case is ingested as a small article and the generated file is rendered with the site's own
 * Markdown pipeline (the one src/lib/generated-mdx-loader.ts uses, built from astro.config.mjs):
 * the HTML must hold only elements that pipeline makes, no event handler or script URL, and show
 * the reader the literal text, with math as math and prices as text. The MDX parse checks the
 * contract that lets the site render these files as Markdown (no ESM, JSX or expressions).
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { entryById, entryPath, HEAVY_TIMEOUT, ingestText } from './support/ingest.ts';
import { htmlHazards, mdxHazards, renderedText, renderedUrls, renderLikeTheSite } from './support/mdx.ts';

/** The generated file of an entry, frontmatter included, as the loader reads it. */
const entryFile = (out: IngestOutput, id: string): string => out.files.get(entryPath(entryById(out, id)))!;
const render = (out: IngestOutput, id = 'x-q1'): Promise<HastRoot> => renderLikeTheSite(entryFile(out, id));
/** The body only (after the frontmatter), for the MDX contract check. */
const bodyOf = (file: string): string => file.replace(/^---\n[\s\S]*?\n---\n\n?/u, '');

/** Formulas KaTeX rendered: display or inline, with the TeX they came from. */
function mathIn(tree: HastRoot): { type: string; value: string }[] {
  const math: { type: string; value: string }[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'math') return;
    let tex = '';
    visit(node, 'element', (child: Element) => {
      if (child.tagName === 'annotation') tex = hastToString(child);
    });
    math.push({ type: node.properties.display === 'block' ? 'math' : 'inlineMath', value: tex });
    return 'skip';
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
  // Hidden, as every Markdown viewer hides it (html-comments.ts); the words around it stay.
  { name: 'an HTML comment', prose: '注释 <!-- c --> 之外也是正文。', text: '注释 之外也是正文。' },
  { name: 'an HTML comment never closed', prose: '注释 <!-- c 也是正文。', text: '注释 <!-- c 也是正文。' },
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
    name: 'inline math labelled in Chinese with \\text',
    prose: '准确率 $\\text{准确率} = \\frac{\\text{猜对的单数}}{\\text{总单数}}$ 越高越好，原价 $5，折扣后 $3。',
    text: '越高越好，原价 $5，折扣后 $3。',
    math: [{ type: 'inlineMath', value: '\\text{准确率} = \\frac{\\text{猜对的单数}}{\\text{总单数}}' }],
  },
  {
    name: 'real inline math',
    prose: '损失 $L = \\sum_i (y_i - \\hat{y}_i)^2$ 越小越好。',
    text: '损失',
    math: [{ type: 'inlineMath', value: 'L = \\sum_i (y_i - \\hat{y}_i)^2' }],
  },
];

describe.each(CASES)('$name', ({ prose, text, math }) => {
  let file: string;
  let html: HastRoot;
  beforeAll(async () => {
    file = entryFile(ingestText(`### 1. 问题\n\n${prose}\n`, 'x.txt'), 'x-q1');
    html = await renderLikeTheSite(file);
  }, HEAVY_TIMEOUT);

  it('renders with the site’s Markdown pipeline to its own elements only: no raw HTML, handler or script URL', () => {
    expect(htmlHazards(html)).toEqual([]);
  });

  it('holds no ESM, JSX or expression nodes', () => {
    expect(mdxHazards(bodyOf(file))).toEqual([]);
  });

  it('shows the reader the literal text', () => {
    expect(squash(renderedText(html))).toContain(squash(text));
  });

  if (math) {
    it('renders math as math and prices as text', () => {
      expect(mathIn(html)).toEqual(math);
    });
  }
});

describe('links', () => {
  it('an autolink <https://x.com> becomes a normal link with its visible URL', async () => {
    const html = await render(ingestText('### 1. 问题\n\n详见 <https://x.com> 的说明。\n', 'x.txt'));
    expect(htmlHazards(html)).toEqual([]);
    const links: { url: string; text: string }[] = [];
    visit(html, 'element', (node: Element) => {
      if (node.tagName === 'a') links.push({ url: String(node.properties.href), text: hastToString(node) });
    });
    expect(links).toEqual([{ url: 'https://x.com', text: 'https://x.com' }]);
  });

  it('a javascript: link becomes its text and visible target, never a link', async () => {
    const html = await render(ingestText('### 1. 问题\n\n点击 [x](javascript:alert(1)) 试试。\n', 'x.txt'));
    expect(renderedUrls(html)).toEqual([]);
    expect(htmlHazards(html)).toEqual([]);
    expect(squash(renderedText(html))).toBe('点击 x (javascript:alert(1)) 试试。');
  });

  it('images become links (nothing is fetched from elsewhere), unsafe ones plain text', async () => {
    const out = ingestText('### 1. 问题\n\n图 ![示意图](https://x.com/a.png) 与 ![坏图](javascript:alert(1)) 。\n', 'x.txt');
    const html = await render(out);
    expect(htmlHazards(html)).toEqual([]);
    expect(renderedUrls(html)).toEqual(['https://x.com/a.png']);
    expect(squash(renderedText(html))).toBe('图 图片：示意图 与 ![坏图](javascript:alert(1)) 。');
  });

  it('an image beside the article (a relative address) is named, not shown as Markdown syntax', async () => {
    const out = ingestText('### 1. 问题\n\n见 ![Untitled](Untitled.png) 和 ![](./assets/1.png) 。\n', 'x.txt');
    const html = await render(out);
    expect(renderedUrls(html)).toEqual([]);
    expect(squash(renderedText(html))).toBe('见 图片：Untitled（Untitled.png） 和 图片（./assets/1.png） 。');
  });

  it("a forum's own upload (Discourse's upload://) is named too", async () => {
    const out = ingestText('### 1. 问题\n\n![架构|690x388](upload://9qTzR3mW.png)\n', 'x.txt');
    const html = await render(out);
    expect(renderedUrls(html)).toEqual([]);
    // Discourse's size after the name is not part of it (image-sizes.ts).
    expect(squash(renderedText(html))).toBe('图片：架构（upload://9qTzR3mW.png）');
  });

  it('a link to a file beside the article (a Notion sub-page) is its text and its decoded file name', async () => {
    const out = ingestText('### 1. 问题\n\n详见 [论文笔记](%E8%AE%BA%E6%96%87%20a1b2.md) 与 [坏](%E0%A4%A.md)。\n', 'x.txt');
    const html = await render(out);
    expect(renderedUrls(html)).toEqual([]);
    expect(squash(renderedText(html))).toBe('详见 论文笔记 (论文 a1b2.md) 与 坏 (%E0%A4%A.md)。');
  });
});

describe('reference-style links', () => {
  it('a reference whose definition sits under another heading keeps its target in its own entry', async () => {
    const out = ingestText('### 1. 第一问\n\n详见[文档][d]。\n\n### 2. 第二问\n\n回答。\n\n[d]: https://x.com/doc\n', 'x.txt');
    const html = await render(out);
    expect(renderedUrls(html)).toEqual(['https://x.com/doc']);
    expect(squash(renderedText(html))).toBe('详见文档。');
  });

  it('also in a long article, with the definitions at the very end', async () => {
    const questions = Array.from({ length: 60 }, (_, i) => `### ${i + 1}. 第 ${i + 1} 问\n\n${'很长的回答。'.repeat(60)}\n`);
    questions[0] = '### 1. 第 1 问\n\n详见[文档][d]。\n';
    const text = `${questions.join('\n')}\n[d]: https://x.com/doc\n`;
    expect(text.length).toBeGreaterThan(16 * 1024);
    const html = await render(ingestText(text, 'x.txt'));
    expect(renderedUrls(html)).toEqual(['https://x.com/doc']);
    expect(renderedText(html)).not.toContain('[文档]');
  });

  it('a javascript: target behind a reference is neutralised like an inline one', async () => {
    const html = await render(ingestText('### 1. 问题\n\n点 [x][bad] 试试。\n\n[bad]: javascript:alert(1)\n', 'x.txt'));
    expect(renderedUrls(html)).toEqual([]);
    expect(htmlHazards(html)).toEqual([]);
    expect(squash(renderedText(html))).toContain('点 x (javascript:alert(1)) 试试。');
  });
});

/** The text of each rendered table row's cells. */
function tableRows(html: HastRoot): string[][] {
  const rows: string[][] = [];
  visit(html, 'element', (node: Element) => {
    if (node.tagName === 'tr') rows.push(node.children.filter((c): c is Element => c.type === 'element').map((c) => hastToString(c)));
  });
  return rows;
}

describe('HTML tables (a notebook’s DataFrame, a table pasted from a web page)', () => {
  const dataFrame = [
    '<div>',
    '<style scoped>',
    '    .dataframe tbody tr th:only-of-type { vertical-align: middle; }',
    '</style>',
    '<table border="1" class="dataframe">',
    '  <thead><tr style="text-align: right;"><th></th><th>地址</th><th>城市</th></tr></thead>',
    '  <tbody>',
    '    <tr><th>0</th><td>北京市朝阳区</td><td>北京</td></tr>',
    '    <tr><th>1</th><td><img src="x.png">浦东<b>新区</b></td><td>上海</td></tr>',
    '  </tbody>',
    '</table>',
    '<p>2 rows × 2 columns</p>',
    '</div>',
  ].join('\n');

  it('become tables of their cells’ text, captions after them; no tag or attribute reaches the page', async () => {
    const html = await render(ingestText(`### 1. 问题\n\n${dataFrame}\n\n后文。\n`, 'x.txt'));
    expect(htmlHazards(html)).toEqual([]);
    expect(tableRows(html)).toEqual([
      ['', '地址', '城市'],
      ['0', '北京市朝阳区', '北京'],
      ['1', '浦东新区', '上海'],
    ]);
    const text = renderedText(html);
    expect(text).toContain('2 rows × 2 columns');
    expect(text).not.toMatch(/<|vertical-align|dataframe/u);
  });

  it('read whole when the style rules hold a blank line, as Jupyter writes them; a <style> in code stays', async () => {
    const notebook = dataFrame.replace('</style>', '\n    .dataframe thead th { text-align: right; }\n</style>');
    expect(notebook).toMatch(/\n\n {4}\.dataframe thead/u);
    const out = ingestText(
      `### 1. 问题\n\n${notebook}\n\n\`\`\`html\n<style>\n\np { color: red; }\n</style>\n\`\`\`\n\n### 2. 下一题\n\n答。\n`,
      'x.txt',
    );
    expect(out.entries.map((e) => e.source.line)).toEqual([1, 26]);
    const html = await render(out);
    expect(htmlHazards(html)).toEqual([]);
    expect(tableRows(html)).toEqual([
      ['', '地址', '城市'],
      ['0', '北京市朝阳区', '北京'],
      ['1', '浦东新区', '上海'],
    ]);
    expect(renderedText(html)).not.toMatch(/text-align|dataframe/u);
    expect(renderedText(html)).toContain('<style>\n\np { color: red; }');
  });

  it('stay the text they are when the paragraph holds more than a table', async () => {
    const html = await render(ingestText('### 1. 问题\n\n<table><tr><td>a</td></tr></table> 后面还有字\n', 'x.txt'));
    expect(htmlHazards(html)).toEqual([]);
    expect(squash(renderedText(html))).toContain('<table><tr><td>a</td></tr></table> 后面还有字');
  });
});

describe('presentational HTML in answers (CSDN, WeChat, Yuque exports)', () => {
  it('loses its tags, keeps its words; <br> breaks the line; code and a mere mention keep theirs; anchor lines go', async () => {
    const out = ingestText(
      [
        '<a name="a1"></a>',
        '### 1. 什么是 RAG？',
        '',
        '<font color=red>**重点**</font>：先检索<br>再生成。<span style="color:#333">RAG</span> 能减少幻觉。',
        '',
        '用 `<b>` 标签加粗，比如 <b>这样</b>；提到 <span> 时保留。',
        '',
        '<a id="a2"></a>',
        '',
        '### 2. 什么是 MoE？',
        '',
        '混合专家。',
        '',
      ].join('\n'),
      'x.txt',
    );
    const html = await render(out);
    expect(htmlHazards(html)).toEqual([]);
    const text = squash(renderedText(html));
    expect(text).toContain('重点：先检索 再生成。RAG 能减少幻觉。');
    expect(text).toContain('用 <b> 标签加粗，比如 这样；提到 <span> 时保留。');
    expect(text).not.toMatch(/font|style=|<a |<br/u);
    const breaks: Element[] = [];
    visit(html, 'element', (node: Element) => {
      if (node.tagName === 'br') breaks.push(node);
    });
    expect(breaks).toHaveLength(1);
  });
});

describe('a <br> at the end of a source line', () => {
  it('is the line break, and the next line starts with its own words, not an encoded newline', async () => {
    const out = ingestText(
      ['### 1. 什么是 RAG？', '', '第一行<br>', '第二行<br/>', '第三行', '', '### 2. 什么是 MoE？', '', '混合专家。', ''].join('\n'),
      'x.txt',
    );
    const mdx = [...out.files.values()].join('\n');
    expect(mdx).not.toContain('&#xA;');
    expect(mdx).toContain('第一行\\\n第二行\\\n第三行');
    const breaks: Element[] = [];
    visit(await render(out), 'element', (node: Element) => {
      if (node.tagName === 'br') breaks.push(node);
    });
    expect(breaks).toHaveLength(2);
  });
});

describe('presentational HTML in a table cell', () => {
  it('loses its tags and a <br> reads as a space, the row kept whole', async () => {
    const out = ingestText(
      [
        '### 1. 什么是 RAG？',
        '',
        '| 方法 | 说明 |',
        '| --- | --- |',
        '| RAG | 先检索<br>再<b>生成</b> |',
        '| 微调 | 改权重 |',
        '',
        '### 2. 什么是 MoE？',
        '',
        '混合专家。',
        '',
      ].join('\n'),
      'x.txt',
    );
    const mdx = [...out.files.values()].join('\n');
    expect(mdx).toContain('| RAG | 先检索 再生成 |');
    expect(mdx).not.toMatch(/<br>|<b>/u);
    expect(squash(renderedText(await render(out)))).toContain('先检索 再生成');
  });
});

describe('HTML that is not formatting (an event handler, a script URL) stays visible text', () => {
  it('keeps such tags, and every tag of their name, word for word; benign ones of other names still go', async () => {
    const out = ingestText(
      [
        '### 1. 问题',
        '',
        `<b onmouseover="window.__pwned='x'">粗体</b> 与 <b>正常粗体</b>，<font color=red>红字</font>。`,
        '',
        `<details open ontoggle="window.__pwned='y'">`,
        '',
        '<table onclick="x()"><tr><td>a</td></tr></table>',
        '',
      ].join('\n'),
      'x.txt',
    );
    const html = await render(out);
    expect(htmlHazards(html)).toEqual([]);
    const text = squash(renderedText(html));
    expect(text).toContain(`<b onmouseover="window.__pwned='x'">粗体</b> 与 <b>正常粗体</b>，红字。`);
    expect(text).toContain(`<details open ontoggle="window.__pwned='y'">`);
    expect(text).toContain('<table onclick="x()"><tr><td>a</td></tr></table>');
  });
});

describe('pandoc grid tables (Word documents converted by pandoc)', () => {
  it('become tables; a cell’s wrapped lines are joined, without a space where Chinese runs on', async () => {
    const grid = [
      '+------------+--------------+',
      '| 指标       | 说明         |',
      '+============+==============+',
      '| 准确率     | 答对的比例， |',
      '|            | 越高越好     |',
      '+------------+--------------+',
      '| 延迟       | p99 latency  |',
      '|            | in ms        |',
      '+------------+--------------+',
    ].join('\n');
    const html = await render(ingestText(`### 1. 问题\n\n${grid}\n\n后文。\n`, 'x.txt'));
    expect(tableRows(html)).toEqual([
      ['指标', '说明'],
      ['准确率', '答对的比例，越高越好'],
      ['延迟', 'p99 latency in ms'],
    ]);
    expect(renderedText(html)).not.toContain('+---');
  });

  it('stay the text they are when the grid does not add up (a merged cell, a stray line)', async () => {
    const html = await render(ingestText('### 1. 问题\n\n+---+---+\n| 合并的格 |\n+---+---+\n', 'x.txt'));
    expect(tableRows(html)).toEqual([]);
    expect(renderedText(html)).toContain('| 合并的格 |');
  });
});

describe('CJK emphasis (**粗体：**后面)', () => {
  it('is rendered as emphasis with its text intact, not refused as a loss', async () => {
    const out = ingestText('### 1. 问题\n\n**答案：**大模型是**“大”**的模型。\n', 'x.txt');
    expect(mdxHazards(bodyOf(entryFile(out, 'x-q1')))).toEqual([]);
    const html = await render(out);
    const strong: string[] = [];
    visit(html, 'element', (node: Element) => {
      if (node.tagName === 'strong') strong.push(hastToString(node));
    });
    expect(strong).toEqual(['答案：', '“大”']);
    expect(squash(renderedText(html))).toBe('答案：大模型是“大”的模型。');
  });
});

describe('the detectors themselves', () => {
  it('would catch raw MDX', () => {
    expect(mdxHazards("import x from 'y'\n\n<b>x</b> {1 + 1}\n")).toEqual(['mdxjsEsm', 'mdxJsxTextElement', 'mdxTextExpression']);
    expect(mdxHazards('<div>\n块\n</div>\n\n{x}\n')).toEqual(['mdxJsxFlowElement', 'mdxFlowExpression']);
  });

  it('would catch raw HTML, handlers and script URLs that reached the site’s renderer unescaped', async () => {
    const html = await renderLikeTheSite(
      '---\ntitle: x\n---\n\n<script>alert(1)</script>\n\n文 <img src=x onerror=alert(1)> 与 <a href="javascript:alert(1)">链</a>\n',
    );
    expect(htmlHazards(html)).toEqual(['<script>', '<img>', '<img onError>', '<a href="javascript:alert(1)">']);
    expect(renderedUrls(html)).toContain('javascript:alert(1)');
  });
});
