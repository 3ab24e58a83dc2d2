/** LaTeX's \( \) and \[ \] formulas, written in dollars before parsing (scripts/ingest/latex-delimiters.ts). */
import { describe, expect, it } from 'vitest';
import { withDollarMath } from '../../scripts/ingest/latex-delimiters.ts';
import { entryBody, ingestText } from './support/ingest.ts';

describe('withDollarMath', () => {
  it.each([
    ['inline', '其中 \\(d_k\\) 是维度。', '其中 $d_k$ 是维度。'],
    ['a bare variable in round brackets', '输入 \\(x\\)，输出 \\(y\\)。', '输入 $x$，输出 $y$。'],
    ['inline with a command and spaces', '写作 \\( \\frac{a}{b} \\)。', '写作 $ \\frac{a}{b} $。'],
    ['a one-line display, in double dollars', '单行 \\[ E = mc^2 \\] 也行。', '单行 $$ E = mc^2 $$ 也行。'],
    ['a one-line display on a line of its own', '上文\n\n\\[ E = mc^2 \\]\n\n下文', '上文\n\n$$ E = mc^2 $$\n\n下文'],
    [
      'a display fenced by lines of its own, the same length',
      '上文\n\n\\[\nx^2 + y^2 = 1\n\\]\n\n下文',
      '上文\n\n$$\nx^2 + y^2 = 1\n$$\n\n下文',
    ],
    ['escaped for Markdown, as ox-hugo writes them', '系数 \\\\(s\\\\) 和 \\\\[ x_q = x/s \\\\]。', '系数 $s$ 和 $$ x_q = x/s $$。'],
    ['an indented display in a list item', '- 公式：\n\n  \\[\n  a = b\n  \\]\n', '- 公式：\n\n  $$\n  a = b\n  $$\n'],
  ])('%s', (_, input, output) => {
    expect(withDollarMath(input)).toBe(output);
  });

  it.each([
    ['an escaped bracket that is no formula', '参考文献 \\[1\\] 与 \\(注\\)。'],
    ['inline code', '写成 `\\(x^2\\)` 即可。'],
    ['a code block', '```python\ns = r"\\(x^2\\)"\n```\n'],
    ['a formula already in dollars', '$\\left\\(x^2\\right\\)$'],
    ['text without either delimiter', '普通的 (括号) 和 [方括号]。'],
  ])('leaves alone %s', (_, input) => {
    expect(withDollarMath(input)).toBe(input);
  });
});

describe('ingesting an article that writes formulas with \\( \\) and \\[ \\]', () => {
  it('publishes them as formulas, headings included, every line where it was', () => {
    const text = [
      '### 1. 注意力分数怎么算？',
      '',
      '写作 \\(\\mathrm{softmax}(QK^T/\\sqrt{d_k})V\\)：',
      '',
      '\\[',
      '\\text{Attention}(Q,K,V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V',
      '\\]',
      '',
      '### 2. 为什么要除以 \\(\\sqrt{d_k}\\)？',
      '',
      '防止 softmax 饱和。',
      '',
    ].join('\n');
    const out = ingestText(text);
    expect(out.entries.map((e) => [e.title, e.source.line])).toEqual([
      ['注意力分数怎么算？', 1],
      ['为什么要除以 $\\sqrt{d_k}$？', 9],
    ]);
    const body = entryBody(out, out.entries[0]!.id);
    expect(body).toContain('$\\mathrm{softmax}(QK^T/\\sqrt{d_k})V$');
    expect(body).toContain('$$\n\\text{Attention}(Q,K,V)');
    expect(body).not.toContain('\\[');
  });

  it('displays a formula written on one line of its own, in $$ or \\[ \\]; keeps one inside a sentence in the line', () => {
    const text = [
      '### 1. 注意力分数怎么算？',
      '',
      '$$\\mathrm{softmax}(QK^T/\\sqrt{d_k})V$$',
      '',
      '\\[ e^{z_i} / \\sum_j e^{z_j} \\]',
      '',
      '句中的 $$d_k$$ 和 \\[ x^2 \\] 不单独成行。',
      '',
    ].join('\n');
    const body = entryBody(ingestText(text), 'article-q1');
    expect(body).toContain('$$\n\\mathrm{softmax}(QK^T/\\sqrt{d_k})V\n$$');
    expect(body).toContain('$$\ne^{z_i} / \\sum_j e^{z_j}\n$$');
    expect(body).toContain('句中的 $d_k$ 和 $x^2$ 不单独成行。');
  });
});
