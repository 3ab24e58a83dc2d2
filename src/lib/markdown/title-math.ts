/**
 * A question's title keeps its formulas with their dollars (「为什么要除以 $\sqrt{d_k}$？」), as
 * the heading was written. Where a title is shown as HTML the formula is typeset like the answer
 * around it; everywhere else (the tab, search metadata) the title stays the text it is.
 */
import katex from 'katex';
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type TitlePart = { kind: 'text'; text: string } | { kind: 'math'; tex: string };

const parser = unified().use(remarkParse).use(remarkMath);

/**
 * The title cut into text and formulas. Formulas are found by the same parser the answers are read
 * with, so a title's `$` means what it means in the heading it came from; everything between them is
 * kept character for character (a title is text, not Markdown).
 */
export function titleParts(title: string): TitlePart[] {
  if (!title.includes('$')) return [{ kind: 'text', text: title }];
  const spans: Array<{ start: number; end: number; tex: string }> = [];
  visit(parser.parse(title) as Root, 'inlineMath', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push({ start, end, tex: node.value });
  });
  const parts: TitlePart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ kind: 'text', text: title.slice(at, span.start) });
    parts.push({ kind: 'math', tex: span.tex });
    at = span.end;
  }
  if (at < title.length) parts.push({ kind: 'text', text: title.slice(at) });
  return parts;
}

/**
 * The title with each formula replaced by `replace(tex)`, for what reads a title's words rather
 * than typesets it: a slug keeps a formula's letters, topic classification none of it (the TP of
 * 「$\frac{TP}{TP+FP}$」 is a true positive, not tensor parallelism).
 */
export function titleWithFormulas(title: string, replace: (tex: string) => string): string {
  if (!title.includes('$')) return title;
  return titleParts(title)
    .map((part) => (part.kind === 'math' ? replace(part.tex) : part.text))
    .join('');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The title as HTML, or null when it holds no formula (then it is shown as plain text). MathML only:
 * browsers typeset it without KaTeX's stylesheet and fonts, which list pages do not load. The formula
 * is kept out of the search index, as in answers, because its markup repeats the TeX as symbol soup.
 */
export function titleHtml(title: string): string | null {
  const parts = titleParts(title);
  if (!parts.some((p) => p.kind === 'math')) return null;
  return parts
    .map((p) =>
      p.kind === 'text'
        ? escapeHtml(p.text)
        : katex
            .renderToString(p.tex, { output: 'mathml', throwOnError: false, strict: false })
            .replace(/^<span class="katex"/u, '<span class="katex" data-pagefind-ignore'),
    )
    .join('');
}
