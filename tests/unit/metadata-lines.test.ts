/**
 * Article metadata other tools keep outside YAML fences: Pelican's and MultiMarkdown's `Key: value`
 * lines at the top (the title names the article, the rest is not shown) and Dendron's note variables
 * (`{{fm.title}}` shows the front matter's title).
 */
import { describe, expect, it } from 'vitest';
import { withMetadataBlock } from '../../scripts/ingest/front-matter.ts';
import { withNoteVariables } from '../../scripts/ingest/note-variables.ts';
import { withoutPelicanPlaceholders } from '../../scripts/ingest/pelican-links.ts';
import { ingestText } from './support/ingest.ts';

const pelican = [
  'Title: 婚纱门店用大模型的十问',
  'Date: 2026-11-30 21:40',
  'Tags: 大模型, 修图',
  'Summary: 门店同事问得最多的问题。',
  '',
  '拾光纪是厦门的一家婚纱摄影公司。',
  '',
  '### 第一问：大模型是什么？',
  '',
  '**答：** 一个很大的神经网络。',
  '',
].join('\n');

const dendron = [
  '---',
  'id: c0ns4kk87wh899fxrgztget',
  'title: 燃刻健身 · 大模型复盘',
  'updated: 1796309220000',
  '---',
  '',
  '# {{fm.title}}',
  '',
  '## 1. 背景',
  '',
  '会员问答助手上线一年。`{{fm.title}}` 在代码里不动，{{fm.nothing}} 没有这个字段也不动。',
  '',
  '最后修改：{{fm.updated}}。',
  '',
].join('\n');

describe('Pelican / MultiMarkdown metadata lines', () => {
  it('are blanked, every line kept, and their title returned; text that only looks like one is left alone', () => {
    const { text, metadata } = withMetadataBlock(pelican);
    expect(text.split('\n')).toHaveLength(pelican.split('\n').length);
    expect(text.split('\n').slice(0, 5)).toEqual(['', '', '', '', '']);
    expect(metadata).toEqual({ title: { text: '婚纱门店用大模型的十问', line: 1 }, fields: ['date', 'tags', 'summary'], end: 4 });
    // One line is a sentence with a colon, not metadata; lines without a title are some other list.
    expect(withMetadataBlock('注意: 这是正文\n\n### 1. 问').metadata).toBeNull();
    expect(withMetadataBlock('Date: 2026-11-30\nTags: a\n\n正文').metadata).toBeNull();
    expect(withMetadataBlock('Title: 标题\nDate: 2026\n### 1. 没有空行').metadata).toBeNull();
  });

  it('name the article, are not published, and the report says so', () => {
    const out = ingestText(pelican, '980_pelican.md');
    expect(out.report.articles[0]!.title).toBe('婚纱门店用大模型的十问');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['大模型是什么？ @8']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '1: Pelican/MultiMarkdown 元数据（第 1–4 行）：Title 作文章标题，date、tags、summary 字段不发布（博客的元数据，不是文章正文）',
    );
    expect([...out.files.values()].join('\n')).not.toMatch(/Summary:|Date: 2026|Tags:/u);
    expect([...out.files.values()].join('\n')).toContain('拾光纪是厦门的一家婚纱摄影公司。');
  });
});

describe('Dendron note variables', () => {
  it('show the front matter field they name, a timestamp as its day; code and unknown fields stay', () => {
    const { text, lines } = withNoteVariables(dendron);
    const out = text.split('\n');
    expect(out).toHaveLength(dendron.split('\n').length);
    expect(out[6]).toBe('# 燃刻健身 · 大模型复盘');
    expect(out[10]).toBe(dendron.split('\n')[10]);
    expect(out[12]).toBe('最后修改：2026-12-03。');
    expect(lines).toEqual([7, 13]);
    expect(withNoteVariables('# {{fm.title}}\n').text).toBe('# {{fm.title}}\n');
  });

  it('leave no variable in the published article, and the report names their lines', () => {
    const out = ingestText(dendron, '979_dendron.md');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '7: Dendron 笔记变量 {{fm.…}}（第 7、13 行）换成 front matter 里对应字段的值，如笔记所显示',
    );
    const all = [...out.files.values()].join('\n');
    expect(all).toContain('燃刻健身 · 大模型复盘');
    expect(all).toContain('最后修改：2026-12-03。');
    // Only the variable in code and the one naming no field are left as written.
    expect(all).not.toMatch(/\{\{fm\.updated|# \{\{fm|text: "?\{\{fm/u);
    expect(all).toContain('`{{fm.title}}`');
  });
});

describe("Pelican's link placeholders", () => {
  const page = [
    '### 1. 去哪看样片？',
    '',
    '![样片]({static}/images/a.jpg) 见[《试点复盘》]({filename}/2026/pilot.md)和[标签]({tag}选片)。',
    '',
    '写法 `[x]({static}/a.png)` 在代码里不动，{static} 不在链接里也不动。',
    '',
  ].join('\n');

  it('go from links and images, the address kept; code and other text stay', () => {
    const { text, lines } = withoutPelicanPlaceholders(page);
    expect(text.split('\n')[2]).toBe('![样片](/images/a.jpg) 见[《试点复盘》](/2026/pilot.md)和[标签](tag/选片)。');
    expect(text.split('\n')[4]).toBe(page.split('\n')[4]);
    expect(lines).toEqual([3]);
    const all = [...ingestText(page, 'x.txt').files.values()].join('\n');
    expect(all).toContain('图片：样片（/images/a.jpg）');
    expect(all).not.toMatch(/\\?\{(?:filename|tag)\\?\}/u);
  });
});
