/**
 * MkDocs Material pages (`!!! note "标题"`, `??? tip`, `=== "PyTorch"`, bodies indented by four
 * spaces): ingested, then rendered with the site's own Markdown processor, an aside is a callout
 * with its words and a tab is its label above its content — never `!!!` shown as text, never prose
 * set as code.
 */
import { describe, expect, it } from 'vitest';
import { mkdocsLineWords } from '../../scripts/ingest/transforms/mkdocs-blocks.ts';
import { articleProse, ingestText } from './support/ingest.ts';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';

const answerOf = (body: string[]) =>
  renderEntry(['# 常见问题', '', '## 1. 什么是量化？ { #quantization }', '', ...body, '', '## 2. 什么是蒸馏？', '', '答。', ''].join('\n'));

const codeBlocks = (tree: Awaited<ReturnType<typeof renderEntry>>) => JSON.stringify(tree).match(/"tagName":"pre"/gu)?.length ?? 0;

describe('MkDocs asides and tabs', () => {
  it('makes an admonition a callout with its title and every paragraph of its body, not code', async () => {
    const tree = await answerOf(['!!! warning "小心显存"', '', '    第一段。', '', '    第二段。', '', '正文。']);
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'warning', title: '小心显存', body: '第一段。 第二段。' }]);
    expect(renderedText(tree)).not.toContain('!!!');
    expect(codeBlocks(tree)).toBe(0);
    expect(renderedText(tree)).toContain('正文。');
  });

  it('folds `???`, names an untitled aside in Chinese, and nests', async () => {
    const tree = await answerOf(['??? tip', '', '    外层。', '', '    !!! danger "里层"', '', '        危险！']);
    const callouts = renderedCallouts(tree);
    expect(callouts[0]).toMatchObject({ tag: 'details', type: 'tip' });
    expect(callouts[0]!.body).toContain('外层。');
    expect(callouts[1]).toEqual({ tag: 'div', type: 'danger', title: '里层', body: '危险！' });
    expect(renderedText(tree)).not.toMatch(/\?\?\?|!!!/u);
  });

  it('gives a tab its label in bold and keeps a fenced block inside it as code', async () => {
    const tree = await answerOf([
      '=== "PyTorch"',
      '',
      '    ```python',
      '    # 动态量化',
      '    q = quantize(model)',
      '    ```',
      '',
      '=== "ONNX"',
      '',
      '    用 onnxruntime。',
    ]);
    const text = renderedText(tree);
    expect(text).not.toContain('===');
    expect(text).not.toContain('```');
    expect(JSON.stringify(tree)).toMatch(/"tagName":"strong"[^\]]*"value":"PyTorch"/u);
    expect(codeBlocks(tree)).toBe(1);
    expect(text).toContain('# 动态量化');
    expect(text).toContain('用 onnxruntime。');
  });

  it('leaves an opening line without an indented body, and indented code elsewhere, as written', async () => {
    const tree = await answerOf(['!!! note', '', '正文。', '', '    plain = "indented code"']);
    expect(renderedCallouts(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('!!! note');
    expect(codeBlocks(tree)).toBe(1);
  });

  it('keeps markup inside an aside as text', async () => {
    const tree = await answerOf(['!!! danger "<img src=x onerror=alert(1)>"', '', '    <script>alert(1)</script>']);
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('<script>alert(1)</script>');
  });

  it('conserves an aside before the first question whose body holds a link, on the article page', () => {
    const out = ingestText(
      [
        '# 常见问题',
        '',
        '!!! info "阅读说明"',
        '',
        '    问题按类别分组，发现错误欢迎提 [Issue](https://example.com/issues)。',
        '',
        '## 1. 什么是量化？',
        '',
        '答。',
        '',
        '## 2. 什么是蒸馏？',
        '',
        '答。',
      ].join('\n'),
      'faq.md',
    );
    const prose = articleProse(out, 'faq')
      .map((p) => p.body)
      .join('\n');
    expect(prose).toContain('[!info] 阅读说明');
    expect(prose).toContain('问题按类别分组');
    expect(prose).not.toContain('!!!');
  });

  it('tells conservation what an opening line says: its title, or nothing', () => {
    expect(mkdocsLineWords('!!! note')).toBe('');
    expect(mkdocsLineWords('??? tip "展开看指标"')).toBe('展开看指标');
    expect(mkdocsLineWords('???+ example "例子"')).toBe('例子');
    expect(mkdocsLineWords('=== "PyTorch"')).toBe('PyTorch');
    expect(mkdocsLineWords('!!! 太棒了')).toBeNull();
    expect(mkdocsLineWords('a === "b"')).toBeNull();
  });
});
