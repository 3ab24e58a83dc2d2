import { describe, expect, it } from 'vitest';
import { titleHtml, titleParts } from '../../src/lib/markdown/title-math.ts';

describe('formulas in titles', () => {
  it('cuts a title into text and the formulas the heading held', () => {
    expect(titleParts('为什么要除以 $\\sqrt{d_k}$？')).toEqual([
      { kind: 'text', text: '为什么要除以 ' },
      { kind: 'math', tex: '\\sqrt{d_k}' },
      { kind: 'text', text: '？' },
    ]);
  });

  it('keeps the text between formulas character for character, Markdown signs included', () => {
    const parts = titleParts('*注意* $a_1$ 与 $b^2$ 的 <区别>');
    expect(parts.filter((p) => p.kind === 'math').map((p) => p.tex)).toEqual(['a_1', 'b^2']);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : `$${p.tex}$`)).join('')).toBe('*注意* $a_1$ 与 $b^2$ 的 <区别>');
  });

  it('leaves a title without a formula as plain text', () => {
    expect(titleHtml('什么是大模型？')).toBeNull();
    expect(titleHtml('`$HOME` 里放什么')).toBeNull();
  });

  it('typesets the formula as MathML, kept out of the search index, and escapes the text', () => {
    const html = titleHtml('<b>x</b> 为什么要除以 $\\sqrt{d_k}$？')!;
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; 为什么要除以 ');
    expect(html).toMatch(/<span class="katex" data-pagefind-ignore><math[^>]*>.*<msqrt>/u);
    expect(html).not.toContain('$');
    expect(html.endsWith('？')).toBe(true);
  });

  it('shows a formula KaTeX cannot read as its source instead of breaking the page', () => {
    expect(titleHtml('坏公式 $\\frac{1$ 呢')).toMatch(/\\frac\{1/u);
  });
});
