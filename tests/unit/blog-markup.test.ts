/**
 * Lines static blog generators read as instructions (Hexo's `<!-- more -->`, `{% asset_img %}`, tab
 * sets): ingested and rendered with the site's own Markdown processor, the marker is gone, a picture is
 * named and a tab's name leads its text; lines that only mention them stay as written.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { blogLineWords } from '../../scripts/ingest/transforms/blog-markup.ts';
import { htmlHazards, renderedCallouts, renderedText, renderEntry } from './support/mdx.ts';
import { ingestText } from './support/ingest.ts';

const answerOf = (body: string[]) =>
  renderEntry(['# 博客', '', '## 0x01 AI 写的代码能直接上线吗？', '', ...body, '', '## 0x02 其他？', '', '答。', ''].join('\n'));

const paragraphs = (tree: HastRoot) => {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'p') found.push(hastToString(node).trim());
  });
  return found;
};

describe("blog generators' markup lines", () => {
  it('drops the excerpt marker, names an asset picture and gives each tab its name in bold', async () => {
    const tree = await answerOf([
      '先说结论。',
      '',
      '<!-- more -->',
      '',
      '{% asset_img review.png 代码评审流程 %}',
      '',
      '{% tabs 规范 %}',
      '<!-- tab 写法一 -->',
      '在提示里写清楚规范。',
      '<!-- endtab -->',
      '<!-- tab 写法二 -->',
      '把规范放进仓库的规则文件。',
      '<!-- endtab -->',
      '{% endtabs %}',
    ]);
    expect(paragraphs(tree)).toEqual([
      '先说结论。',
      '图片：代码评审流程（review.png）',
      '写法一',
      '在提示里写清楚规范。',
      '写法二',
      '把规范放进仓库的规则文件。',
    ]);
    const bold: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'strong') bold.push(hastToString(node));
    });
    expect(bold).toEqual(['写法一', '写法二']);
    expect(renderedText(tree)).not.toMatch(/\{%|<!--/u);
  });

  it('drops a table-of-contents marker on a line of its own, not one in a sentence', async () => {
    const tree = await answerOf(['[[toc]]', '', '先说结论。', '', '[TOC]', '', '[[_TOC_]]', '', '写 [TOC] 会生成目录。']);
    expect(paragraphs(tree)).toEqual(['先说结论。', '写 [TOC] 会生成目录。']);
  });

  it('names a file VitePress includes (`<!--@include: …-->`), which the knowledge base does not have', async () => {
    const tree = await answerOf(['先说结论。', '', '<!--@include: ../parts/feedback.md-->', '', '<!-- 注释 @include: x -->']);
    // A comment that only mentions it is a comment, hidden as any other (html-comments.ts).
    expect(paragraphs(tree)).toEqual(['先说结论。', '（此处引入的文件未收录：../parts/feedback.md）']);
  });

  it('leaves code as written; a marker inside a sentence is a comment, hidden as Hexo hides it', async () => {
    const tree = await answerOf([
      'Hexo 用 <!-- more --> 分隔摘要，用 `<!-- more -->` 写出来。',
      '',
      '```',
      '<!-- more -->',
      '{% asset_img a.png %}',
      '```',
    ]);
    expect(renderedText(tree)).toContain('Hexo 用 分隔摘要，用 <!-- more --> 写出来。');
    expect(renderedText(tree)).toContain('{% asset_img a.png %}');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('names a Hugo figure by the words of its caption, escaped quotes and markup inside it read as Hugo reads them', async () => {
    const tree = await answerOf([
      '见下图。',
      '',
      '{{< figure src="/ox-hugo/pipeline.png" caption="<span class=\\"figure-number\\">图 2：</span>评审流程 <b>示意</b>" width="600" >}}',
      '',
      '{{< figure src="b.png" title="一个 \\"引号\\" 标题" >}}',
    ]);
    expect(paragraphs(tree)).toContain('图片：图 2：评审流程 示意（/ox-hugo/pipeline.png）');
    expect(paragraphs(tree)).toContain('图片：一个 "引号" 标题（b.png）');
    expect(renderedText(tree)).not.toMatch(/figure-number|<span|\\"/u);
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('tells conservation what each line says', () => {
    expect(blogLineWords('<!--more-->')).toBe('');
    expect(blogLineWords('<!-- tab 写法一 -->')).toBe('写法一');
    expect(blogLineWords('{% asset_img review.png "代码评审流程" %}')).toBe('图片：代码评审流程（review.png）');
    expect(blogLineWords('[[toc]]')).toBe('');
    expect(blogLineWords('普通的一行')).toBeNull();
  });
});

describe('Jekyll (kramdown) attributes', () => {
  const post = [
    '# 大模型面试题整理',
    '',
    '* TOC',
    '{:toc}',
    '',
    '## 1. 什么是 RAG？',
    '{: #rag}',
    '',
    '先检索再生成。',
    '{: .note}',
    '',
    '> 量化会掉点，先在验证集上看。',
    '{: .prompt-warning }',
    '',
    '## 2. 为什么要量化？',
    '',
    '省显存，`{: .x}` 在代码里不动。',
    '',
  ];

  it('are not published: ids, classes and the table-of-contents placeholder go, the entries stay at their lines', () => {
    const out = ingestText(post.join('\n'), 'x.txt');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是 RAG？ @6', '为什么要量化？ @15']);
    const files = [...out.files.values()].join('\n');
    expect(files).not.toMatch(/\{: #rag\}|\{: \.note\}|\{:toc\}|prompt-warning|TOC/u);
    expect(files).toContain('`{: .x}` 在代码里不动');
  });

  it("make a quote under Chirpy's {: .prompt-warning } a callout of that kind", async () => {
    const tree = await renderEntry(post.join('\n'));
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'warning', title: '注意', body: '量化会掉点，先在验证集上看。' }]);
    expect(renderedText(tree)).toContain('先检索再生成。');
    expect(renderedText(tree)).not.toMatch(/\{:|prompt/u);
    expect(htmlHazards(tree)).toEqual([]);
  });
});

describe('Wiki.js classes and HackMD embed tags', () => {
  const page = [
    '# 门店 AI 助手常见问题',
    '',
    '> 本页由临床与服务部维护，每月更新一次。',
    '{.is-info}',
    '',
    '- [转诊标准](/clinic/referral)',
    '- [价目表](/price)',
    '{.links-list}',
    '',
    '### 1. 学员的视频怎么点评？',
    '',
    '教练平均每段点评从 6 分钟降到 2 分钟。',
    '',
    '{%youtube 3kJ9qv7LmXw %}',
    '',
    '> 发现疑似泄露，30 分钟内报告信息安全组。',
    '{.is-danger}',
    '',
    '### 2. 个人信息怎么保护？',
    '',
    '{%pdf https://docs.example.com/pia.pdf %}',
    '',
    '写法 `{.is-info}` 和 {.is-info} 在句子里不动。',
    '',
  ];

  it('make a quote a callout of its kind, leave classes unpublished and name an embedded video or file', async () => {
    const tree = await renderEntry(page.join('\n'));
    expect(renderedCallouts(tree)).toEqual([
      { tag: 'div', type: 'danger', title: '危险', body: '发现疑似泄露，30 分钟内报告信息安全组。' },
    ]);
    const text = renderedText(tree);
    expect(text).toContain('视频：3kJ9qv7LmXw');
    expect(text).not.toMatch(/\{%|is-danger/u);
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('keep the entries at their lines and every word; a class mentioned in a sentence or code stays', () => {
    const out = ingestText(page.join('\n'), 'x.txt');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['学员的视频怎么点评？ @10', '个人信息怎么保护？ @19']);
    const files = [...out.files.values()].join('\n');
    expect(files).toContain('附件：https://docs.example.com/pia.pdf');
    // MDX escapes the brace of the one in prose.
    expect(files).toContain('写法 `{.is-info}` 和 \\{.is-info} 在句子里不动。');
    expect(files).not.toMatch(/^\{\.(?:is-info|links-list|is-danger)\}$/mu);
    expect(blogLineWords('{.links-list}')).toBe('');
    expect(blogLineWords('{%youtube 3kJ9qv7LmXw %}')).toBe('视频：3kJ9qv7LmXw');
    expect(blogLineWords('{.is-info} 后面还有字')).toBeNull();
  });
});

describe("Wiki.js's page properties", () => {
  const properties = ['<!--', 'title: 门店 AI 助手常见问题', 'description: 声达听力', 'published: true', 'editor: markdown', '-->', ''];
  const body = ['# 常见问题', '', '### 1. 报告怎么解读？', '', '答。', ''];

  it('title the article as front matter does, the other fields reported and not published', () => {
    const out = ingestText([...properties, ...body].join('\n'), 'x.txt');
    expect(out.report.articles[0]?.title).toBe('门店 AI 助手常见问题');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['报告怎么解读？ @10']);
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        '1: Wiki.js 页面属性 <!-- title: … -->（第 1–6 行）按 front matter 读取',
        '1: front matter 的 description、published、editor 字段不发布（博客的元数据，不是文章正文）',
      ]),
    );
    expect([...out.files.values()].join('\n')).not.toMatch(/published|editor: markdown|<!--/u);
  });

  it('leave a comment at the top that is not fields, or has no title, a comment', () => {
    for (const comment of [
      ['<!--', '这里写给自己看', '-->', ''],
      ['<!--', 'published: true', '-->', ''],
    ]) {
      const out = ingestText([...comment, ...body].join('\n'), 'x.txt');
      const messages = out.report.warnings.map((w) => w.message).join('\n');
      expect(messages).not.toMatch(/Wiki\.js|front matter/u);
      // Hidden as any HTML comment is, and said so.
      expect(messages).toContain('HTML 注释 <!-- … --> 不发布');
      expect(out.report.articles[0]?.title).not.toBe('门店 AI 助手常见问题');
    }
  });
});

describe('GitBook tags', () => {
  const page = [
    '## 1. 怎么写评分提示？',
    '',
    '{% hint style="warning" %}',
    '评分模型偏爱长回答。',
    '{% endhint %}',
    '',
    '{% content-ref url="guide/judge.md" %}',
    '[judge.md](guide/judge.md)',
    '{% endcontent-ref %}',
    '',
    '{% code title="judge_prompt.md" overflow="wrap" %}',
    '```markdown',
    '# 你是质检员',
    '```',
    '{% endcode %}',
    '',
    '{% tabs %}',
    '{% tab title="内容种草" %}',
    '写笔记。',
    '{% endtab %}',
    '{% endtabs %}',
    '',
    '{% embed url="https://example.com/demo.mp4" %}',
    '',
    '## 2. 其他？',
    '',
    '答。',
    '',
  ].join('\n');

  it('render as the page shows them: a hint is a callout, a card its link, a code title leads its code, a tab its name', async () => {
    const tree = await renderEntry(page);
    expect(renderedCallouts(tree)).toEqual([{ tag: 'div', type: 'warning', title: '注意', body: '评分模型偏爱长回答。' }]);
    expect(paragraphs(tree)).toEqual([
      '评分模型偏爱长回答。',
      'judge.md (guide/judge.md)',
      'judge_prompt.md',
      '内容种草',
      '写笔记。',
      '嵌入：https://example.com/demo.mp4',
    ]);
    expect(renderedText(tree)).toContain('# 你是质检员');
    expect(renderedText(tree)).not.toMatch(/\{%|endhint|content-ref/u);
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('keep the entries at their lines and every word', () => {
    const out = ingestText(page, 'gitbook.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['怎么写评分提示？ @1', '其他？ @25']);
    expect(blogLineWords('{% tab title="内容种草" %}')).toBe('内容种草');
    expect(blogLineWords('{% code title="judge_prompt.md" %}')).toBe('judge_prompt.md');
    expect(blogLineWords('{% endcontent-ref %}')).toBe('');
  });
});
