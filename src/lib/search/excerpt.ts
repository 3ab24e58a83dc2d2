/**
 * Pagefind cuts an excerpt at its own word boundaries, which in Chinese fall inside words and
 * sentences (「模型的训练过程…」 for 「大模型的训练过程…」, 「。 交易预测…」). A result reads better
 * from the start of a clause to its end, so the excerpt is widened to the nearest clause
 * boundaries in the page's text when they are close, and cut to them with 「…」 when they are not.
 */

/** Ends a clause: Chinese and Latin sentence and clause punctuation, and the breaks between blocks. */
const BOUNDARY = /[。！？；：，、.!?;:,\s]/u;
/** Punctuation and spaces at the start of an excerpt (after its 「…」), which say nothing there. */
const LEADING_PUNCTUATION = /^(…?)[\s。！？；：，、.!?;:,]+/u;
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
  return text.replace(LEADING_PUNCTUATION, '$1').trimEnd();
}

/** Bold labels articles put before a question and its answer (**题目：** … **答案：**). */
const LABEL = /(^|\s)(?:题目|问题|答案|回答|问|答)\s*[:：]\s*/gu;
/** Below this many characters, an excerpt reads on into the text after it. */
const SHORT = 24;
/** How far it reads on, at most, before it is cut with 「…」. */
const READ_ON = 48;

/**
 * An excerpt as the result shows it under its title: without the title repeated at its start (an
 * answer's section opens with its heading, which is the question) and without the articles' labels
 * (题目：, 答案：), which say nothing there. What the cuts leave too short reads on into the text.
 */
export function withoutEcho(excerpt: string, titles: readonly string[], content: string): string {
  const lead = excerpt.startsWith('…') ? '…' : '';
  let text = excerpt.slice(lead.length);
  const echo = titles.map((t) => t.trim()).find((t) => t !== '' && text.startsWith(t));
  if (echo !== undefined) text = text.slice(echo.length);
  text = text.replace(LABEL, '$1').replace(LEADING_PUNCTUATION, '$1');
  if (text === '') return excerpt;
  if (text === excerpt.slice(lead.length)) return excerpt;
  const at = content.indexOf(excerpt.slice(lead.length).replace(/…$/u, ''));
  if (text.length < SHORT && at >= 0 && !text.endsWith('…')) {
    const from = at + excerpt.length - lead.length;
    const rest = content.slice(from, from + READ_ON);
    const stop = rest.search(/[。！？.!?](?=\s|$)/u);
    const more = (stop >= 0 ? rest.slice(0, stop + 1) : `${rest}${from + READ_ON < content.length ? '…' : ''}`).replace(LABEL, '$1');
    text = `${text}${more}`.replace(/\s+/gu, ' ').trim();
  }
  return `${echo === undefined ? lead : ''}${text}`;
}
