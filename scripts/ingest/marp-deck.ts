/**
 * Rewrite (rewrite-source.ts): a Marp slide deck (front matter with `marp: true`) as its audience and
 * its speaker read it. In a deck an HTML comment is either a directive (`<!-- _class: lead -->`,
 * `<!-- paginate: false -->`), which styles a slide and says nothing, or the speaker's notes, which
 * Marp keeps out of the slides and shows the presenter. Directives are blanked; notes are published
 * as a quote headed 「讲者备注」, since they are the writer's words about the slide. An image's
 * alternative text in a deck holds Marp's keywords (`![bg right:30%](flow.png)` is a background
 * filling the right third): they are layout, not a description, and go. Every line stays where it
 * was; code is found by parsing, not by pattern, and left alone.
 */
import { lineStarts, literalRanges, rangeLookup } from './parse.ts';

/** Marp's global and local directive names (marpit and Marp Core), scoped with `_` or not. */
// prettier-ignore
const DIRECTIVES = new Set([
  'theme', 'style', 'headingdivider', 'size', 'math', 'title', 'author', 'description', 'keywords',
  'url', 'image', 'lang', 'marp', 'paginate', 'header', 'footer', 'class', 'backgroundcolor',
  'backgroundimage', 'backgroundposition', 'backgroundrepeat', 'backgroundsize', 'color',
  'transition', 'pagination', 'inlinesvg',
]);

/** Keywords Marp reads in an image's alternative text (sizes, placement, filters). */
const IMAGE_KEYWORD =
  /^(?:bg|fit|cover|contain|auto|left|right|vertical|\d+(?:\.\d+)?%|(?:w|h|width|height):\S+|(?:left|right):\d+(?:\.\d+)?%|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S+)?)$/iu;

export function isMarpDeck(text: string): boolean {
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  return front !== null && /^marp:[ \t]*true[ \t]*$/mu.test(front[1]!);
}

/** A comment's words are directives only: every non-blank line `key: value` with a Marp key. */
function isDirective(body: string): boolean {
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (
    lines.length > 0 &&
    lines.every((l) => {
      const key = /^_?([A-Za-z]+)[ \t]*:/u.exec(l)?.[1];
      return key !== undefined && DIRECTIVES.has(key.toLowerCase());
    })
  );
}

const NOTE_LABEL = /^(?:讲者|演讲者|演讲|讲师)?备注[:：]/u;

export interface MarpRewrite {
  text: string;
  /** First lines of the directive comments blanked. */
  directives: number[];
  /** First lines of the speaker's notes published. */
  notes: number[];
  /** Lines whose images lost Marp's keywords. */
  images: number[];
}

export function withMarpDeck(text: string): MarpRewrite {
  const none = { text, directives: [], notes: [], images: [] };
  if (!isMarpDeck(text)) return none;
  const inCode = rangeLookup(literalRanges(text));
  const lines = text.split('\n');
  const directives: number[] = [];
  const notes: number[] = [];
  const images: number[] = [];
  const starts = lineStarts(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trimStart().startsWith('<!--') || inCode(starts[i]!, starts[i]! + line.length)) continue;
    // The comment's last line: the first from here that ends it. A comment left open stays text.
    let end = i;
    while (end < lines.length && !lines[end]!.trimEnd().endsWith('-->')) end++;
    if (end === lines.length) break;
    const body = lines
      .slice(i, end + 1)
      .join('\n')
      .trim()
      .replace(/^<!--/u, '')
      .replace(/-->$/u, '');
    if (body.includes('-->') || body.includes('<!--')) continue;
    if (isDirective(body)) {
      for (let k = i; k <= end; k++) lines[k] = '';
      directives.push(i + 1);
    } else if (body.trim() !== '') {
      const labelled = NOTE_LABEL.test(body.trim());
      for (let k = i; k <= end; k++) {
        let words = lines[k]!.trim();
        if (k === i) words = words.replace(/^<!--/u, '').trim();
        if (k === end) words = words.replace(/-->$/u, '').trim();
        if (k === i && !labelled) words = `**讲者备注：** ${words}`.trimEnd();
        lines[k] = words === '' ? '>' : `> ${words}`;
      }
      notes.push(i + 1);
    }
    i = end;
  }
  const rewritten = lines.map((line, i) =>
    line.replace(/!\[([^\]\n]*)\]\(/gu, (whole, alt: string, at: number) => {
      const words = alt.split(/\s+/u).filter((w) => w !== '');
      if (words.length === 0 || !words.some((w) => IMAGE_KEYWORD.test(w)) || inCode(starts[i]! + at)) return whole;
      images.push(i + 1);
      return `![${words.filter((w) => !IMAGE_KEYWORD.test(w)).join(' ')}](`;
    }),
  );
  return { text: rewritten.join('\n'), directives, notes, images: [...new Set(images)] };
}
