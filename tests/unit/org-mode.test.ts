/**
 * An Org mode article (Emacs) pasted into the sources folder: `* 标题` is a headline, not a bullet;
 * `# 备注` a comment, not a heading; `*粗*`, `/斜/`, `=码=` and `[[地址][文字]]` are Org's markup. It is
 * read as Emacs shows it, each line where it stood.
 */
import { describe, expect, it } from 'vitest';
import { isOrgDocument, withOrgMode } from '../../scripts/ingest/org-mode.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const page = [
  '#+TITLE: 港口调度里的大模型：常见问题',
  '#+AUTHOR: 王工',
  '#+OPTIONS: toc:nil',
  '',
  '* 一、基础',
  '** 1. 大模型是什么？和以前的调度算法有什么不同？',
  '   大模型是参数规模很大的神经网络，用 *海量数据* 预训练，和 /传统算法/ 不同：',
  '   - 通用性强',
  '   - 需要 =GPU= 资源，见 [[https://example.com/gpu][显卡清单]]',
  '',
  '#+BEGIN_QUOTE',
  '调度员说：它能看懂调度单。',
  '#+END_QUOTE',
  '** TODO 2. 怎么微调一个港口问答模型？ :训练:',
  '   :PROPERTIES:',
  '   :ID: q2',
  '   :END:',
  '# 这里以后补数据',
  '#+begin_src python',
  '# 加载模型',
  'model = load("qwen")',
  '#+end_src',
  '',
  '#+CAPTION: 微调流程',
  '[[file:img/flow.png]]',
  '',
  '| 方法 | 显存 |',
  '|------+------|',
  '| 全量 | 80G  |',
  '| LoRA | 24G  |',
  '',
  '\\begin{equation}',
  'L = -\\sum_i y_i \\log p_i',
  '\\end{equation}',
  '',
  '- 秩 :: 低秩矩阵的维数，中文*不加粗*中文',
  '',
].join('\n');

describe('Org mode articles', () => {
  it('are told from Markdown', () => {
    expect(isOrgDocument('a.org', '随便什么')).toBe(true);
    expect(isOrgDocument('a.txt', page)).toBe(true);
    // Markdown that shows Org in a fence, and Markdown with a heading but no Org settings, stay Markdown.
    expect(isOrgDocument('a.md', '# 笔记\n\n```org\n#+TITLE: x\n* 标题\n```\n')).toBe(false);
    expect(isOrgDocument('a.md', '# 笔记\n\n* 列表项\n* 另一项\n')).toBe(false);
  });

  it('become the Markdown they mean, every line where it stood', () => {
    const { text, hidden, blocks } = withOrgMode(page);
    const lines = text.split('\n');
    expect(lines).toHaveLength(page.split('\n').length);
    expect(lines.slice(0, 9)).toEqual([
      '# 港口调度里的大模型：常见问题',
      '',
      '',
      '',
      '## 一、基础',
      '### 1. 大模型是什么？和以前的调度算法有什么不同？',
      '大模型是参数规模很大的神经网络，用 **海量数据** 预训练，和 *传统算法* 不同：',
      '- 通用性强',
      '- 需要 `GPU` 资源，见 [显卡清单](https://example.com/gpu)',
    ]);
    expect(lines.slice(10, 13)).toEqual(['', '> 调度员说：它能看懂调度单。', '']);
    // The TODO keyword and tags are Emacs' bookkeeping; the drawer and the comment are not published.
    expect(lines[13]).toBe('### 2. 怎么微调一个港口问答模型？');
    expect(lines.slice(14, 18)).toEqual(['', '', '', '']);
    // The code keeps its `# 加载模型`, which must not become a heading.
    expect(lines.slice(18, 22)).toEqual(['```python', '# 加载模型', 'model = load("qwen")', '```']);
    expect(lines.slice(23, 25)).toEqual(['', '![微调流程](img/flow.png)']);
    expect(lines[27]).toBe('|------|------|');
    expect(lines.slice(31, 34)).toEqual(['$$', 'L = -\\sum_i y_i \\log p_i', '$$']);
    expect(lines[35]).toBe('- **秩**：低秩矩阵的维数，中文\\*不加粗\\*中文');
    expect(hidden).toEqual([2, 3, 15, 16, 17, 18, 24]);
    expect(blocks).toEqual([11, 19, 32]);
  });

  it('are ingested as their questions, at their lines, with the code and formula intact', async () => {
    const out = ingestText(page, '982_port.txt');
    expect(out.report.articles[0]?.title).toBe('港口调度里的大模型：常见问题');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual([
      '大模型是什么？和以前的调度算法有什么不同？ @6',
      '怎么微调一个港口问答模型？ @14',
    ]);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message.slice(0, 12)}`)).toEqual(
      expect.arrayContaining(['11: Org mode 文件按', '2: Org 的设置行、注释、']),
    );
    const text = renderedText(await renderEntry(page, 'x-q2'));
    expect(text).toContain('# 加载模型');
    expect(text).toContain('图片：微调流程（img/flow.png）');
    expect(text).not.toMatch(/#\+|:PROPERTIES:|这里以后补数据|TODO/u);
  });

  it('that the Org parser gives up on stop with what to do', () => {
    // uniorg-parse stops at a line holding only LaTeX's `\\` inside a paragraph.
    const stuck = '#+TITLE: 笔记\n\n* 1. 什么是大模型？\n参数很多\n\\\\\n的模型。\n';
    expect(() => withOrgMode(stuck)).toThrow();
    expect(() => ingestText(stuck, '983_stuck.org')).toThrow(
      '983_stuck.org:1: 无法按 Org mode 读取（uniorg-parse 报错：no progress (tryParseObject)）；请先转换成 Markdown，例如 pandoc -f org -t gfm -o 983_stuck.md 983_stuck.org',
    );
  });

  it('leave a Markdown article as written', () => {
    const markdown = '# 标题\n\n## 1. 问题？\n\n*强调* 和 `代码`\n';
    expect(isOrgDocument('a.txt', markdown)).toBe(false);
  });
});
