/**
 * Logseq keeps a page's metadata as `key:: value` lines: page properties at the top (`title:: 大模型
 * 面试笔记`, `tags:: 面试`) and block properties under a bullet (`collapsed:: true`, `id:: 64f…`);
 * Obsidian's Dataview writes the same inline fields. Both apps show them as metadata, not text. Read
 * as prose they would run into the question above them (「什么是 RAG？ collapsed:: true」), and the
 * outline could not be split. They are blanked (the line stays, so nothing moves), except a page's
 * `title::`, which titles the article as a heading would; the report names the lines. Code is left
 * alone, found by parsing.
 */
import { inRanges, lineFinder, literalRanges } from './parse.ts';

const PROPERTY = /^[ \t]*([A-Za-z][\w.-]*)::(?:[ \t]+(.*))?$/gmu;

export interface OutlineProperties {
  text: string;
  /** 1-based lines of the properties blanked. */
  lines: number[];
  /** The line whose `title::` became the article's title heading. */
  titleLine?: number;
}

export function withoutOutlineProperties(text: string): OutlineProperties {
  if (!/^[ \t]*[A-Za-z][\w.-]*::(?:[ \t]|$)/mu.test(text)) return { text, lines: [] };
  const code = literalRanges(text);
  const lines: number[] = [];
  let titleLine: number | undefined;
  const lineAt = lineFinder(text);
  // Page properties are the lines before the first line of anything else.
  const firstOther = text.split('\n').findIndex((line) => line.trim() !== '' && !/^[ \t]*[A-Za-z][\w.-]*::(?:[ \t]|$)/u.test(line));
  const out = text.replace(PROPERTY, (whole: string, key: string, value: string | undefined, at: number) => {
    if (inRanges(code, at)) return whole;
    const line = lineAt(at);
    const onPage = firstOther < 0 || line <= firstOther;
    if (onPage && titleLine === undefined && key.toLowerCase() === 'title' && value?.trim()) {
      titleLine = line;
      return `# ${value.trim()}`;
    }
    lines.push(line);
    return '';
  });
  return { text: out, lines, ...(titleLine === undefined ? {} : { titleLine }) };
}
