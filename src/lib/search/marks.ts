/**
 * Marking matched words in text without HTML: text is split into segments, some marked, and
 * the UI builds text nodes and <mark> elements from them. Nothing a reader types or a page
 * contains is ever parsed as markup.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const LATIN = /[\p{Script=Latin}\p{N}]/u;

/**
 * Split `text` into segments, marking every occurrence of any of `words` (Chinese anywhere,
 * Latin words case-insensitively and only at the start of a word: 「ai」 does not mark 「detail」).
 */
export function markText(text: string, words: readonly string[]): Segment[] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  const unique = [...new Set(words.map((w) => w.toLowerCase().trim()).filter((w) => w.length > 0))];
  for (const word of unique) {
    const latin = LATIN.test(word[0]!);
    // A single Chinese character would light up half the text; it is marked only as part of a word.
    if (!latin && [...word].length < 2) continue;
    if (latin && word.length < 2) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (latin && at > 0 && LATIN.test(lower[at - 1]!)) continue;
      ranges.push([at, at + word.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Append segments to an element as text nodes and <mark>s. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      parent.append(mark);
    } else parent.append(document.createTextNode(s.text));
  }
}
