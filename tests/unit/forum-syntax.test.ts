/**
 * A forum post pasted raw (Discourse, GitHub, HackMD) writes dates and emoji as tags the forum shows
 * otherwise: the reader sees the date and the emoji, every line stays where it was, code keeps them.
 */
import { describe, expect, it } from 'vitest';
import { withForumSyntax } from '../../scripts/ingest/forum-syntax.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const post = [
  '「观澜」常见问题',
  '',
  'syj_data　管理员　[date=2026-03-02 time=10:15:00 timezone="Asia/Shanghai"]',
  '',
  '### 1. 什么是嵌入向量？',
  '',
  ':pushpin: **这是一个 Wiki 帖**。注意:warning: 别把 `:bulb:` 当成表情。',
  '',
  '```bash',
  'echo ":rocket: 10:15:00"',
  '```',
  '',
  '### 2. 活动什么时候？',
  '',
  '[date-range from=2026-01-01T10:00:00 to=2026-01-02] 比例 1:1:2，a:b:c，:not_an_emoji_name: :+1:',
  '',
].join('\n');

describe('forum dates and emoji shortcodes', () => {
  it('read as the forum shows them, code left alone, each line where it was', () => {
    const { text, dates, emoji } = withForumSyntax(post);
    expect(text.split('\n')).toHaveLength(post.split('\n').length);
    expect(text).toContain('syj_data　管理员　2026-03-02 10:15\n');
    expect(text).toContain('📌 **这是一个 Wiki 帖**。注意⚠️ 别把 `:bulb:` 当成表情。');
    expect(text).toContain('echo ":rocket: 10:15:00"');
    expect(text).toContain('2026-01-01 10:00 – 2026-01-02 比例 1:1:2，a:b:c，:not_an_emoji_name: 👍');
    expect(dates).toEqual([3, 15]);
    expect(emoji).toEqual([7, 15]);
    expect(withForumSyntax('没有标签 12:30:45').text).toBe('没有标签 12:30:45');
  });

  it('are published so, and named in the report', async () => {
    const out = ingestText(post, '980_forum.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是嵌入向量？ @5', '活动什么时候？ @13']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        '3: Discourse 日期标签 [date=…]（第 3、15 行）按论坛显示的样子读作日期和时间',
        '7: 表情短码（如 :bulb:，第 7、15 行）显示为对应的表情',
      ]),
    );
    const text = renderedText(await renderEntry(post));
    expect(text).toContain('📌');
    expect(text).not.toContain(':pushpin:');
  });
});

describe('a forum thread copied whole', () => {
  it('is titled by its first line when the breadcrumb of where it was posted follows it; both lines stay text', () => {
    const thread = [
      '「观澜」科研助手 · 常见问题（持续更新）',
      '数据与计算中心 › 公告与 FAQ　faq　置顶',
      '',
      ...post.split('\n').slice(2),
    ].join('\n');
    const out = ingestText(thread, '982_thread.md');
    expect(out.report.articles[0]?.title).toBe('「观澜」科研助手 · 常见问题（持续更新）');
    const prose = [...out.files]
      .filter(([path]) => path.startsWith('articles/'))
      .map(([, text]) => text)
      .join('\n');
    expect(prose).toContain('数据与计算中心 › 公告与 FAQ');
    expect(prose).toContain('「观澜」科研助手');
    // A first paragraph of two lines of prose names nothing.
    const prosey = ['我们整理了常见问题', '欢迎补充。', '', ...post.split('\n').slice(2)].join('\n');
    expect(ingestText(prosey, '982_thread.md').report.articles[0]?.title).toBe('982_thread');
  });
});

describe("HackMD's signature tags", () => {
  const note = [
    '# 雪场大模型上岗答疑',
    '',
    '### 1. 缆车排队能估吗？',
    '',
    '能估，误差在三分钟内。',
    '',
    '> 第二版：合并了巡逻队补充的第 17 题。',
    '> [name=周岚] [time=Thu, Oct 29, 2026 9:40 PM] [color=#1565c0]',
    '',
    '写法 `[name=x]` 在代码里不动，[name=链接](https://example.com) 是链接。',
    '',
  ].join('\n');

  it('read as the name and time the note shows, the colour gone, code and links left alone, each line where it was', () => {
    const { text, signatures } = withForumSyntax(note);
    expect(text.split('\n')).toHaveLength(note.split('\n').length);
    expect(text.split('\n')[7]).toBe('> 周岚 Thu, Oct 29, 2026 9:40 PM ');
    expect(text).toContain('写法 `[name=x]` 在代码里不动，[name=链接](https://example.com) 是链接。');
    expect(signatures).toEqual([8]);
  });

  it('are published so, and named in the report', async () => {
    const out = ingestText(note, '981_hackmd.md');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '8: HackMD 签名标签 [name=…] [time=…] [color=…] 按笔记显示的样子读作姓名和时间',
    );
    const text = renderedText(await renderEntry(note));
    expect(text).toContain('周岚 Thu, Oct 29, 2026 9:40 PM');
    expect(text).not.toMatch(/\[name=周岚\]|\[color=/u);
    expect(text).toContain('写法 [name=x] 在代码里不动');
  });
});
