/**
 * Fenced asides as Yuque, VitePress and Docusaurus (`:::info` … `:::`), Hexo (`{% note %}`) and
 * Notion (`<aside>`) export them: ingested, then rendered with the site's own Markdown processor, they
 * are callouts with their words, never fences shown as text, never markup from the text.
 */
import { describe, expect, it } from 'vitest';
import { fenceWords } from '../../scripts/ingest/transforms/container-callouts.ts';
import { ingestText } from './support/ingest.ts';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';

const answerOf = (body: string[]) =>
  renderEntry(['# 笔记', '', '### 1. 什么是 DPO？', '', ...body, '', '### 2. 什么是 PPO？', '', '答。', ''].join('\n'));

describe('fenced asides', () => {
  it('makes a Yuque or VitePress container a callout named in Chinese, its line breaks kept', async () => {
    const tree = await answerOf([':::info', '本文档由算法组维护。<br />最后更新：2025-03-01', ':::', '', '正文。']);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'info', title: '说明', body: '本文档由算法组维护。 最后更新：2025-03-01' },
    ]);
    expect(renderedText(tree)).not.toContain(':::');
    expect(renderedText(tree)).toContain('正文。');
  });

  it('closes a container right under a table, where GFM reads the fence as a last row', async () => {
    const body = ['::: details 各模型对比', '| 模型 | 参数量 |', '| --- | --- |', '| 甲 | 7B |', ':::', '', '正文。'];
    const article = ['# 笔记', '', '### 1. 什么是 DPO？', '', ...body, '', '### 2. 什么是 PPO？', '', '答。', ''].join('\n');
    expect(ingestText(article, 'x.txt').entries.map((e) => e.title)).toEqual(['什么是 DPO？', '什么是 PPO？']);
    const tree = await answerOf(body);
    expect(renderedCallouts(tree)).toEqual([{ tag: 'details', type: 'note', title: '各模型对比', body: '模型 参数量 甲 7B' }]);
    expect(renderedText(tree)).not.toContain(':::');
    // What follows the container is the answer's, and the next question is still a question.
    expect(renderedText(tree)).toContain('正文。');
  });

  it('keeps a title and several blocks, closed after a list, and folds `::: details`', async () => {
    const tree = await answerOf([
      ':::warning 小心显存',
      '第一段。',
      '',
      '- 列表一',
      '- 列表二',
      ':::',
      '',
      '::: details 点我展开',
      '```python',
      'x = 1',
      '```',
      ':::',
    ]);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'warning', title: '小心显存', body: '第一段。 列表一 列表二' },
      { tag: 'details', type: 'note', title: '点我展开', body: 'x = 1' },
    ]);
    expect(renderedText(tree)).not.toContain(':::');
  });

  it("reads Docusaurus 3's title in brackets (`:::tip[标题]`)", async () => {
    const tree = await answerOf([':::tip[显存不够时]', '先开梯度检查点。', ':::', '', ':::danger[别这样做] 真的', '直接删检查点。', ':::']);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'tip', title: '显存不够时', body: '先开梯度检查点。' },
      { tag: 'div', type: 'danger', title: '别这样做 真的', body: '直接删检查点。' },
    ]);
    expect(renderedText(tree)).not.toMatch(/:::|\[显存/u);
    expect(fenceWords(':::tip[显存不够时]')).toBe('显存不够时');
  });

  it("reads Hexo's note tag and Notion's <aside>", async () => {
    const tree = await answerOf(['{% note danger %}', '危险！', '{% endnote %}', '', '<aside>', '💡 读书会的问题。', '', '</aside>']);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'danger', title: '危险', body: '危险！' },
      { tag: 'div', type: 'note', title: '注', body: '💡 读书会的问题。' },
    ]);
    expect(renderedText(tree)).not.toMatch(/endnote|aside/u);
  });

  it("reads Discourse's [details] and [quote] BBCode, a quote titled by who wrote it", async () => {
    const tree = await answerOf([
      '[details="展开：使用量"]',
      '| 功能 | 次数 |',
      '| --- | --- |',
      '| 脚本 | 4,812 |',
      '[/details]',
      '',
      '上面是统计。',
      '[quote="wanglu_obs, post:37, topic:1284"]',
      '我们组用软标签。',
      '[/quote]',
      '',
      '[details=目录 open]',
      '- 基础：1–3',
      '[/details]',
    ]);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'details', type: 'note', title: '展开：使用量', body: '功能 次数 脚本 4,812' },
      { tag: 'div', type: 'quote', title: 'wanglu_obs', body: '我们组用软标签。' },
      { tag: 'div', type: 'note', title: '目录', body: '基础：1–3' },
    ]);
    expect(renderedText(tree)).toContain('上面是统计。');
    expect(renderedText(tree)).not.toMatch(/\[\/?(?:details|quote)|post:37/u);
    expect(fenceWords('[/quote]')).toBe('');
    expect(fenceWords('[quote="wanglu_obs, post:37, topic:1284"]')).toBe('wanglu_obs');
    expect(fenceWords('[details]')).toBe('');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it("reads Hugo themes' aside shortcodes, with < or %, and drops a comment widget", async () => {
    const tree = await answerOf([
      '{{% notice info "写在前面" %}}',
      '本页由兽医组维护。',
      '{{% /notice %}}',
      '',
      '{{< admonition type="warning" title="小心" >}}',
      '别直接给剂量。',
      '{{< /admonition >}}',
      '',
      '{{< details summary="展开：书面规定" >}}',
      '只做参考。',
      '{{< /details >}}',
      '',
      '{{< comments >}}',
    ]);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'info', title: '写在前面', body: '本页由兽医组维护。' },
      { tag: 'div', type: 'warning', title: '小心', body: '别直接给剂量。' },
      { tag: 'details', type: 'note', title: '展开：书面规定', body: '只做参考。' },
    ]);
    expect(renderedText(tree)).not.toMatch(/\{\{|notice|comments/u);
    expect(fenceWords('{{< hint danger >}}')).toBe('');
    expect(fenceWords('{{% /notice %}}')).toBe('');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('reads a fence written with no blank line around it, and containers nested at the same length', async () => {
    const tree = await answerOf([
      '先说结论。',
      '::: tip 外层',
      '外层的话。',
      '::: warning 内层',
      '内层的话。',
      ':::',
      '外层结尾。',
      ':::',
      '收尾的话。',
    ]);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'tip', title: '外层', body: '外层的话。 内层 内层的话。 外层结尾。' },
      { tag: 'div', type: 'warning', title: '内层', body: '内层的话。' },
    ]);
    for (const words of ['先说结论。', '收尾的话。']) expect(renderedText(tree)).toContain(words);
    expect(renderedText(tree)).not.toContain(':::');
  });

  it('leaves an inner fence that never closes as text, and still closes the outer one', async () => {
    const tree = await answerOf([':::tip', '外层。', '', ':::::warning 不闭合的内层', '内层。', '', ':::', '', '之后。']);
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'tip', title: '提示', body: '外层。 :::::warning 不闭合的内层 内层。' }]);
    expect(renderedText(tree)).toContain('之后。');
  });

  it('leaves a fence that never closes, and one inside code, as written', async () => {
    const tree = await answerOf(['```', ':::info', '代码里的围栏', ':::', '```', '', ':::tip', '没有关闭。']);
    expect(renderedCallouts(tree)).toEqual([]);
    expect(renderedText(tree)).toContain(':::info');
    expect(renderedText(tree)).toContain(':::tip');
  });

  it('keeps markup inside an aside as text', async () => {
    const tree = await answerOf([':::danger <img src=x onerror=alert(1)>', '<script>alert(1)</script>', ':::']);
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('<script>alert(1)</script>');
  });

  it('tells conservation what a fence line says: its title, or nothing', () => {
    expect(fenceWords(':::info')).toBe('');
    expect(fenceWords('::: details 点我展开')).toBe('点我展开');
    expect(fenceWords('{% note warning 标题 %}')).toBe('标题');
    expect(fenceWords('{% endnote %}')).toBe('');
    expect(fenceWords('</aside>')).toBe('');
    expect(fenceWords('比例是 3:2')).toBeNull();
  });
});
