/**
 * Rewrite (rewrite-source.ts): Pelican's link placeholders, which its pages replace by the address
 * of what they name: `{static}/images/a.jpg` and `{attach}` (a file of the site), `{filename}/2026/a.md`
 * (another article, by its source file), `{tag}选片`, `{category}…`, `{author}…` (a listing page),
 * `{index}` (the home page). Left in, a picture's name would read 「{static}/images/a.jpg」. The
 * placeholder goes and the address stays as the article wrote it: the knowledge base has neither those
 * files nor those pages, and names them by that address (transforms/neutralise-links.ts). Only a link's
 * or image's address is read; code stays as written.
 */
import { inRanges, lineFinder, literalRanges } from './parse.ts';

const PLACEHOLDER = /(\]\(\s*<?)\{(static|attach|filename|tag|category|author|index)\}/gu;

export function withoutPelicanPlaceholders(text: string): { text: string; lines: number[] } {
  if (!/\]\(\s*<?\{(?:static|attach|filename|tag|category|author|index)\}/u.test(text)) return { text, lines: [] };
  const code = literalRanges(text);
  const lineAt = lineFinder(text);
  const lines = new Set<number>();
  const out = text.replace(PLACEHOLDER, (whole: string, opening: string, kind: string, at: number) => {
    if (inRanges(code, at, at + whole.length)) return whole;
    lines.add(lineAt(at));
    // A listing page's address is its kind and name (`tag/选片`); the others' follow the placeholder.
    return ['tag', 'category', 'author'].includes(kind) ? `${opening}${kind}/` : opening;
  });
  return { text: out, lines: [...lines].sort((a, b) => a - b) };
}
