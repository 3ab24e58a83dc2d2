/** Source checks that need the tree: problems that would otherwise lose text silently. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { IngestError, type IngestWarning } from './errors.ts';
import type { SplitArticle } from './split.ts';

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
    const closed = closing.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+|\$+)$/.test(closing);
    if (!closed) {
      const what = node.type === 'math' ? 'math block' : 'code fence';
      throw new IngestError(file, node.position!.start.line, `${what} ${fence} is never closed; add a closing ${fence} line`);
    }
  });
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
        message: `question number ${key} repeats (first at line ${firstLine}); both kept with distinct ids`,
      });
  }
  return warnings;
}
