/** Source checks that need the tree: problems that would otherwise lose text silently. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { IngestError, type IngestWarning } from './errors.ts';
import type { SplitArticle } from './split.ts';
import { LABELLED_CLOSE } from './transforms/labelled-equations.ts';

/**
 * CommonMark lets an unclosed fence swallow the rest of the file, headings included: refuse it.
 * Display math (`$$`) is fenced the same way.
 */
export function assertFencesClosed(file: string, tree: Root, source: string): void {
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'math') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = source.slice(start, end);
    const opener = /^[ \t]*(`{3,}|~{3,}|\${2,})/.exec(raw);
    if (!opener) return; // indented code has no fence
    const fence = opener[1]!;
    const lines = raw.split('\n');
    const closing = lines.length > 1 ? lines.at(-1)!.trim() : '';
    // A display equation may carry its label on the closing fence (`$$ {#eq-bayes}`, labelled-equations.ts).
    const closed =
      closing.startsWith(fence[0]!.repeat(fence.length)) &&
      (/^(`+|~+|\$+)$/.test(closing) || (node.type === 'math' && LABELLED_CLOSE.test(closing)));
    // `$$ x $$` alone on a line, displayed (remark-display-math-line.ts), opens and closes on that line.
    const oneLine = node.type === 'math' && lines.length === 1 && raw.trim().length > 2 * fence.length && raw.trimEnd().endsWith(fence);
    if (!closed && !oneLine) {
      const what = node.type === 'math' ? '公式块' : '代码块围栏';
      throw new IngestError(file, node.position!.start.line, `${what} ${fence} 没有闭合；请补上一行 ${fence} 作为结束`);
    }
  });
}

/**
 * The deepest container nesting ingestion accepts. micromark and mdast-util-to-markdown recurse
 * per level: a list nested 1,000 deep took a minute to parse and then overflowed the stack while
 * serialising, with no hint of where. Real articles nest a handful of levels.
 */
export const MAX_NESTING = 128;

/**
 * Refuses, before parsing, a line whose container prefix (block quote markers, list markers and
 * the indentation that nests list items) is deeper than `max`. Only an upper bound is needed:
 * each quote or list marker opens at most one level and each nested list item needs at least two
 * more columns of indentation, so the count never under-estimates the depth of the parsed tree.
 */
export function assertNestingDepth(file: string, source: string, max = MAX_NESTING): void {
  let line = 1;
  for (let at = 0; at < source.length; line++) {
    const end = source.indexOf('\n', at);
    const lineEnd = end === -1 ? source.length : end;
    const depth = prefixDepth(source, at, lineEnd);
    if (depth > max) {
      throw new IngestError(file, line, `列表或引用块在这里嵌套了约 ${depth} 层，最多接受 ${max} 层——请减少嵌套`);
    }
    at = lineEnd + 1;
  }
}

function prefixDepth(source: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 32) {
      columns++;
      i++;
    } else if (c === 9) {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === 62 /* > */) {
      markers++;
      i++;
    } else {
      const after = listMarkerEnd(source, i, end);
      if (after === -1) break;
      markers++;
      i = after;
    }
  }
  return markers + Math.floor(columns / 2);
}

/** Index just past a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space, tab or line end; -1 if none. */
function listMarkerEnd(source: string, i: number, end: number): number {
  let next = i;
  const c = source.charCodeAt(i);
  if (c === 45 || c === 43 || c === 42) next++;
  else {
    while (next < end && next - i < 9 && isDigit(source.charCodeAt(next))) next++;
    const delimiter = source.charCodeAt(next);
    if (next === i || (delimiter !== 46 && delimiter !== 41)) return -1;
    next++;
  }
  if (next < end && source.charCodeAt(next) !== 32 && source.charCodeAt(next) !== 9) return -1;
  return next;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Pagefind's Chinese segmentation slows down faster than linearly on a long run of Han characters
 * with no punctuation or space: 60,000 such characters took ~4 s to index, 300,000 over 5 minutes.
 * Real prose breaks far sooner, so a run this long is most likely pasted data; it is ingested as
 * it is, but the maintainer hears about it before a build seems to hang.
 */
export const LONG_HAN_RUN = 20_000;
const HAN = /\p{Script=Han}/u;

export function longHanRunWarnings(file: string, source: string, limit = LONG_HAN_RUN): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  let line = 1;
  let run = 0;
  let runLine = 1;
  let warned = false;
  for (const char of source) {
    if (char === '\n') line++;
    if (HAN.test(char)) {
      if (run === 0) runLine = line;
      run++;
      if (run > limit && !warned) {
        warned = true;
        warnings.push({
          file,
          line: runLine,
          message: `连续超过 ${limit} 个汉字没有标点或空格；已原样保留，但这样的长串会让搜索索引急剧变慢——如果是正文，请断句`,
        });
      }
    } else {
      run = 0;
      warned = false;
    }
  }
  return warnings;
}

export function duplicateNumberWarnings(file: string, article: SplitArticle): IngestWarning[] {
  const seen = new Map<string, number>();
  const warnings: IngestWarning[] = [];
  for (const part of article.parts) {
    if (part.kind !== 'entry' || part.index === null) continue;
    const key = String(part.index);
    const firstLine = seen.get(key);
    if (firstLine === undefined) seen.set(key, part.heading.line);
    else
      warnings.push({
        file,
        line: part.heading.line,
        message: `问题编号 ${key} 重复（首次出现在第 ${firstLine} 行）；两条都保留，id 各不相同`,
      });
  }
  return warnings;
}
