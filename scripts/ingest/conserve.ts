/**
 * Conservation: every paragraph, heading, table cell, code line and formula line of a source
 * must reappear in what ingestion generated (after a real MDX re-parse, so an escaping bug that
 * eats `{1, 2, 3}` is caught). Units are matched in source order against the generated text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { IngestError } from './errors.ts';
import { mdxParser } from './serialize.ts';

export interface TextUnit {
  text: string;
  line: number;
}

// An independent parse: none of ingestion's own transforms, so they cannot hide their own losses.
const plainParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** Dollar signs and whitespace differ legitimately between math and text forms of the same words. */
export const comparable = (text: string): string => text.replace(/[\s$]+/gu, '');

export function textUnits(tree: Root): TextUnit[] {
  const units: TextUnit[] = [];
  const push = (text: string, line: number) => {
    const c = comparable(text);
    if (c !== '') units.push({ text: c, line });
  };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        push(toString(node), line);
        return 'skip';
      case 'code':
      case 'math':
        node.value.split('\n').forEach((codeLine, i) => push(codeLine, line + i + 1));
        return 'skip';
      case 'html':
        push(node.value, line);
        return 'skip';
      default:
        return undefined;
    }
  });
  return units;
}

export function sourceUnits(source: string): TextUnit[] {
  return textUnits(plainParser.parse(source));
}

/** A generated piece: MDX to re-parse, or a plain string published as data (a heading, a title). */
export type GeneratedPiece = { mdx: string } | { text: string };

/** Plain text of what was generated for one article, in order. */
export function generatedText(pieces: readonly GeneratedPiece[]): string {
  return pieces
    .map((piece) =>
      'text' in piece
        ? comparable(piece.text)
        : textUnits(mdxParser.parse(piece.mdx))
            .map((u) => u.text)
            .join('\n'),
    )
    .join('\n');
}

/**
 * `renamed` maps a source line to the text it legitimately became, e.g. a decorated title line
 * `#### 标题 ####` that is published as the title 标题.
 */
export function assertConserved(file: string, source: string, generated: string, renamed: ReadonlyMap<number, string> = new Map()): void {
  let cursor = 0;
  for (const original of sourceUnits(source)) {
    const replacement = renamed.get(original.line);
    const unit = replacement === undefined ? original : { ...original, text: comparable(replacement) };
    let at = generated.indexOf(unit.text, cursor);
    if (at === -1) at = generated.indexOf(unit.text);
    if (at === -1) {
      const preview = unit.text.length > 40 ? `${unit.text.slice(0, 40)}…` : unit.text;
      throw new IngestError(file, unit.line, `text lost in ingestion: "${preview}"`);
    }
    cursor = at + unit.text.length;
  }
}
