/**
 * Conservation: every paragraph, heading, table cell, code line and formula line of a source
 * must reappear in what ingestion generated (after a real MDX re-parse, so an escaping bug that
 * eats `{1, 2, 3}` is caught). Units are matched in source order against the generated text.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ParsedArticle } from './articles.ts';
import { IngestError } from './errors.ts';
import { parseRaw } from './parse.ts';
import { mdxParser } from './serialize.ts';
import { blogLineWords, isKramdownToc } from './transforms/blog-markup.ts';
import { fenceWords } from './transforms/container-callouts.ts';
import { demoteProseMath } from './transforms/demote-prose-math.ts';
import { formulaOfImage } from './transforms/formula-images.ts';
import { LABELLED_CLOSE } from './transforms/labelled-equations.ts';
import { mkdocsLineWords } from './transforms/mkdocs-blocks.ts';
import { readGridTable } from './transforms/grid-tables.ts';
import { docsifyHintWords, withoutComponents, withoutTrailingTags } from './transforms/heading-tags.ts';
import { pairedTags, proseText, withoutTags } from './transforms/inline-html.ts';
import { htmlBlockUnits, readHtmlBlock } from './transforms/html-blocks.ts';
import { readHtmlHeadings } from './transforms/html-headings.ts';
import { readHtmlTable } from './transforms/html-tables.ts';
import { readableUrl } from './transforms/neutralise-links.ts';
import { withoutPandocAttributes } from './transforms/pandoc-attributes.ts';
import { ANSWER_IN_LINE, isQuestionTable } from './transforms/plain-question-headings.ts';
import { vuePageBlocks } from './transforms/vue-page-blocks.ts';
import { splitWikiLinks } from './transforms/wiki-links.ts';

/** An indented block after a paragraph that opens with an MkDocs opening line (or after another such block), as mkdocs-blocks.ts reads it. */
function isMkdocsBody(node: Nodes, index: number | undefined, parent: Parent | undefined): boolean {
  if (node.type !== 'code' || node.lang || index === undefined || !parent) return false;
  for (let i = index - 1; i >= 0; i--) {
    const before = parent.children[i] as Nodes;
    if (before.type === 'code' && !before.lang) continue;
    return before.type === 'paragraph' && mkdocsLineWords(toString(before).split('\n')[0] ?? '') !== null;
  }
  return false;
}

export interface TextUnit {
  text: string;
  line: number;
}

/**
 * Dollar signs and whitespace differ legitimately between math and text forms of the same words;
 * zero-width characters are invisible and left out of titles (heading.ts).
 */
const comparable = (text: string): string => text.replace(/[\s$\u200B\u200C\u2060\uFEFF]+/gu, '');

/**
 * The words a paragraph of plain text is published as when a transform makes it something else,
 * with their line offsets: an HTML or grid table gives its cells and captions (html-tables.ts,
 * grid-tables.ts), lines of <summary>, <hN> and <details> tags their headings (html-headings.ts).
 * Null for ordinary prose.
 */
function rebuiltUnits(text: string): { text: string; offset: number }[] | null {
  const at = (offset: number) => (t: string) => ({ text: t, offset });
  const table = readHtmlTable(text);
  if (table) return [...table.rows.flat(), ...table.captions].map(at(0));
  const headings = readHtmlHeadings(text);
  if (headings) return headings.map((h) => ({ text: h.text, offset: h.offset }));
  const grid = readGridTable(text);
  if (grid) return [...grid.header, ...grid.body].flat().map(at(0));
  return null;
}

/** `source` is the text the tree was parsed from: an HTML block is read from it (transforms/html-blocks.ts). */
export function textUnits(parsed: Root, source?: string): TextUnit[] {
  // Read as ingestion reads it: a formula that is prose or a price (「<span>${count}</span>」, an
  // Observable page's interpolation) is text, and tags around it pair with tags inside it.
  const tree = source === undefined ? parsed : structuredClone(parsed);
  if (source !== undefined) demoteProseMath(tree, source);
  const units: TextUnit[] = [];
  const push = (text: string, line: number) => {
    const c = comparable(text);
    if (c !== '') units.push({ text: c, line });
  };
  // A Vue page's code blocks are not published (transforms/vue-page-blocks.ts).
  const pageCode = new Set(source === undefined ? [] : vuePageBlocks(tree, source).flatMap((b) => tree.children.slice(b.from, b.to + 1)));
  visit(tree, (node, index, parent) => {
    if (pageCode.has(node as Root['children'][number])) return 'skip';
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'paragraph': {
        // kramdown's table of contents (`* TOC` above `{:toc}`) is a placeholder (transforms/blog-markup.ts).
        if (parent?.type === 'listItem' && parent.children.length === 1 && isKramdownToc(toString(node))) return 'skip';
        // A block of pasted HTML is published as the Markdown it stands for: its text, links and
        // images are the units (transforms/html-blocks.ts).
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const html = source !== undefined && start !== undefined && end !== undefined ? readHtmlBlock(source.slice(start, end)) : null;
        if (html) {
          for (const unit of htmlBlockUnits(html)) push(readableUrl(unit), line);
          return 'skip';
        }
        const only = node.children.length === 1 ? node.children[0] : undefined;
        const rebuilt = only?.type === 'text' ? rebuiltUnits(only.value) : null;
        if (rebuilt) {
          for (const unit of rebuilt) push(unit.text, line + unit.offset);
          return 'skip';
        }
        // Presentational HTML it opens and closes is markup, not words (transforms/inline-html.ts);
        // code keeps its tags.
        const paired = pairedTags(proseText(node));
        // The fence lines of an aside and a blog generator's instruction lines are markup; a title or a
        // picture's name on one is words (transforms/container-callouts.ts, blog-markup.ts).
        // A line that asks and goes on with its answer is cut there too (plain-question-headings.ts).
        for (const piece of inlinePieces(node, (text) => withoutTags(text, paired)))
          for (const part of piece.split('\n').flatMap((l) => l.split(ANSWER_IN_LINE)))
            push(fenceWords(part) ?? mkdocsLineWords(part) ?? blogLineWords(part) ?? docsifyHintWords(part) ?? part, line);
        return 'skip';
      }
      case 'heading': {
        // Inline HTML it opens and closes, badge components, and Obsidian tags at its end, are decoration
        // (transforms/inline-html.ts, heading-tags.ts), not words to conserve.
        const paired = pairedTags(proseText(node));
        const pieces = inlinePieces(node, (text) => withoutComponents(withoutTags(text, paired)));
        pieces.push(withoutTrailingTags(pieces.pop() ?? ''));
        for (const piece of pieces) for (const part of piece.split('\n')) push(part, line);
        return 'skip';
      }
      case 'table':
        // A FAQ table's header (「| 问题 | 回答 |」) is its layout; its rows become questions
        // (transforms/plain-question-headings.ts).
        if (isQuestionTable(node)) {
          for (const row of node.children.slice(1))
            for (const cell of row.children)
              for (const piece of inlinePieces(cell, (text) => withoutTags(text, new Set())))
                for (const part of piece.split('\n')) push(part, line);
          return 'skip';
        }
        return undefined;
      case 'tableCell':
        // Line by line: a paragraph whose first line asks a question is cut there into a heading
        // and its answer (transforms/plain-question-headings.ts); every line must still reappear.
        // An aside's closing fence right under a table is read as a row of one cell: markup
        // (transforms/container-callouts.ts).
        // Presentational HTML it opens and closes, and a <br>, are markup there too (transforms/inline-html.ts).
        for (const piece of inlinePieces(node, (text) => withoutTags(text, pairedTags(proseText(node)))))
          for (const part of piece.split('\n')) push(fenceWords(part) ?? part, line);
        return 'skip';
      case 'code':
      case 'math':
        // An MkDocs aside's body is code to CommonMark but published as the Markdown it is
        // (transforms/mkdocs-blocks.ts): its units are that Markdown's.
        if (isMkdocsBody(node, index, parent)) {
          for (const unit of textUnits(parseRaw(node.value), node.value)) units.push({ text: unit.text, line: line + unit.line });
          return 'skip';
        }
        {
          const lines = node.value.split('\n');
          // A display equation closed by a labelled fence (`$$ {#eq-bayes}`) ends there; the label is
          // markup and what follows is Markdown (transforms/labelled-equations.ts).
          const close = node.type === 'math' ? lines.findIndex((l) => LABELLED_CLOSE.test(l)) : -1;
          lines.slice(0, close < 0 ? undefined : close).forEach((codeLine, i) => push(codeLine, line + i + 1));
          if (close >= 0) {
            const rest = lines.slice(close + 1).join('\n');
            for (const unit of textUnits(parseRaw(rest), rest)) units.push({ text: unit.text, line: line + close + 2 + unit.line });
          }
        }
        return 'skip';
      case 'html':
        push(node.value, line);
        return 'skip';
      default:
        return undefined;
    }
  });
  return units;
}

/**
 * Text of a paragraph, heading or cell, cut at links, wikilinks and images: a link's text and its
 * target are units of their own, so a link made plain text (`x (javascript:…)`), an image made a link
 * or a reference made an inline link still conserves every unit.
 */
function inlinePieces(node: Nodes, prose: (text: string) => string = (text) => text): string[] {
  const pieces: string[] = [];
  let current = '';
  const walk = (n: Nodes): void => {
    // A formula exported as an image is its formula (transforms/formula-images.ts).
    const formula = n.type === 'image' ? formulaOfImage(n.url) : null;
    if (formula !== null) {
      pieces.push(current, formula);
      current = '';
    } else if (n.type === 'link' && /^https?:\/\//u.test(n.url) && toString(n) === n.url && n.children.length === 1) {
      // An address GFM made a link of itself is text the writer typed, read with its line (blog-markup.ts).
      current += n.url;
    } else if (n.type === 'link' || n.type === 'image' || n.type === 'linkReference' || n.type === 'imageReference') {
      const text = n.type === 'image' || n.type === 'imageReference' ? (n.alt ?? '') : prose(toString(n));
      // An in-page anchor (`[1. 什么是 RAG？](#rag)` in a heading) is a place, not words; a file
      // beside the article is published with its escapes decoded (transforms/neutralise-links.ts).
      const url = 'url' in n && !n.url.startsWith('#') ? readableUrl(n.url) : '';
      pieces.push(current, text, url);
      current = '';
    } else if (n.type === 'text') {
      // A wikilink becomes its shown text and target (transforms/wiki-links.ts): units of their own.
      // Pandoc's attributes name styles and anchors, not words (transforms/pandoc-attributes.ts).
      for (const piece of splitWikiLinks(prose(withoutPandocAttributes(n.value)))) {
        current += piece.text;
        if (piece.link) {
          pieces.push(current, piece.link.shown, piece.link.target);
          current = '';
        }
      }
    } else if ('value' in n) {
      current += n.value;
    } else if ('alt' in n && n.alt) {
      current += n.alt;
    } else if ('children' in n) {
      for (const child of n.children) walk(child);
    }
  };
  walk(node);
  pieces.push(current);
  return pieces;
}

/**
 * Units of the source as read, before any of ingestion's own transforms, so they cannot hide
 * their own losses. Read like ingestion reads it (tags as text, CJK emphasis), or a `<pre>` line
 * or `**粗体：**后面` would differ for reasons that are not losses.
 */
export function sourceUnits(source: string): TextUnit[] {
  return textUnits(parseRaw(source), source);
}

/** A generated piece: MDX to re-parse, or a plain string published as data (a heading, a title). */
export type GeneratedPiece = { mdx: string } | { text: string };

/** Plain text of what was generated for one article, in order. */
export function generatedText(pieces: readonly GeneratedPiece[]): string {
  return pieces
    .map((piece) =>
      'text' in piece
        ? comparable(piece.text)
        : textUnits(mdxParser.parse(piece.mdx))
            .map((u) => u.text)
            .join('\n'),
    )
    .join('\n');
}

/**
 * `renamed` maps a source line to the text it legitimately became, e.g. a decorated title line
 * `#### 标题 ####` that is published as the title 标题. `units` saves re-parsing the source when
 * the caller already has them (ingestion takes them from its own parse, before transforming it).
 */
export function assertConserved(
  file: string,
  source: string,
  generated: string,
  renamed: ReadonlyMap<number, string> = new Map(),
  units: readonly TextUnit[] = sourceUnits(source),
): void {
  let cursor = 0;
  for (const original of units) {
    const replacement = renamed.get(original.line);
    const unit = replacement === undefined ? original : { ...original, text: comparable(replacement) };
    let at = generated.indexOf(unit.text, cursor);
    if (at === -1) at = generated.indexOf(unit.text);
    if (at === -1) {
      const preview = unit.text.length > 40 ? `${unit.text.slice(0, 40)}…` : unit.text;
      throw new IngestError(file, unit.line, `摄取时丢失了文字：「${preview}」`);
    }
    cursor = at + unit.text.length;
  }
}

/**
 * Pipeline stage "conserve": every article's text units reappear, in order, in what was generated from
 * it. A decorated title line (`#### 标题 ####`) legitimately became the title 标题.
 */
export function conserveArticles(articles: readonly ParsedArticle[], generated: ReadonlyMap<string, readonly GeneratedPiece[]>): void {
  for (const article of articles) {
    const renamed = new Map<number, string>();
    if (article.split.title) renamed.set(article.split.title.line, article.split.title.text);
    assertConserved(article.file, article.source, generatedText(generated.get(article.file) ?? []), renamed, article.units);
  }
}
