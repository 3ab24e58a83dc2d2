/**
 * Obsidian's comments, `%%待核实：这个数字来自哪篇论文%%` inline or a `%%` … `%%` block over several
 * lines, are the writer's notes to self: Obsidian shows them only while editing, never in reading
 * view or when the note is published. Published here they would show a reader what the writer
 * meant to hide, and a heading inside a commented-out block would become a question. They are
 * blanked before the article is read (their line breaks kept, so every line stays where it was)
 * and the report names each with its lines. An unclosed `%%` and anything in code stay as written:
 * code is found by parsing, not by pattern.
 */
import { inRanges, lineFinder, literalRanges } from './parse.ts';

const COMMENT = /%%([\s\S]+?)%%/gu;

export interface ObsidianComment {
  /** 1-based lines where the comment opens and closes. */
  start: number;
  end: number;
}

/**
 * The text with each match of `pattern` (a global pattern) outside code blanked, its line breaks kept
 * so that every line stays where it was, unless `keep` says otherwise; and the lines of each.
 */
export function blankedOutsideCode(
  text: string,
  pattern: RegExp,
  keep: (match: string, at: number) => boolean = () => false,
): { text: string; comments: ObsidianComment[] } {
  const code = literalRanges(text);
  const comments: ObsidianComment[] = [];
  const lineAt = lineFinder(text);
  const blanked = text.replace(pattern, (whole: string, ...rest: unknown[]) => {
    const at = rest.at(-2) as number;
    if (inRanges(code, at, at + whole.length) || keep(whole, at)) return whole;
    comments.push({ start: lineAt(at), end: lineAt(at + whole.length - 1) });
    return whole.replace(/[^\n]/gu, '');
  });
  return { text: blanked, comments };
}

/** The text with its Obsidian comments blanked (line breaks kept), and where they were. */
export function withoutObsidianComments(text: string): { text: string; comments: ObsidianComment[] } {
  return text.includes('%%') ? blankedOutsideCode(text, COMMENT) : { text, comments: [] };
}

/**
 * Obsidian's block ids, ` ^a1b2c3` at the end of a paragraph's line or on a line of its own after a
 * table or a quote, are anchors for links between notes, hidden in reading view. They go (the line
 * stays). An id has a letter in it, so 「x ^2」 stays; so does code, and a formula.
 */
const BLOCK_ID = /(^|[ \t])\^(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{2,}[ \t]*$/gmu;

export function withoutBlockIds(text: string): string {
  if (!/\^[A-Za-z0-9-]{2,}[ \t]*$/mu.test(text)) return text;
  const literal = literalRanges(text, { math: true });
  return text.replace(BLOCK_ID, (whole: string, _before: string, at: number) => (inRanges(literal, at) ? whole : ''));
}
