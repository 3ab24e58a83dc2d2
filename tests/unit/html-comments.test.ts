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
].join('\n');

describe('HTML comments', () => {
  it('on lines of their own are blanked, each line kept; markers, code and comments sharing a line with text stay', () => {
    const { text, comments } = withoutHtmlComments(article);
    const lines = text.split('\n');
    expect(lines).toHaveLength(article.split('\n').length);
    expect(lines[2]).toBe('');
    expect(lines.slice(7, 10)).toEqual(['', '', '']);
    expect(lines[11]).toBe('<!-- more -->');
    expect(lines[14]).toBe('<!-- 代码里的注释 -->');
    expect(lines[17]).toBe('正文里的 <!-- 行内注释 --> 照旧，<!-- 没关上的也照旧');
    expect(lines[21]).toBe('<!-- a --> 之后有字的一行照旧。');
    expect(comments).toEqual([
      { start: 3, end: 3 },
      { start: 8, end: 10 },
    ]);
    expect(withoutHtmlComments('没有注释').text).toBe('没有注释');
  });

  it('are not published, a heading commented out is no question, and the report names their lines', async () => {
    const out = ingestText(article, '983_comments.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['污渍能认出来吗？ @5', '衣物标签怎么读？ @20']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '3: HTML comments <!-- … --> (line 3, 8) not published (every Markdown viewer hides them)',
    );
    const text = renderedText(await renderEntry(article));
    expect(text).toContain('能认出常见的十几类。');
    expect(text).not.toMatch(/幻灯片|顾岚|这一题先不发/u);
  });
});
