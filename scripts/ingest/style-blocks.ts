/**
 * A notebook exported to Markdown (Jupyter's nbconvert) writes each pandas DataFrame as
 * `<div><style scoped>…</style><table class="dataframe">…</table></div>`, and its style rules are
 * separated by a blank line. Sources are prose (parse.ts), so that blank line would end the
 * paragraph the table is read from (transforms/html-tables.ts): the rules after it would show as
 * code and the table as raw tags. Inside a `<style>` element a blank line separates nothing a reader
 * sees, so each is given a zero-width space: not blank to CommonMark, invisible, and the line stays
 * where it was. A `<style>` inside code stays as written, and so does one never closed.
 */
import { inRanges, literalRanges } from './parse.ts';

const STYLE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;
const BLANK_LINE = /(?<=\n)[ \t]*(?=\n)/gu;
const ZERO_WIDTH_SPACE = '\u200B';

export function withStyleBlocksWhole(text: string): string {
  if (!/<style\b[^>]*>[^]*?\n[ \t]*\n[^]*?<\/style/iu.test(text)) return text;
  const code = literalRanges(text);
  return text.replace(STYLE, (whole: string, at: number) =>
    inRanges(code, at) ? whole : whole.replace(BLANK_LINE, (blank) => blank + ZERO_WIDTH_SPACE),
  );
}
