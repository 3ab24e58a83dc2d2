/** Obsidian's %% comments, the writer's notes to self, are not published (scripts/ingest/obsidian-comments.ts). */
import { describe, expect, it } from 'vitest';
import { withoutBlockIds, withoutObsidianComments } from '../../scripts/ingest/obsidian-comments.ts';
import { entryBody, ingestText } from './support/ingest.ts';

describe('withoutObsidianComments', () => {
  it('blanks inline and block comments, keeping every line break, and says where they were', () => {
    const text = '正文 %%待核实%% 接着。\n%%\n## 草稿\n先不发\n%%\n末行';
    const { text: out, comments } = withoutObsidianComments(text);
    expect(out).toBe('正文  接着。\n\n\n\n\n末行');
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    expect(comments).toEqual([
      { start: 1, end: 1 },
      { start: 2, end: 5 },
    ]);
  });

  it('leaves code and an unclosed %% as written', () => {
    for (const text of ['用 `printf("%%d%%")` 输出。', '```c\nprintf("%%d %%s");\n```\n', '只有一个 %% 的行。']) {
      expect(withoutObsidianComments(text)).toEqual({ text, comments: [] });
    }
  });
});

describe('withoutBlockIds', () => {
  it('drops a block id at the end of a line or on a line of its own, keeping the line', () => {
    expect(withoutBlockIds('稀疏激活是关键。 ^a1b2c3\n\n| a | b |\n| - | - |\n^table-1\n')).toBe(
      '稀疏激活是关键。\n\n| a | b |\n| - | - |\n\n',
    );
  });

  it.each([
    ['a power written in prose', '面积是 x ^2'],
    ['code', '```\nprint(1) ^abc\n```\n'],
    ['a caret inside a line', '按 ^C 退出。'],
    ['a caret after no space', 'E=mc^2x'],
  ])('leaves alone %s', (_, text) => {
    expect(withoutBlockIds(text)).toBe(text);
  });
});

describe('ingesting an Obsidian note with comments', () => {
  it('publishes neither a comment, a heading inside a commented-out block nor a block id, and reports the comments', () => {
    const text = [
      '### 1. 什么是 MoE？ %%补一张路由的图%%',
      '',
      '混合专家模型按输入挑选少数专家计算。%%数字待核实：激活 2/8%%',
      '',
      '%%',
      '### 2. 草稿：MoE 的负载均衡',
      '',
      '还没写完。',
      '%%',
      '',
      '### 3. 什么是稠密模型？',
      '',
      '每个词都经过全部参数。 ^dense1',
      '',
    ].join('\n');
    const out = ingestText(text, 'note.md');
    expect(out.entries.map((e) => [e.title, e.source.line])).toEqual([
      ['什么是 MoE？', 1],
      ['什么是稠密模型？', 11],
    ]);
    const published = [...out.files.values()].join('\n');
    for (const hidden of ['补一张路由的图', '数字待核实', '草稿', '还没写完', '^dense1']) expect(published).not.toContain(hidden);
    expect(entryBody(out, out.entries[0]!.id)).toContain('混合专家模型按输入挑选少数专家计算。');
    expect(published).not.toContain('%%');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: Obsidian 注释 %%…%% 不发布（作者写给自己的备忘）',
      '3: Obsidian 注释 %%…%% 不发布（作者写给自己的备忘）',
      '5: Obsidian 注释 %%…%%（第 5–9 行）不发布（作者写给自己的备忘）',
    ]);
  });
});
