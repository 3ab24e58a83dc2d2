/**
 * A Docsify FAQ page and a Zola post pasted as their sources: Docsify's heading attributes name an
 * anchor or a sidebar rule, its `?>` / `!>` paragraphs are boxes, `<kbd>` marks keys; Zola writes a
 * fence's options after its language.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './support/ingest.ts';
import { renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';

const page = [
  '# 「本草智问」常见问题',
  '',
  '?> **提问前请先搜一下：** 按 <kbd>Ctrl</kbd> + <kbd>K</kbd> 打开搜索。',
  '',
  '!> 平台的输出**不能**作为放行依据。',
  '',
  '## 基础概念 <!-- {docsify-ignore} -->',
  '',
  '### 1. 什么是大模型？ :id=what-is-llm',
  '',
  '参数很多的模型。',
  '',
  '```python,linenos,hl_lines=2',
  '# 加载',
  'model = load()',
  '```',
  '',
  '### 2. 怎么微调？ :id=finetune :class=hot',
  '',
  '?> 先备好数据。',
  '',
].join('\n');

describe('Docsify and Zola markup', () => {
  it('leaves heading attributes out of titles and section anchors; the provenance keeps them', () => {
    const out = ingestText(page, '984_docsify.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @9', '怎么微调？ @18']);
    expect(out.entries[0]!.source.heading).toBe('1. 什么是大模型？ :id=what-is-llm');
    const article = [...out.files.entries()]
      .filter(([path]) => path.startsWith('articles/'))
      .map(([, text]) => text)
      .join('\n');
    expect(article).toContain('text: 基础概念\n');
    expect(article).toContain('anchor: part-ji-chu-gai-nian\n');
    expect(article).not.toMatch(/docsify-ignore|:id=|:class=/u);
  });

  it('shows ?> and !> paragraphs as tip and warning boxes, keys as their names, Zola code in its language', async () => {
    const tree = await renderEntry(page, 'x-q2');
    expect(renderedCallouts(tree)).toEqual([expect.objectContaining({ type: 'tip', body: '先备好数据。' })]);
    const out = ingestText(page, 'x.txt');
    const intro = [...out.files.entries()]
      .filter(([path]) => path.startsWith('articles/'))
      .map(([, text]) => text)
      .join('\n');
    expect(intro).toContain('> \\[!tip]\n> **提问前请先搜一下：** 按 Ctrl + K 打开搜索。');
    expect(intro).toContain('> \\[!warning]\n> 平台的输出**不能**作为放行依据。');
    const first = renderedText(await renderEntry(page, 'x-q1'));
    expect(first).toContain('# 加载');
    const mdx = [...out.files.values()].find((text) => text.includes('id: x-q1'))!;
    expect(mdx).toContain('```python');
    expect(mdx).not.toContain('linenos');
  });
});
