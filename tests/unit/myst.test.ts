/**
 * A chapter of a Jupyter Book (MyST Markdown): its directives read as the book shows them, its
 * labels, cell breaks and roles are not shown as markup, and every entry stays at its line.
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rewriteMystText } from '../../scripts/ingest/myst-syntax.ts';
import { ingestText } from './support/ingest.ts';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';

const chapter = [
  '(faq)=',
  '# 常见问题',
  '',
  '```{contents} 本页目录',
  ':local:',
  '```',
  '',
  '+++',
  '',
  '(faq-cer)=',
  '### 1. 识别准不准，看什么指标？',
  '',
  '```{admonition} 先说结论',
  ':class: warning',
  '',
  '只看 {term}`字错率 <cer>` 不够。',
  '```',
  '',
  '```{math}',
  ':label: eq-cer',
  '\\mathrm{CER} = \\frac{S + D + I}{N}',
  '```',
  '',
  '式 {eq}`eq-cer` 里的 {math}`N` 是总字数，延迟见 {ref}`faq-latency`。',
  '',
  '```{code-cell} ipython3',
  ':tags: [hide-input]',
  '# 计算字错率',
  'cer = edits / n',
  '```',
  '',
  '```{dropdown} 展开：阈值',
  '- CER < 5%',
  '```',
  '',
  '(faq-latency)=',
  '### 2. 延迟怎么压？',
  '',
  ':::{note}',
  '流式识别。`` {ref}`x` `` 在代码里不动。',
  ':::',
  '',
].join('\n');

describe('MyST Markdown (Jupyter Book)', () => {
  it('keeps every entry at its line, and no line moves', () => {
    const out = ingestText(chapter, 'x.txt');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['识别准不准，看什么指标？ @11', '延迟怎么压？ @37']);
    expect(rewriteMystText(chapter).text.split('\n')).toHaveLength(chapter.split('\n').length);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        '4: MyST 指令（第 4、13、19、26、32 行等）按书中显示的样子读取（提示框、公式、代码）',
        '1: MyST 的目标标签 (name)= 和单元格分隔 +++（第 1、8、10、36 行）不发布',
      ]),
    );
  });

  it('renders admonitions as callouts, math as formulas, code cells as code, and roles as their text', async () => {
    const tree = await renderEntry(chapter, 'x-q1');
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'warning', title: '先说结论', body: '只看 字错率 不够。' },
      { tag: 'details', type: 'note', title: '展开：阈值', body: 'CER < 5%' },
    ]);
    const text = renderedText(tree);
    expect(text).toContain('延迟见 2. 延迟怎么压？。');
    expect(text).toContain('式 （1） 里的');
    expect(text).not.toMatch(
      /\{(?:term|eq|math|ref|contents|code-cell|admonition|dropdown)\}|:class:|:label:|:tags:|\(faq[\w-]*\)=|\+\+\+/u,
    );
    const code: string[] = [];
    const math: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') code.push(String(node.properties['dataLanguage'] ?? ''));
      if (node.tagName === 'annotation') math.push((node.children[0] as { value: string }).value);
    });
    expect(code).toEqual(['python']);
    expect(math).toEqual(expect.arrayContaining(['\\mathrm{CER} = \\frac{S + D + I}{N} \\tag{1}', 'N']));
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('reads a colon-fenced directive, and leaves a role in code and a document without MyST alone', async () => {
    const tree = await renderEntry(chapter, 'x-q2');
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'note', title: '注', body: '流式识别。{ref}`x` 在代码里不动。' }]);
    const plain = '## 1. 什么是 RAG？\n\n+++\n\n(注)=\n';
    expect(rewriteMystText(plain).text).toBe(plain);
  });
});
