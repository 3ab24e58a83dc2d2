/**
 * Callouts as GitHub and Obsidian write them (`> [!NOTE]`, `> [!warning]- 标题`), ingested and then
 * rendered with the site's own Markdown processor (src/lib/markdown/callouts.ts): an aside with a
 * Chinese title, never the marker as text, never markup from the text.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { entryById, entryPath, ingestText } from './support/ingest.ts';
import { htmlHazards, renderedText, renderLikeTheSite } from './support/mdx.ts';

async function answerOf(body: string[]): Promise<HastRoot> {
  const out = ingestText(['# 笔记', '', '### 1. 什么是 DPO？', '', ...body, ''].join('\n'), 'x.txt');
  return renderLikeTheSite(out.files.get(entryPath(entryById(out, 'x-q1')))!);
}

function callouts(tree: HastRoot): { tag: string; type: string; title: string; body: string }[] {
  const found: { tag: string; type: string; title: string; body: string }[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.properties['dataCallout'] === undefined) return;
    const part = (name: string) => node.children.find((c): c is Element => c.type === 'element' && c.properties[name] !== undefined);
    const title = part('dataCalloutTitle');
    const body = part('dataCalloutBody');
    found.push({
      tag: node.tagName,
      type: String(node.properties['dataCalloutType']),
      title: title ? hastToString(title).trim() : '',
      body: body ? hastToString(body).trim() : '',
    });
  });
  return found;
}

describe('callouts', () => {
  it('names a GitHub alert without a title in Chinese and keeps its text', async () => {
    const tree = await answerOf(['正文。', '', '> [!WARNING]', '> DPO 对参考模型很敏感。']);
    expect(callouts(tree)).toEqual([{ tag: 'div', type: 'warning', title: '注意', body: 'DPO 对参考模型很敏感。' }]);
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
    expect(callouts(tree)).toEqual([
      { tag: 'div', type: 'tip', title: '记忆口诀', body: '先 SFT 后 DPO。' },
      { tag: 'details', type: 'quote', title: '参考', body: 'Rafailov 2023' },
      { tag: 'details', type: 'example', title: '示例', body: '例子' },
    ]);
  });

  it('leaves an ordinary quotation a quotation', async () => {
    const tree = await answerOf(['> 大模型是基础设施。', '', '> [不是标记] 也只是引用。']);
    expect(callouts(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('[不是标记] 也只是引用。');
  });

  it('keeps markup in a title as text', async () => {
    const tree = await answerOf(['> [!danger] <img src=x onerror=alert(1)> 标题', '> 正文']);
    expect(htmlHazards(tree)).toEqual([]);
    expect(callouts(tree)[0]!.title).toContain('<img src=x onerror=alert(1)>');
  });
});
