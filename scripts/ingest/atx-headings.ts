/**
 * 「##1. 什么是 RAG？」: editors that followed Markdown.pl took hashes without a space for a heading,
 * and writers who used them left no space. CommonMark reads the line as text, so the question ran
 * into the answer above it. A line opening with two to six hashes directly followed by a letter,
 * digit or Han character gets that space (one character: no line moves). A single # stays — 「#面试
 * #后训练」 is a line of tags — and so does code, found by parsing.
 */
import { inRanges, literalRanges } from './parse.ts';

const WITHOUT_SPACE = /^( {0,3}#{2,6})(?=[\p{L}\p{N}])/gmu;

/** The text with a space after the hashes of such lines, and the lines that got one. */
export function withAtxSpaces(text: string): { text: string; lines: number[] } {
  if (!/^ {0,3}#{2,6}[\p{L}\p{N}]/mu.test(text)) return { text, lines: [] };
  const code = literalRanges(text);
  const lines: number[] = [];
  const spaced = text.replace(WITHOUT_SPACE, (hashes: string, _: string, at: number) => {
    if (inRanges(code, at)) return hashes;
    lines.push(text.slice(0, at).split('\n').length);
    return `${hashes} `;
  });
  return { text: spaced, lines };
}
