/**
 * HTML comments, which every Markdown viewer hides (a writer's note, a converter's slide number, a
 * plugin's marker, text commented out), are not published; every line stays where it was, and what
 * a blog generator, a Marp deck or code makes of a comment is left to them.
 */
import { describe, expect, it } from 'vitest';
import { withoutHtmlComments } from '../../scripts/ingest/html-comments.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const article = [
  '# 洗衣门店的大模型问答',
  '',
  '<!-- 幻灯片 6 / 41 -->',
  '',
  '### 1. 污渍能认出来吗？',
  '',
  '能认出常见的十几类。',
  '<!-- 顾岚：第 3 版计划补充',
  '### 2. 这一题先不发',
  '-->',
  '',
  '<!-- more -->',
  '',
  '```html',
  '<!-- 代码里的注释 -->',
  '```',
  '',
  '正文里的 <!-- 行内注释 --> 照旧，<!-- 没关上的也照旧',
  '',
  '### 3. 衣物标签怎么读？',
  '',
  '<!-- a --> 之后有字的一行照旧。',
  '',
  '参数量约 1,750 亿 <!-- 待核实：出处 -->，训练用了',
  '<!-- 跨行的',
  '行内注释 -->数千张卡。',
  '',
].join('\n');

describe('HTML comments', () => {
  it('are blanked on lines of their own and inside a line, each line kept; markers, code and an unclosed comment stay', () => {
    const { text, comments } = withoutHtmlComments(article);
    const lines = text.split('\n');
    expect(lines).toHaveLength(article.split('\n').length);
    expect(lines[2]).toBe('');
    expect(lines.slice(7, 10)).toEqual(['', '', '']);
    expect(lines[11]).toBe('<!-- more -->');
    expect(lines[14]).toBe('<!-- 代码里的注释 -->');
    // Inside a paragraph a comment ends where the paragraph does: the unclosed one stays, and does not
    // swallow the heading after it up to the next `-->`.
    expect(lines[17]).toBe('正文里的 照旧，<!-- 没关上的也照旧');
    expect(lines[19]).toBe('### 3. 衣物标签怎么读？');
    expect(lines[21]).toBe(' 之后有字的一行照旧。');
    expect(comments).toEqual([
      { start: 3, end: 3 },
      { start: 8, end: 10 },
      { start: 18, end: 18 },
      { start: 22, end: 22 },
      { start: 24, end: 24 },
      { start: 25, end: 26 },
    ]);
    expect(withoutHtmlComments('没有注释').text).toBe('没有注释');
  });

  it('inside a line take the spaces before them only where a space or the line end follows', () => {
    expect(withoutHtmlComments('参数量约 1,750 亿 <!-- 待核实 -->\n下一行').text).toBe('参数量约 1,750 亿\n下一行');
    expect(withoutHtmlComments('## 标题 <!-- {docsify-ignore} -->').text).toBe('## 标题');
    expect(withoutHtmlComments('word <!-- note -->next').text).toBe('word next');
    expect(withoutHtmlComments('前<!-- 注 -->后').text).toBe('前后');
  });

  it('are not published, a heading commented out is no question, and the report names their lines', async () => {
    const out = ingestText(article, '983_comments.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['污渍能认出来吗？ @5', '衣物标签怎么读？ @20']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '3: HTML 注释 <!-- … -->（第 3、8、18、22、24 行等）不发布（所有 Markdown 查看器都会隐藏它们）',
    );
    const text = renderedText(await renderEntry(article));
    expect(text).toContain('能认出常见的十几类。');
    expect(text).not.toMatch(/幻灯片|顾岚|这一题先不发|待核实|跨行的|行内注释/u);
    expect(text).toContain('没关上的也照旧');
    const second = renderedText(await renderEntry(article, 'x-q3'));
    expect(second).toContain('之后有字的一行照旧。');
    expect(second).toContain('参数量约 1,750 亿');
    expect(second).toContain('数千张卡。');
    expect(second).not.toMatch(/<!--|待核实|跨行的|行内注释/u);
  });
});
