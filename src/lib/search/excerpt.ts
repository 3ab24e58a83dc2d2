/**
 * Pagefind cuts an excerpt at its own word boundaries, which in Chinese fall inside words and
 * sentences (「模型的训练过程…」 for 「大模型的训练过程…」, 「。 交易预测…」). A result reads better
 * from the start of a clause to its end, so the excerpt is widened to the nearest clause
 * boundaries in the page's text when they are close, and cut to them with 「…」 when they are not.
 */

/** Ends a clause: Chinese and Latin sentence and clause punctuation, and the breaks between blocks. */
const BOUNDARY = /[。！？；：，、.!?;:,\s]/u;
/** Characters an excerpt may grow by at either end to reach a boundary. */
const REACH = 12;

const LATIN = /[A-Za-z0-9]/u;

/** Whether the character at `i` ends a clause; a space between two Latin words (Model Pruning) does not. */
function isBoundary(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return true;
  if (/\s/u.test(ch)) return !(LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? ''));
  return BOUNDARY.test(ch);
}

/** `excerpt` (plain text, a piece of `content`) widened or cut to whole clauses. */
export function wholeClauses(excerpt: string, content: string): string {
  const at = content.indexOf(excerpt);
  if (excerpt === '' || at < 0) return excerpt.trim();
  const end = at + excerpt.length;

  let head: string;
  let start = at;
  while (start > 0 && at - start < REACH && !isBoundary(content, start - 1)) start--;
  if (isBoundary(content, start - 1)) head = content.slice(start, at) + excerpt;
  else {
    // The clause began too far back: start after the first boundary instead, if one is near.
    let cut = -1;
    for (let i = 0; i < Math.min(REACH, excerpt.length) && cut < 0; i++) if (isBoundary(excerpt, i)) cut = i;
    head = `…${cut < 0 ? excerpt : excerpt.slice(cut + 1)}`;
  }

  let stop = end;
  while (stop < content.length && stop - end < REACH && !isBoundary(content, stop)) stop++;
  let text = head;
  if (!isBoundary(content, stop)) text += '…';
  else {
    text += content.slice(end, stop);
    if (stop < content.length && /[。！？.!?]/u.test(content[stop]!)) text += content[stop];
  }

  // Punctuation and spaces left at the start say nothing.
  return text.replace(/^(…?)[\s。！？；：，、.!?;:,]+/u, '$1').trimEnd();
}
