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

/** The article pages an ingest wrote, as one text. */
const articlePages = (out: ReturnType<typeof ingestText>) =>
  [...out.files.entries()]
    .filter(([path]) => path.startsWith('articles/'))
    .map(([, text]) => text)
    .join('\n');

describe('Docsify and Zola markup', () => {
  it('leaves heading attributes out of titles and section anchors; the provenance keeps them', () => {
    const out = ingestText(page, '984_docsify.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @9', '怎么微调？ @18']);
    expect(out.entries[0]!.source.heading).toBe('1. 什么是大模型？ :id=what-is-llm');
    const article = articlePages(out);
    expect(article).toContain('text: 基础概念\n');
    expect(article).toContain('anchor: part-ji-chu-gai-nian\n');
    expect(article).not.toMatch(/docsify-ignore|:id=|:class=/u);
  });

  it('shows ?> and !> paragraphs as tip and warning boxes, keys as their names, Zola code in its language', async () => {
    const tree = await renderEntry(page, 'x-q2');
    expect(renderedCallouts(tree)).toEqual([expect.objectContaining({ type: 'tip', body: '先备好数据。' })]);
    const out = ingestText(page, 'x.txt');
    const intro = articlePages(out);
    expect(intro).toContain('> \\[!tip]\n> **提问前请先搜一下：** 按 Ctrl + K 打开搜索。');
    expect(intro).toContain('> \\[!warning]\n> 平台的输出**不能**作为放行依据。');
    const first = renderedText(await renderEntry(page, 'x-q1'));
    expect(first).toContain('# 加载');
    const mdx = [...out.files.values()].find((text) => text.includes('id: x-q1'))!;
    expect(mdx).toContain('```python');
    expect(mdx).not.toContain('linenos');
  });

  it("reads a Zola post's shortcodes as the blog shows them", async () => {
    const post = [
      '+++',
      'title = "乐团里的大模型"',
      '+++',
      '',
      '## 1. 背景介绍',
      '',
      '{% admonition(type="tip", title="阅读提示") %}',
      '先读第三节。',
      '{% end %}',
      '',
      '{{ full_width_image(src="img/hall.webp", alt="排练厅") }}',
      '',
      '{% mermaid(invertible=true) %}',
      'graph LR',
      '# 不是标题',
      'A --> B',
      '{% end %}',
      '',
      '{{ aside(text="作者简介：闻笙。") }}',
      '',
      '{{ bilibili(bvid="BV1xx", page=1) }}',
      '',
    ].join('\n');
    const tree = await renderEntry(post);
    expect(renderedCallouts(tree)).toEqual([expect.objectContaining({ type: 'tip', title: '阅读提示', body: '先读第三节。' })]);
    const text = renderedText(tree);
    expect(text).toContain('图片：排练厅（img/hall.webp）');
    expect(text).toContain('作者简介：闻笙。');
    expect(text).toContain('视频：BV1xx');
    expect(text).not.toMatch(/\{%|\{\{/u);
    // TOML front matter between +++ lines titles the post, as YAML between --- does; a +++ block that is not TOML stays text.
    const read = ingestText(post.replace('+++\n', '+++\ndate = 2026-12-02\n'), 'x.txt');
    expect(read.report.articles[0]?.title).toBe('乐团里的大模型');
    expect(read.report.warnings.map((w) => w.message)).toContain('front matter 的 date 字段不发布（博客的元数据，不是文章正文）');
    const notToml = ingestText(post.replace('title = "乐团里的大模型"', '这不是 TOML'), 'x.txt');
    expect([...notToml.files.values()].join('\n')).toContain('这不是 TOML');
    const mdx = [...ingestText(post, 'x.txt').files.values()].find((f) => f.includes('id: x-q1'))!;
    expect(mdx).toContain('```mermaid\ngraph LR\n# 不是标题\nA --> B\n```');
  });
});
