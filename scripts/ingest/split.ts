/**
 * Split (part of parseArticles, articles.ts): one article's mdast into entries (numbered Q&A items, sections of a long-form
 * article) and prose (everything else), in source order. Every top-level node lands in exactly
 * one part, which is what lets the conservation check prove nothing was dropped.
 */
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { IngestWarning } from './errors.ts';
import { isPhrasedAsQuestion } from './filler.ts';
import { carryFootnotes } from './footnotes.ts';
import { asFrontMatter, readFrontMatter } from './front-matter.ts';
import { decoratedTitle, hyphenatedLabel, parseHeadingLabel, plainTitle, type HeadingLabel } from './heading.ts';
import { onlyBold } from './transforms/bold-question-headings.ts';

export interface SourceHeading {
  /** Verbatim source text of the heading's content (without the `#` markers): the provenance. */
  text: string;
  /** What a reader sees of it: without inline markup, formulas kept (plainHeadingText). */
  plain: string;
  depth: number;
  line: number;
}

export interface RawEntry {
  kind: 'entry';
  heading: SourceHeading;
  index: number | string | null;
  title: string;
  /** Text of the closest enclosing heading, when the entry sits under one. */
  section: string | null;
  body: RootContent[];
  truncated: boolean;
  /** Headings below the questions' level were met in the answer: they all belong to it. */
  subheadings?: boolean;
}

export interface RawProse {
  kind: 'prose';
  heading: SourceHeading | null;
  line: number;
  body: RootContent[];
}

export type ArticlePart = RawEntry | RawProse;

export interface SplitArticle {
  title: { text: string; line: number; origin: 'front-matter' | 'decorated-line' | 'plain-line' | 'heading' } | null;
  kind: 'qa' | 'long-form';
  parts: ArticlePart[];
  warnings: IngestWarning[];
}

const lineOf = (node: RootContent): number => node.position?.start.line ?? 1;

function headingText(node: Heading, source: string): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return toString(node).trim();
  return source.slice(first, last).trim();
}

/**
 * What a heading says, as a reader sees it: its text without inline markup (「**什么是 RAG？**」,
 * 「加 `trust_remote_code` 有风险吗」), formulas kept with their dollars, and a link's or image's
 * address after its text, as prose shows a link made plain (「文档 (https://…)」): a title cannot
 * hold a link, and no text of the source may be lost. A question's title is read from this; the
 * provenance keeps the heading as written (headingText).
 */
function plainHeadingText(node: Heading): string {
  const plain = (n: PhrasingContent): string => {
    switch (n.type) {
      case 'inlineMath':
        return `$${n.value}$`;
      case 'link': {
        const text = n.children.map(plain).join('');
        // An in-page anchor (`[1. 什么是 RAG？](#rag)`, a table of contents' target) is not worth showing.
        return text === n.url || n.url.startsWith('#') ? text : `${text} (${n.url})`;
      }
      case 'image':
        return n.alt ? `${n.alt} (${n.url})` : n.url;
      case 'break':
        return ' ';
      default:
        return 'children' in n ? n.children.map(plain).join('') : toString(n);
    }
  };
  return node.children.map(plain).join('').trim();
}

/**
 * Each heading's number and title. A hyphenated number (2-1) is a section number where it counts on
 * from the sections before it under the same heading (2-1, then 2-2) and carries that heading's
 * number (2), or, under a heading without one, the same first part as the sections before it:
 * 「3-5 岁的孩子能用吗」 as the first heading under 「3 常见问题」 asks about an age.
 */
function sectionLabels(headings: readonly Heading[]): Map<Heading, HeadingLabel> {
  const labels = new Map<Heading, HeadingLabel>();
  type Above = { depth: number; index: HeadingLabel['index']; sections: number; prefix?: string };
  const above: Above[] = [{ depth: 0, index: null, sections: 0 }];
  for (const h of headings) {
    while (above.length > 1 && above.at(-1)!.depth >= h.depth) above.pop();
    const parent = above.at(-1)!;
    const text = plainHeadingText(h);
    const plain = parseHeadingLabel(text);
    const hyphenated = plain.index === null ? hyphenatedLabel(text, parent.index !== null ? String(parent.index) : parent.prefix) : null;
    const levels = String(hyphenated?.index ?? '').split('.');
    const label = hyphenated !== null && levels.at(-1) === String(parent.sections + 1) ? hyphenated : plain;
    if (label !== plain) {
      parent.sections++;
      parent.prefix = levels.slice(0, -1).join('.');
    }
    labels.set(h, label);
    above.push({ depth: h.depth, index: label.index, sections: 0 });
  }
  return labels;
}

/**
 * A line of the footer a blog or social platform prints under a post, as copied with it: when and
 * where it was posted, its counters, its copyright and link lines, the buttons' labels.
 */
const FOOTER_LINE =
  /^(?:(?:编辑|发布|发表|更新|修改)于|IP\s*属地|阅读原文|阅读(?:量)?\s*[\d.]+|(?:在看|点赞|赞同|收藏|分享|评论|喜欢|转发)\s*[\d.]+|写留言|留言|赞赏|预览时标签不可点|微信扫一扫|继续滑动看下一个|轻触阅读原文|版权声明[：:]|著作权归|原文链接[：:]|本文链接[：:]|转载请|文章知识点与官方知识档案匹配|本文收录于|责任编辑[：:]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/u;

/** A top-level paragraph every line of which is a platform footer's (FOOTER_LINE). */
function isPageFooter(node: RootContent, source: string): boolean {
  if (node.type !== 'paragraph' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return false;
  const lines = source.slice(node.position.start.offset, node.position.end.offset).split('\n');
  return lines.every((line) => line.trim().length <= 120 && FOOTER_LINE.test(line.trim()));
}

/** The file ends mid-sentence: last visible character is a letter or digit, not punctuation. */
export function endsMidSentence(source: string): boolean {
  const tail = source.trimEnd();
  if (tail.endsWith('```') || tail.endsWith('$$')) return false;
  return /[\p{L}\p{N}]$/u.test(tail);
}

/** A breadcrumb: places joined by arrows (「首页 › 公告 › FAQ」, 「社区 > 问答」). */
const BREADCRUMB = /\S\s[›»>]\s\S/u;

/** `metadata`: a title the article's metadata lines gave (front-matter.ts withMetadataBlock), read as front matter's. */
export function splitArticle(file: string, tree: Root, source: string, metadata?: { text: string; line: number }): SplitArticle {
  const warnings: IngestWarning[] = [];
  const nodes = [...tree.children];
  let cursor = 0;

  // Title: a decorated pseudo-heading line, or a lone unnumbered heading that opens the article
  // and outranks every other heading (001, 004: `### 标题` above `####` questions).
  let title: SplitArticle['title'] = null;
  const frontMatter = asFrontMatter(nodes[0]);
  if (frontMatter) {
    const front = readFrontMatter(file, frontMatter);
    warnings.push(...front.warnings);
    if (front.title) title = { ...front.title, origin: 'front-matter' };
    cursor = 1;
  } else if (metadata) title = { ...metadata, origin: 'front-matter' };
  const first = nodes[cursor];
  // A page heading that opens the article and outranks every other heading names the page; when
  // the front matter already named the article (a VitePress or Docusaurus page: `title:` and then
  // `# 常见问题`), it stays as the article's text, never a question holding all the others.
  const opensAndOutranks = (node: RootContent | undefined): node is Heading =>
    node?.type === 'heading' &&
    parseHeadingLabel(toString(node)).index === null &&
    nodes.slice(cursor + 1).every((n) => n.type !== 'heading' || n.depth > node.depth);
  // A slide deck also closes with a heading as high as its title (`# 谢谢！`, `# Q&A`): a heading
  // that comes after every numbered one and asks nothing does not make the title one section among others.
  const opensDeck = (node: RootContent | undefined): node is Heading => {
    if (node?.type !== 'heading' || parseHeadingLabel(toString(node)).index !== null) return false;
    const rest = nodes.slice(cursor + 1);
    const lastNumbered = rest.findLastIndex((n) => n.type === 'heading' && parseHeadingLabel(toString(n)).index !== null);
    return (
      lastNumbered >= 0 &&
      rest.every((n, k) => n.type !== 'heading' || n.depth > node.depth || (k > lastNumbered && !isPhrasedAsQuestion(toString(n))))
    );
  };
  let pageHeading: Heading | null = null;
  if (title) {
    if (opensAndOutranks(first) && nodes.slice(cursor + 1).some((n) => n.type === 'heading')) pageHeading = first;
  } else if (first?.type === 'paragraph') {
    const decorated = decoratedTitle(toString(first));
    // Only a line of plain text: markup (bold, links) in it says it is something else.
    const raw = source.slice(first.position?.start.offset, first.position?.end.offset);
    const plain = decorated || raw !== toString(first) ? null : plainTitle(raw);
    if (decorated) {
      title = { text: decorated, line: lineOf(first), origin: 'decorated-line' };
      cursor += 1;
    } else if (plain && nodes.length > cursor + 1) {
      title = { text: plain, line: lineOf(first), origin: 'plain-line' };
      cursor += 1;
    } else if (!decorated && raw === toString(first)) {
      // A forum thread or a web page copied whole: its title line, then the breadcrumb of where it
      // was posted (「数据与计算中心 › 公告与 FAQ」) with no blank line between. The title names the
      // article; both lines stay its text, as written.
      const [head, next] = raw.split('\n');
      const named = head !== undefined && next !== undefined ? plainTitle(head) : null;
      if (named && BREADCRUMB.test(next!) && nodes.length > cursor + 1) title = { text: named, line: lineOf(first), origin: 'plain-line' };
    }
  } else if (opensAndOutranks(first) || opensDeck(first)) {
    title = { text: headingText(first, source), line: lineOf(first), origin: 'heading' };
    cursor += 1;
  }

  const headings = nodes.slice(cursor).filter((n): n is Heading => n.type === 'heading');
  const labels = sectionLabels(headings);
  const numbered = headings.filter((h) => labels.get(h)?.index !== null);
  const kind: SplitArticle['kind'] = numbered.some((h) => typeof labels.get(h)?.index === 'string') ? 'long-form' : 'qa';
  const answerDepth = kind === 'qa' ? questionDepth(nodes.slice(cursor), labels) : null;

  // A trailing thematic break after the last heading starts an epilogue (author line, notes):
  // it belongs to the article, not to the last answer.
  const lastHeadingIndex = nodes.findLastIndex((n) => n.type === 'heading');
  let epilogueStart = nodes.length;
  for (let i = nodes.length - 1; i > Math.max(lastHeadingIndex, cursor - 1); i--) {
    if (nodes[i]?.type === 'thematicBreak') epilogueStart = i;
  }
  // So does the platform's footer a copied page ends with (「编辑于 2024-03-01・IP 属地北京」,
  // 「版权声明：…」, 「阅读 2.3万」), though no rule sets it off: it is not the last answer's text,
  // and its last line, ending on a letter, is no sign that answer was cut off.
  for (let i = Math.min(epilogueStart, nodes.length) - 1; i > lastHeadingIndex + 1 && i >= cursor; i--) {
    if (!isPageFooter(nodes[i]!, source)) break;
    epilogueStart = i;
  }

  const parts: ArticlePart[] = [];
  const stack: SourceHeading[] = [];
  let current: ArticlePart | null = null;
  const flush = () => {
    if (current) parts.push(current);
    current = null;
  };

  for (let i = cursor; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (i === epilogueStart) {
      flush();
      current = { kind: 'prose', heading: null, line: lineOf(node), body: [] };
    }
    if (node.type !== 'heading' || i > epilogueStart) {
      if (!current) current = { kind: 'prose', heading: null, line: lineOf(node), body: [] };
      current.body.push(node);
      continue;
    }
    // A heading below the questions' level inside an answer (#### 数据并行 under ### 5. 如何实现分布式
    // 训练？) is part of that answer, numbered or not — unless its number continues the questions'
    // (### 5. then #### 6.: the writer's levels were uneven, not nested). In a long-form article,
    // whose numbers nest (2. → 2.1), only an unnumbered heading below a section is part of it.
    if (current?.kind === 'entry' && node.depth > (answerDepth ?? current.heading.depth)) {
      const index = labels.get(node)!.index;
      const continues = typeof index === 'number' && typeof current.index === 'number' && index === current.index + 1;
      const inside = answerDepth !== null ? current.subheadings || !continues : index === null;
      if (inside) {
        current.subheadings = true;
        const depth = Math.min(6, 3 + node.depth - (answerDepth ?? current.heading.depth) - 1) as Heading['depth'];
        current.body.push({ ...node, depth });
        continue;
      }
    }
    flush();
    const heading: SourceHeading = {
      text: headingText(node, source),
      plain: plainHeadingText(node),
      depth: node.depth,
      line: lineOf(node),
    };
    while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
    const section = stack.at(-1)?.plain ?? null;
    stack.push(heading);

    const label = labels.get(node)!;
    const next = nodes[i + 1];
    // A question whose answer opens with a sub-heading is still a question, not a group of them.
    const isContainer = next?.type === 'heading' && next.depth > node.depth && !(label.index !== null && node.depth === answerDepth);
    // Numbered headings are the knowledge units; in an article without numbers every heading is.
    // Among numbered questions, a heading at their level that asks a question is one too, though
    // its number is missing or written in a way not recognised (「### 问：什么是 MoE？」 between
    // 「### 7. …」 and 「### 9. …」); one that only names a part (「### 小结」) is not.
    const unnumberedQuestion =
      label.index === null && answerDepth !== null && node.depth === answerDepth && isPhrasedAsQuestion(label.title);
    const isEntry =
      node !== pageHeading && !isContainer && heading.text !== '' && (label.index !== null || numbered.length === 0 || unnumberedQuestion);
    if (!isEntry) {
      if (heading.text === '') warnings.push({ file, line: heading.line, message: '空标题，保留为文章正文' });
      current = { kind: 'prose', heading, line: heading.line, body: [] };
      continue;
    }
    if (label.title === '') {
      warnings.push({
        file,
        line: heading.line,
        message: `标题「${heading.text}」只有编号、没有题目；以文章标题加编号命名`,
      });
    }
    current = { kind: 'entry', heading, index: label.index, title: label.title, section, body: [], truncated: false };
  }
  flush();

  carryFootnotes(parts);
  const lastEntry = parts.findLast((p): p is RawEntry => p.kind === 'entry');
  if (lastEntry && parts.at(-1) === lastEntry && endsMidSentence(source)) lastEntry.truncated = true;
  for (const part of parts) {
    if (part.kind === 'entry' && part.body.length === 0) {
      warnings.push({ file, line: part.heading.line, message: `「${part.heading.text}」下面没有回答正文` });
    }
    if (part.kind === 'entry') warnings.push(...boldQuestionsInAnswer(part.body, file));
  }
  return { title, kind, parts, warnings };
}

/**
 * A bold line inside an answer that is numbered and asks (「**第4问：…为什么会算错？**」) reads as a
 * question the writer meant, but an article whose questions are headings keeps it in the answer
 * above (a bold line there is usually a label: 「**解析：**」). It stays where it is, and the report
 * says so, with the fix.
 */
function boldQuestionsInAnswer(body: readonly RootContent[], file: string): IngestWarning[] {
  return body.flatMap((node) => {
    const bold = node.type === 'paragraph' ? onlyBold(node) : null;
    const text = bold ? toString(bold).trim() : '';
    if (!bold || parseHeadingLabel(text).index === null || !/[？?]$/u.test(text)) return [];
    return [
      {
        file,
        line: lineOf(node),
        message: `粗体行「${text}」像是一个带编号的问题，但本文的问题都是标题，它留在上一题的回答里；如果它是问题，请写成标题（## ${text}）`,
      },
    ];
  });
}

/**
 * The level of a Q&A article's questions: the shallowest numbered heading that does not group
 * other numbered headings (「## 一、基础」 above 「### 1. …」 only groups them). A numbered heading
 * that names a part (「## 二、常见问题」) above unnumbered questions (「### Q: 选型看哪些指标？」)
 * only groups them too: their level is the questions'.
 */
function questionDepth(nodes: readonly RootContent[], labels: ReadonlyMap<Heading, HeadingLabel>): number | null {
  const isNumbered = (node: Heading) => labels.get(node)?.index != null;
  const asks = (node: Heading) => isPhrasedAsQuestion(labels.get(node)?.title ?? '');
  const depths: number[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'heading' || !isNumbered(node)) return;
    let grouped: number | null = null;
    for (let j = i + 1; j < nodes.length; j++) {
      const later = nodes[j]!;
      if (later.type !== 'heading') continue;
      if (later.depth <= node.depth) break;
      if (isNumbered(later)) return;
      if (!asks(node) && asks(later)) grouped = Math.min(grouped ?? later.depth, later.depth);
    }
    depths.push(grouped ?? node.depth);
  });
  return depths.length > 0 ? Math.min(...depths) : null;
}
