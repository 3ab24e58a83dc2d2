/**
 * Rewrite (rewrite-source.ts): a size written into a Markdown image, which the writer's editor reads
 * and CommonMark does not. markdown-it-imsize (HackMD, HedgeDoc, Azure DevOps wikis) writes it after
 * the address, `![时间线](/a.png =720x)`, and CommonMark then reads no image at all, only brackets;
 * Discourse writes it after the name, `![截图|690x388](upload://a.png)`, which would name the picture
 * 「截图|690x388」. The size goes, and the picture is read as any other. Code and math are left alone.
 */
import { lineFinder, literalRanges, rangeLookup } from './parse.ts';

/** `![name](address "title" =720x)`: the image up to its size, then the size (`=720x`, `=x200`, `=50%x`, `=320x240`). */
const IMSIZE = /(!\[[^\]\n]*\]\(\s*(?:<[^<>\n]+>|[^\s()<>]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?)\s+=(?=[\d%x]*\d)\d*%?(?:x\d*%?)?\s*\)/gu;
/** `![name|690x388](…)` and `![name|690x388, 50%](…)`: Discourse's size and scale after the name. */
const DISCOURSE_SIZE = /(!\[[^\]|\n]*)\|\d+x\d+(?:,\s*\d+%)?(\]\()/gu;

export interface ImageSizes {
  text: string;
  /** Lines where a size was left out of an image. */
  lines: number[];
  /** The sizes left out, each once, in the order they are written (`=720x`, `|690x388`). */
  sizes: string[];
}

export function withoutImageSizes(text: string): ImageSizes {
  if (!text.includes('![')) return { text, lines: [], sizes: [] };
  // What each match keeps: the image up to its size, and for Discourse the `](` after it.
  const edits = [
    ...[...text.matchAll(IMSIZE)].map((m) => ({
      at: m.index,
      length: m[0].length,
      value: `${m[1]})`,
      size: m[0].slice(m[1]!.length, -1).trim(),
    })),
    ...[...text.matchAll(DISCOURSE_SIZE)].map((m) => ({
      at: m.index,
      length: m[0].length,
      value: `${m[1]}${m[2]}`,
      size: m[0].slice(m[1]!.length, -m[2]!.length),
    })),
  ];
  if (edits.length === 0) return { text, lines: [], sizes: [] };
  const inLiteral = rangeLookup(literalRanges(text, { math: true }));
  const lineAt = lineFinder(text);
  const lines = new Set<number>();
  const sizes: { at: number; size: string }[] = [];
  let out = text;
  // Right to left, so the offsets found in the original text stay true while it is rewritten. Two
  // edits share an offset only for an image written with both sizes (`![名|690x388](a.png =720x)`):
  // the stable sort keeps the imsize edit first, and it leaves the name as it was for the other.
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    if (inLiteral(edit.at, edit.at + edit.length)) continue;
    out = out.slice(0, edit.at) + edit.value + out.slice(edit.at + edit.length);
    lines.add(lineAt(edit.at));
    sizes.push({ at: edit.at, size: edit.size });
  }
  return {
    text: out,
    lines: [...lines].sort((a, b) => a - b),
    sizes: [...new Set(sizes.sort((a, b) => a.at - b.at).map((s) => s.size))],
  };
}
