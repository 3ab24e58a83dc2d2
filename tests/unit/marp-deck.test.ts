/**
 * A Marp slide deck pasted as its source: directives style slides and say nothing, the speaker's
 * notes are the writer's words, image keywords are layout, and the title slide names the deck even
 * though a closing slide is as high.
 */
import { describe, expect, it } from 'vitest';
import { withMarpDeck } from '../../scripts/ingest/marp-deck.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const deck = [
  '---',
  'marp: true',
  'paginate: true',
  '---',
  '',
  '<!-- _class: lead -->',
  '<!-- _paginate: skip -->',
  '',
  '# 车间里的大模型：考核题 2 道',
  '',
  '---',
  '',
  '### 1. 什么是大模型？',
  '',
  '![bg right:30% 流程图](img/flow.png)',
  '',
  '**答：** 参数很多的模型。',
  '',
  '<!-- 开场先问一句谁用过。 -->',
  '',
  '---',
  '',
  '### 2. 怎么量化？',
  '',
  '<!--',
  '讲者备注：这题拆成两页。',
  '第二行。',
  '-->',
  '',
  '```html',
  '<!-- _class: lead -->',
  '```',
  '',
  '---',
  '',
  '<!-- _class: lead -->',
  '',
  '# 谢谢！',
  '',
].join('\n');

describe('Marp slide decks', () => {
  it('blank directives, quote the speaker notes, drop image keywords; lines and code stay', () => {
    const { text, directives, notes, images } = withMarpDeck(deck);
    const lines = text.split('\n');
    expect(lines).toHaveLength(deck.split('\n').length);
    expect(directives).toEqual([6, 7, 36]);
    expect(notes).toEqual([19, 25]);
    expect(images).toEqual([15]);
    expect(lines[5]).toBe('');
    expect(lines[14]).toBe('![流程图](img/flow.png)');
    expect(lines[18]).toBe('> **讲者备注：** 开场先问一句谁用过。');
    expect(lines.slice(24, 28)).toEqual(['>', '> 讲者备注：这题拆成两页。', '> 第二行。', '>']);
    expect(lines[30]).toBe('<!-- _class: lead -->');
  });

  it('leave a page that is not a Marp deck as written', () => {
    const page = deck.replace('marp: true', 'title: 笔记');
    expect(withMarpDeck(page).text).toBe(page);
  });

  it('are ingested under the title slide, each question at its line, notes shown as quotes', async () => {
    const out = ingestText(deck, '981_deck.md');
    expect(out.report.articles[0]?.title).toBe('车间里的大模型：考核题 2 道');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @13', '怎么量化？ @23']);
    const text = renderedText(await renderEntry(deck));
    expect(text).toContain('讲者备注： 开场先问一句谁用过。');
    expect(text).not.toMatch(/<!--|_class|bg right/u);
    // The image is named with its file, 「图片：流程图（img/flow.png）」, which glosses no term.
    expect(text).toContain('图片：流程图（img/flow.png）');
    const glossary = JSON.parse(out.files.get('glossary.json')!) as { en: string }[];
    expect(glossary.map((t) => t.en)).not.toContain('img/flow.png');
  });
});
