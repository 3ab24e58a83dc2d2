/**
 * Blocks of HTML pasted from web pages (`<p>`, `<section style>`, `<ul><li>`, `<blockquote>`,
 * `<pre><code>`): ingested and rendered with the site's own Markdown processor, they read as the
 * paragraphs, lists, quotes and code they stand for; an image or link goes the way every other does;
 * a block with a script, an unknown element or an event handler stays visible text.
 */
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { htmlBlockUnits, readHtmlBlock } from '../../scripts/ingest/transforms/html-blocks.ts';
import { htmlHazards, renderedText, renderedUrls, renderEntry } from './support/mdx.ts';

const answerOf = (body: string[]) =>
  renderEntry(['# 转载', '', '### 1. 什么是大模型？', '', ...body, '', '### 2. 其他？', '', '答。', ''].join('\n'));

const tags = (tree: HastRoot) => {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node.tagName);
  });
  return found;
};

describe('HTML blocks', () => {
  it('reads pasted paragraphs, lists, quotes and code as what they are, with no tag shown', async () => {
    const tree = await answerOf([
      '<p>大模型是一种参数量很大的模型。</p>',
      '',
      '<section style="color:red">第二段<strong>重点</strong>。</section>',
      '',
      '<ul><li>第一点</li><li>第二点</li></ul>',
      '',
      '<blockquote>引用的话</blockquote>',
      '',
      '<pre><code>x = 1',
      'y = 2</code></pre>',
    ]);
    // (Code is highlighted in <span>s.)
    expect(tags(tree).filter((t) => t !== 'span')).toEqual(['p', 'p', 'strong', 'ul', 'li', 'li', 'blockquote', 'p', 'pre', 'code']);
    expect(renderedText(tree)).not.toMatch(/<\/?(?:p|section|ul|li|blockquote|pre|code)\b/u);
    expect(renderedText(tree)).toContain('x = 1\ny = 2');
    expect(htmlHazards(tree)).toEqual([]);
  });

  it('sends its images and links the way of every other: linked, or named when beside the article', async () => {
    const tree = await answerOf([
      '<p style="text-align:center"><img src="https://a.com/x.png" alt="示意图"></p>',
      '',
      '<p><img src="pic/a%20b.png"> 见 <a href="https://b.com/doc">文档</a></p>',
    ]);
    expect(renderedUrls(tree)).toEqual(['https://a.com/x.png', 'https://b.com/doc']);
    expect(renderedText(tree)).toContain('图片：示意图');
    expect(renderedText(tree)).toContain('图片（pic/a b.png）');
    expect(tags(tree)).not.toContain('img');
  });

  it('leaves a block with a handler, a script or an element it does not know as visible text', async () => {
    const tree = await answerOf([
      '<p onclick="alert(1)">坏的</p>',
      '',
      '<div><script>alert(1)</script></div>',
      '',
      '<div><iframe src="https://x.com"></iframe></div>',
    ]);
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('<p onclick="alert(1)">坏的</p>');
    expect(renderedText(tree)).toContain('<script>alert(1)</script>');
    expect(renderedText(tree)).toContain('<iframe src="https://x.com"></iframe>');
  });

  it('keeps a script address written with character references from becoming a link or an image', async () => {
    const tree = await answerOf(['<p><a href="jav&#x61;script:alert(1)">点我</a> 和 <img src="&#x6A;avascript:alert(2)" alt="图"></p>']);
    expect(htmlHazards(tree)).toEqual([]);
    expect(renderedUrls(tree)).toEqual([]);
    expect(renderedText(tree)).toContain('点我 (javascript:alert(1))');
  });

  it('gives conservation the words, link addresses and image names of a block', () => {
    const tree = readHtmlBlock('<p>甲<b>乙</b><a href="https://c.com">丙</a><img alt="丁" src="e.png"><br>戊</p>')!;
    expect(htmlBlockUnits(tree).filter((u) => u !== '')).toEqual(['甲乙', '丙', 'https://c.com', '丁', 'e.png', '戊']);
    expect(readHtmlBlock('<p>甲</p> 乙')).toBeNull();
    expect(readHtmlBlock('<span>甲</span>')).toBeNull();
  });
});
