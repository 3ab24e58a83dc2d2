/**
 * Callouts as GitHub and Obsidian write them (`> [!NOTE]`, `> [!warning]- 标题`), ingested and then
 * rendered with the site's own Markdown processor (src/lib/markdown/callouts.ts): an aside with a
 * Chinese title, never the marker as text, never markup from the text.
 */
import { describe, expect, it } from 'vitest';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';

const answerOf = (body: string[]) => renderEntry(['# 笔记', '', '### 1. 什么是 DPO？', '', ...body, ''].join('\n'));

describe('callouts', () => {
  it('names a GitHub alert without a title in Chinese and keeps its text', async () => {
    const tree = await answerOf(['正文。', '', '> [!WARNING]', '> DPO 对参考模型很敏感。']);
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'warning', title: '注意', body: 'DPO 对参考模型很敏感。' }]);
    expect(renderedText(tree)).not.toContain('[!');
  });

  it("keeps the writer's own title, and a folded Obsidian callout opens on click (<details>)", async () => {
    const tree = await answerOf([
      '> [!tip] 记忆口诀',
      '> 先 SFT 后 DPO。',
      '',
      '> [!quote]- 参考',
      '> Rafailov 2023',
      '',
      '> [!Example]+',
      '> 例子',
    ]);
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'tip', title: '记忆口诀', body: '先 SFT 后 DPO。' },
      { tag: 'details', type: 'quote', title: '参考', body: 'Rafailov 2023' },
      { tag: 'details', type: 'example', title: '示例', body: '例子' },
    ]);
  });

  it('leaves an ordinary quotation a quotation', async () => {
    const tree = await answerOf(['> 大模型是基础设施。', '', '> [不是标记] 也只是引用。']);
    expect(renderedCallouts(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('[不是标记] 也只是引用。');
  });

  it('keeps markup in a title as text', async () => {
    const tree = await answerOf(['> [!danger] <img src=x onerror=alert(1)> 标题', '> 正文']);
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedCallouts(tree)[0]!.title).toContain('<img src=x onerror=alert(1)>');
  });
});
