/** The conservation check: nothing in a source may be dropped or mangled (SPEC: "Nothing in a source is dropped"). */
import { describe, expect, it } from 'vitest';
import { assertConserved, generatedText, sourceUnits } from '../../scripts/ingest/conserve.ts';
import { catchIngestError, ingestText, projectOverrides } from './support/ingest.ts';

const SOURCE = [
  '### 1. 第一问', //           1
  '', //                        2
  '第一段。', //                3
  '', //                        4
  '第二段：集合 {1, 2, 3}。', // 5
  '', //                        6
  '```python', //               7
  'x = 1', //                   8
  '# 注释', //                  9
  '```', //                     10
  '', //                        11
  '### 2. 第二问', //           12
  '', //                        13
  '| 列 | 值 |', //             14
  '| --- | --- |', //           15
  '| 甲 | 壹贰叁 |', //         16
  '', //                        17
  '点击 [x](javascript:alert(1)) 试试。', // 18
  '',
].join('\n');

/** What a faithful ingestion publishes for SOURCE, as MDX and plain strings. */
const faithful = {
  q1: { text: '1. 第一问' },
  q1Body: { mdx: '第一段。\n\n第二段：集合 \\{1, 2, 3}。\n\n```python\nx = 1\n# 注释\n```\n' },
  q2: { text: '2. 第二问' },
  q2Body: { mdx: '| 列 | 值 |\n| --- | --- |\n| 甲 | 壹贰叁 |\n\n点击 x (javascript:alert(1)) 试试。\n' },
};

describe('assertConserved', () => {
  it('accepts a faithful rendering', () => {
    const generated = generatedText([faithful.q1, faithful.q1Body, faithful.q2, faithful.q2Body]);
    expect(() => assertConserved('a.txt', SOURCE, generated)).not.toThrow();
  });

  it('a missing paragraph fails with the file and the paragraph’s line', () => {
    const generated = generatedText([
      faithful.q1,
      { mdx: '第二段：集合 \\{1, 2, 3}。\n\n```python\nx = 1\n# 注释\n```\n' },
      faithful.q2,
      faithful.q2Body,
    ]);
    const error = catchIngestError(() => assertConserved('a.txt', SOURCE, generated));
    expect(error.file).toBe('a.txt');
    expect(error.line).toBe(3);
    expect(error.message).toBe('a.txt:3: 摄取时丢失了文字：「第一段。」');
  });

  it('an escaping bug ({1, 2, 3} read as an MDX expression) fails at the line of that paragraph', () => {
    const unescaped = { mdx: '第一段。\n\n第二段：集合 {1, 2, 3}。\n\n```python\nx = 1\n# 注释\n```\n' };
    const error = catchIngestError(() =>
      assertConserved('a.txt', SOURCE, generatedText([faithful.q1, unescaped, faithful.q2, faithful.q2Body])),
    );
    expect(error.line).toBe(5);
    expect(error.message).toContain('第二段：集合{1,2,3}。');
  });

  it('a lost line of code fails at that line', () => {
    const noComment = { mdx: '第一段。\n\n第二段：集合 \\{1, 2, 3}。\n\n```python\nx = 1\n```\n' };
    const error = catchIngestError(() =>
      assertConserved('a.txt', SOURCE, generatedText([faithful.q1, noComment, faithful.q2, faithful.q2Body])),
    );
    expect(error.line).toBe(9);
    expect(error.message).toContain('#注释');
  });

  it('a lost table cell fails at its row', () => {
    const noCell = { mdx: '| 列 | 值 |\n| --- | --- |\n| 甲 |  |\n\n点击 x (javascript:alert(1)) 试试。\n' };
    const error = catchIngestError(() =>
      assertConserved('a.txt', SOURCE, generatedText([faithful.q1, faithful.q1Body, faithful.q2, noCell])),
    );
    expect(error.line).toBe(16);
    expect(error.message).toContain('「壹贰叁」');
  });

  it('a lost heading fails at the heading’s line', () => {
    const error = catchIngestError(() => assertConserved('a.txt', SOURCE, generatedText([faithful.q1, faithful.q1Body, faithful.q2Body])));
    expect(error.line).toBe(12);
  });

  it('a link’s target counts too: dropping the URL of a neutralised link is a loss', () => {
    const noUrl = { mdx: '| 列 | 值 |\n| --- | --- |\n| 甲 | 壹贰叁 |\n\n点击 x 试试。\n' };
    const error = catchIngestError(() =>
      assertConserved('a.txt', SOURCE, generatedText([faithful.q1, faithful.q1Body, faithful.q2, noUrl])),
    );
    expect(error.line).toBe(18);
    expect(error.message).toContain('javascript:alert(1)');
  });

  it('a line published under another form is accepted only when declared as renamed', () => {
    const source = ' ####### 标题 #######\n\n### 1. 问\n\n答。\n';
    const generated = generatedText([{ text: '标题' }, { text: '1. 问' }, { mdx: '答。\n' }]);
    expect(catchIngestError(() => assertConserved('t.txt', source, generated)).line).toBe(1);
    expect(() => assertConserved('t.txt', source, generated, new Map([[1, '标题']]))).not.toThrow();
  });
});

describe('sourceUnits', () => {
  it('reads tags as text and CJK emphasis like ingestion does, so neither looks like a loss', () => {
    const units = sourceUnits('<pre>\n# 不是 HTML 块\n</pre>\n\n**粗体：**后面的字。\n').map((u) => [u.text, u.line]);
    expect(units).toEqual([
      ['<pre>', 1],
      ['不是HTML块', 2],
      ['</pre>', 3],
      ['粗体：后面的字。', 5],
    ]);
  });

  it('reads dollar signs around tags and prose as text, as ingestion does (an Observable page’s ${…})', () => {
    // Read as a formula, the first line's </span> was the formula's text while its <span> was a
    // tag: the span pair no longer matched what ingestion publishes, and ingestion stopped.
    const page = [
      '### 1. 看板',
      '',
      '<div class="card"><h2>在修</h2><span class="big">${projects.length}</span></div>',
      '<div class="card"><h2>页数</h2><span class="big">${d3.sum(pages, (d) => d.pages)}</span></div>',
      '',
    ].join('\n');
    const out = ingestText(page, 'observable.txt', { overrides: projectOverrides() });
    expect(out.entries).toHaveLength(1);
    const body = [...out.files].find(([path]) => path.endsWith('.mdx'))?.[1] ?? '';
    expect(body).toContain('projects.length');
    expect(body).toContain('d3.sum(pages');
  });
});
