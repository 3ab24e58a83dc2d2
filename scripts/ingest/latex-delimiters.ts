/**
 * LaTeX's own delimiters, as chat assistants and many exported notes write formulas: `\( … \)`
 * inline, `\[ … \]` displayed. CommonMark reads `\(` and `\[` as escaped brackets, so a formula lost
 * its backslashes and showed as raw TeX in brackets. Before parsing, they become the dollars
 * remark-math reads: a `\[` and a `\]` each alone on a line fence a displayed formula (`$$`, the same
 * length, so no position moves); on one line, `\( … \)` becomes `$ … $` and `\[ … \]` `$$ … $$` when their content
 * reads as TeX (a command, `^`, `_`, braces, `=`) or, in round brackets, holds no Chinese words; an
 * escaped bracket such as `\[1\]` or `\(注\)` stays. The
 * same delimiters escaped for Markdown, `\\( … \\)` and `\\[ … \\]` (Org mode's ox-hugo), count too.
 * Code (fenced, indented, inline) and formulas already in dollars are never touched: they are found
 * by parsing, not by pattern.
 */
import { inRanges, literalRanges } from './parse.ts';

const HAS_DELIMITER = /\\[([]/u;
const TEX_LIKE = /\\[A-Za-z]+|[\^_{}=]/u;
const HAN = /\p{Script=Han}/u;
const DISPLAY = /^([ \t]*)\\\[[ \t]*\n([\s\S]*?)\n([ \t]*)\\\][ \t]*$/gmu;
/** One backslash, or two where the writer escaped it for Markdown (ox-hugo writes `\\(` … `\\)`). */
const INLINE = /(\\{1,2})\((.+?)\1\)|(\\{1,2})\[(.+?)\3\]/gu;

/** The text with LaTeX's `\( \)` and `\[ \]` formulas written in dollars; unchanged when it has none. */
export function withDollarMath(text: string): string {
  if (!HAS_DELIMITER.test(text)) return text;
  const untouched = literalRanges(text, { math: true });
  const inside = (at: number) => inRanges(untouched, at);
  const displayed = text.replace(DISPLAY, (whole: string, before: string, body: string, after: string, at: number) => {
    if (inside(at + before.length)) return whole;
    untouched.push([at, at + whole.length]);
    return `${before}$$\n${body}\n${after}$$`;
  });
  return displayed.replace(
    INLINE,
    (whole: string, r: string, round: string | undefined, q: string, square: string | undefined, at: number) => {
      const tex = round ?? square ?? '';
      // Nobody escapes round brackets in Markdown, nor a backslash before a bracket: those are
      // formulas unless they hold words (「\\(注\\)」). An escaped square bracket often is just that.
      const formula = TEX_LIKE.test(tex) || (!HAN.test(tex) && (round !== undefined || (r ?? q).length === 2));
      if (inside(at) || !formula || tex.includes('$') || tex.trim() === '') return whole;
      // `\[ … \]` is LaTeX's displayed formula: in double dollars, a line of its own is displayed
      // (src/lib/markdown/remark-display-math-line.ts); inside a sentence it stays in the line.
      return square === undefined ? `$${tex}$` : `$$${tex}$$`;
    },
  );
}
