/**
 * Parse (part of parseArticles, articles.ts): normalised source text to an mdast tree with the unified/remark ecosystem.
 * Raw HTML is not a construct here: sources are prose, so `<script>` stays literal text and can
 * never reach the page as markup.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import { asFrontMatter, isFrontMatter } from './front-matter.ts';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { remarkBlogMarkup } from './transforms/blog-markup.ts';
import { remarkBoldQuestionHeadings } from './transforms/bold-question-headings.ts';
import { remarkContainerCallouts } from './transforms/container-callouts.ts';
import { remarkDemoteProseMath } from './transforms/demote-prose-math.ts';
import { remarkDisplayMathLine } from '../../src/lib/markdown/remark-display-math-line.ts';
import { remarkFormulaImages } from './transforms/formula-images.ts';
import { remarkGridTables } from './transforms/grid-tables.ts';
import { remarkHeadingTags } from './transforms/heading-tags.ts';
import { remarkHtmlBlocks } from './transforms/html-blocks.ts';
import { remarkHtmlHeadings } from './transforms/html-headings.ts';
import { remarkHtmlTables } from './transforms/html-tables.ts';
import { remarkInlineHtml, remarkTableCellHtml } from './transforms/inline-html.ts';
import { remarkInlineReferences } from './transforms/inline-references.ts';
import { remarkLabelledEquations } from './transforms/labelled-equations.ts';
import { remarkMkdocsBlocks } from './transforms/mkdocs-blocks.ts';
import { remarkNeutraliseLinks } from './transforms/neutralise-links.ts';
import { remarkNumberOnlyHeadings } from './transforms/number-only-headings.ts';
import { remarkPandocAttributes } from './transforms/pandoc-attributes.ts';
import { remarkPlainQuestionHeadings } from './transforms/plain-question-headings.ts';
import { remarkSetextRules } from './transforms/setext-rules.ts';
import { remarkVuePageBlocks } from './transforms/vue-page-blocks.ts';
import { remarkWikiLinks } from './transforms/wiki-links.ts';

/** Turn off micromark's HTML constructs, so tags in prose parse as text. */
export const remarkNoHtml: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlFlow', 'htmlText'] } });
};

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkMath)
  .use(remarkNoHtml)
  .use(remarkSetextRules)
  .use(remarkVuePageBlocks)
  .use(remarkLabelledEquations, { parse: (markdown) => parseRaw(markdown) })
  .use(remarkMkdocsBlocks, { parse: (markdown) => parseRaw(markdown) })
  .use(remarkDemoteProseMath)
  .use(remarkDisplayMathLine)
  .use(remarkContainerCallouts)
  .use(remarkBlogMarkup)
  .use(remarkHtmlTables)
  .use(remarkGridTables)
  .use(remarkHtmlHeadings)
  .use(remarkHtmlBlocks)
  .use(remarkInlineHtml)
  .use(remarkHeadingTags)
  .use(remarkInlineReferences)
  .use(remarkPandocAttributes)
  .use(remarkFormulaImages)
  .use(remarkNeutraliseLinks)
  .use(remarkWikiLinks)
  .use(remarkBoldQuestionHeadings)
  .use(remarkPlainQuestionHeadings)
  .use(remarkTableCellHtml)
  .use(remarkNumberOnlyHeadings);

/** The same syntax without front matter, for a document whose opening `---` block is not one. */
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath).use(remarkNoHtml);

/**
 * The source as read (CommonMark, GFM, math, CJK emphasis, YAML or TOML front matter; tags as text), before
 * any transform. A `---` block at the top is front matter only when it holds YAML fields (`title:
 * …`): articles also open with a rule, a line of prose and a rule (「本文作者：某某」), which stay text.
 */
export function parseRaw(text: string): Root {
  const tree = parseInChunks((chunk) => processor.parse(chunk), text);
  const first = asFrontMatter(tree.children[0]);
  return first && !isFrontMatter(first.value, first.type) ? parseInChunks((chunk) => withoutFrontMatter.parse(chunk), text) : tree;
}

/**
 * Offsets of the source's code (fenced, indented, inline) and, with `math`, its formulas: what a
 * rewrite of the source before parsing (latex-delimiters.ts, obsidian-comments.ts,
 * atx-headings.ts) must leave as written, found by parsing rather than by pattern.
 */
export function literalRanges(text: string, { math = false } = {}): [number, number][] {
  const types = math ? ['code', 'inlineCode', 'math', 'inlineMath'] : ['code', 'inlineCode'];
  const ranges: [number, number][] = [];
  visit(parseRaw(text), (node) => {
    const { start, end } = node.position ?? {};
    if (types.includes(node.type) && start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
  });
  return ranges;
}

/**
 * `inRanges` for many questions about the same ranges: sorted once, each answer a binary search, so
 * that a long article with thousands of code spans is not read once per question.
 */
export function rangeLookup(ranges: readonly (readonly [number, number])[]): (from: number, to?: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  sorted.forEach(([, e], i) => furthest.push(Math.max(e, furthest[i - 1] ?? -Infinity)));
  return (from, to = from + 1) => {
    // The last range starting before `to`; some range up to it reaching past `from` overlaps.
    let low = 0;
    let high = sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]![0] < to) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return last >= 0 && furthest[last]! > from;
  };
}

/** Whether [from, to) overlaps one of `ranges` (by default, whether the character at `from` lies in one). */
export function inRanges(ranges: readonly (readonly [number, number])[], from: number, to = from + 1): boolean {
  return ranges.some(([s, e]) => from < e && to > s);
}

/** Ingestion's own transforms (a Vue page's code blocks, labelled equations, MkDocs asides and tabs, prices, fenced asides, blog generators' markup lines, HTML and grid tables, HTML headings, HTML blocks, inline HTML, heading tags, references, pandoc attributes, formula images, unsafe links, wikilinks, bold and plain-text questions, numbers on a line of their own), applied to a parseRaw tree. */
export function transformSource(tree: Root, text: string): Root {
  return processor.runSync(tree, text) as Root;
}

/**
 * micromark's document tokenizer slows down quadratically on long documents (every lazy line,
 * e.g. each list item, re-copies the document's events): a 5 MB article took minutes. Articles
 * are therefore parsed piecewise, cut only before an unindented ATX heading, where CommonMark
 * closes every open block: a new chunk starts in the state a whole-document parse is in at that
 * line. The one place that is not so, inside a top-level fenced code or math block, is detected
 * on the parsed chunk and the cut moved past the closing fence. Small chunks parse fastest, but
 * reference and footnote definitions apply to the whole document, so an article that has any is
 * cut into much larger chunks (a reference whose definition still lands in another chunk stays
 * literal text; no text is lost).
 */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:/mu;

export function parseInChunks(
  parse: (text: string) => Root,
  text: string,
  chunkChars = DEFINITION_LINE.test(text) ? 256 * 1024 : 8 * 1024,
): Root {
  const children: Root['children'] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = nextHeadingLine(text, start + chunkChars);
    let tree = parse(text.slice(start, end));
    for (let fence = openFenceAtEnd(tree, text, start, end); fence && end < text.length; fence = openFenceAtEnd(tree, text, start, end)) {
      end = nextHeadingLine(text, closingFenceEnd(text, end, fence));
      tree = parse(text.slice(start, end));
    }
    if (start > 0) shiftPositions(tree, line - 1, start);
    children.push(...tree.children);
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
    start = end;
  }
  const endPoint = children.at(-1)?.position?.end;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint ?? { line: 1, column: 1, offset: 0 } },
  };
}

const ATX_LINE = /^#{1,6}(?:[ \t]|$)/gmu;

/** Offset of the first unindented ATX heading line at or after `from`, or the end of the text. */
function nextHeadingLine(text: string, from: number): number {
  if (from >= text.length) return text.length;
  ATX_LINE.lastIndex = from;
  return ATX_LINE.exec(text)?.index ?? text.length;
}

interface Fence {
  marker: string;
  size: number;
}

/** The chunk's last top-level block, if it is a fenced code or math block still open at the cut. */
function openFenceAtEnd(tree: Root, text: string, start: number, end: number): Fence | null {
  const last = tree.children.at(-1);
  if (last?.type !== 'code' && last?.type !== 'math') return null;
  const from = start + (last.position?.start.offset ?? 0);
  const raw = text.slice(from, start + (last.position?.end.offset ?? end - start));
  const opener = /^[ \t]*(`{3,}|~{3,}|\${2,})/u.exec(raw);
  if (!opener) return null; // indented code: ends at any unindented line
  const fence = { marker: opener[1]![0]!, size: opener[1]!.length };
  const lines = raw.split('\n');
  return lines.length > 1 && isClosingFence(lines.at(-1)!, fence) ? null : fence;
}

function isClosingFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`+|~+|\$+)[ \t]*$/u.exec(line);
  return match !== null && match[1]![0] === fence.marker && match[1]!.length >= fence.size;
}

/** Offset just past the line that closes `fence`, searching from `from`; the end of the text if none does. */
function closingFenceEnd(text: string, from: number, fence: Fence): number {
  let at = from;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    if (isClosingFence(text.slice(at, lineEnd), fence)) return Math.min(lineEnd + 1, text.length);
    at = lineEnd + 1;
  }
  return text.length;
}

function shiftPositions(tree: Root, lines: number, offset: number): void {
  // New point objects: the parser shares some between nodes (a list and its last item), and
  // shifting a shared point twice would be wrong.
  const shift = (point: Point): Point => ({
    line: point.line + lines,
    column: point.column,
    ...(point.offset === undefined ? {} : { offset: point.offset + offset }),
  });
  visit(tree, (node) => {
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
  });
}

/** Offsets where each line of a text starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The 1-based line of an offset, by binary search over the line starts: a rewrite that reports the
 * line of each of thousands of matches does not rescan the text for each.
 */
export function lineFinder(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
