/**
 * A Quarto (or R Markdown / pandoc) document as a course or a lab publishes it: ingested, then
 * rendered with the site's own Markdown processor, its labelled equations close where they end,
 * its callouts are callouts titled by their heading, its shortcodes and inline notes read as words,
 * and its chunks are highlighted as their language — no question swallowed, no markup shown as text.
 */
import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { blogLineWords } from '../../scripts/ingest/transforms/blog-markup.ts';
import { fenceWords } from '../../scripts/ingest/transforms/container-callouts.ts';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';
import { ingestText } from './support/ingest.ts';

const article = (body: string[]) =>
  ['# 课程答疑', '', '### 1. 什么是贝叶斯公式？ {#sec-bayes}', '', ...body, '', '### 2. 什么是先验？', '', '答。', ''].join('\n');

describe('a Quarto document', () => {
  it('closes a display equation at its labelled fence and keeps reading the questions after it', async () => {
    const text = article([
      '公式如下：',
      '',
      '$$',
      'P(A \\mid B) = \\frac{P(B \\mid A)P(A)}{P(B)}',
      '$$ {#eq-bayes}',
      '',
      '由 @eq-bayes 可知。',
    ]);
    const out = ingestText(text, 'x.txt');
    expect(out.entries.map((e) => e.title)).toEqual(['什么是贝叶斯公式？', '什么是先验？']);
    const tree = await renderEntry(text);
    expect(renderedText(tree)).not.toContain('{#eq-bayes}');
    expect(renderedText(tree)).toContain('由 @eq-bayes 可知。');
    let formulas = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'math') formulas++;
    });
    expect(formulas).toBe(1);
  });

  it('still refuses a display equation that never closes', () => {
    expect(() => ingestText(article(['$$', 'x = 1', '', '没有结束的公式。']), 'x.txt')).toThrow(/x\.txt:\d+: 公式块 \$\$ 没有闭合/u);
  });

  it('makes a callout of a fenced div, titled by its heading or its title attribute; another div only loses its fences', async () => {
    const tree = await renderEntry(
      article([
        '::: {.callout-tip collapse="true"}',
        '## 提示',
        '',
        '用配对自助法。',
        ':::',
        '',
        '::: {.callout-warning title="别混淆"}',
        '似然不是概率。',
        ':::',
        '',
        '::: {.columns}',
        '分栏里的字。',
        ':::',
      ]),
    );
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'details', type: 'tip', title: '提示', body: '用配对自助法。' },
      { tag: 'div', type: 'warning', title: '别混淆', body: '似然不是概率。' },
    ]);
    expect(renderedText(tree)).toContain('分栏里的字。');
    expect(renderedText(tree)).not.toContain(':::');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('pairs nested fenced divs of equal length by nesting: an opening fence has attributes, a closing one none', async () => {
    const text = article([
      '::: {.callout-note}',
      '外层说明。',
      '',
      '::: {.callout-tip title="内层"}',
      '内层提示。',
      ':::',
      '',
      '外层结尾。',
      ':::',
      '',
      '::: {.columns}',
      '::: {.column width="50%"}',
      '左栏的字。',
      ':::',
      '',
      '::: {.column width="50%"}',
      '::: {.callout-warning title="右栏提醒"}',
      '右栏的字。',
      ':::',
      ':::',
      ':::',
      '',
      '栏后的字。',
    ]);
    expect(ingestText(text, 'x.txt').entries.map((e) => e.title)).toEqual(['什么是贝叶斯公式？', '什么是先验？']);
    const tree = await renderEntry(text);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'note', title: '注', body: '外层说明。 内层 内层提示。 外层结尾。' },
      { tag: 'div', type: 'tip', title: '内层', body: '内层提示。' },
      { tag: 'div', type: 'warning', title: '右栏提醒', body: '右栏的字。' },
    ]);
    const words = renderedText(tree);
    for (const w of ['左栏的字。', '栏后的字。']) expect(words).toContain(w);
    expect(words).not.toContain(':::');
    expect(words).not.toContain('{.column');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('reads shortcodes, inline notes and chunk languages', async () => {
    const tree = await renderEntry(
      article([
        '参数很多^[通常指十亿以上。]。',
        '',
        '{{< pagebreak >}}',
        '',
        '{{< include _footer.qmd >}}',
        '',
        '```{r}',
        '#| echo: false',
        'mean(x)',
        '```',
      ]),
    );
    const text = renderedText(tree);
    expect(text).toContain('参数很多（注：通常指十亿以上。）。');
    expect(text).toContain('（此处引入的文件未收录：_footer.qmd）');
    expect(text).not.toMatch(/\{\{|pagebreak|\^\[/u);
    const languages: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') languages.push(String(node.properties?.dataLanguage ?? ''));
    });
    expect(languages).toEqual(['r']);
    expect(hastToString(tree)).toContain('mean(x)');
  });

  it('tells conservation what its fence and shortcode lines say', () => {
    expect(fenceWords('::: {.callout-note title="注意"}')).toBe('注意');
    expect(fenceWords('::: {.columns}')).toBe('');
    expect(blogLineWords('{{< pagebreak >}}')).toBe('');
    expect(blogLineWords('{{< figure src="a.png" caption="流程图" >}}')).toBe('图片：流程图（a.png）');
    expect(blogLineWords('{{< unknown x >}}')).toBeNull();
  });
});
