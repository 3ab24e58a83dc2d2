/**
 * MkDocs (Material, pymdown) writes asides and tabs as an opening line and a body indented by four
 * spaces: `!!! note "标题"` (`??? tip` folds, `???+` folds open) and `=== "PyTorch"`. CommonMark
 * reads the opening line as a paragraph and the body as an indented code block, so a reader would
 * see `!!! note` and prose set as code. The body is Markdown: it is read again as such (asides
 * nest; the transforms after this one then see it as any other text) and becomes a callout
 * (`> [!note] 标题`, rendered by
 * src/lib/markdown/callouts.ts); a tab becomes its label in bold above its content. The opening
 * line's markup goes; its title stays (conserve.ts reads it with `mkdocsLineWords`).
 */
import type { BlockContent, Blockquote, Code, DefinitionContent, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

const ADMONITION = /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+"([^"\n]*)")?[ \t]*$/u;
const TAB = /^===\+?[ \t]+"([^"\n]*)"[ \t]*$/u;

/** Material's admonition types, as the callout renderer names them. */
const KINDS: Record<string, string> = {
  note: 'note',
  abstract: 'abstract',
  summary: 'abstract',
  tldr: 'abstract',
  info: 'info',
  todo: 'todo',
  tip: 'tip',
  hint: 'tip',
  important: 'important',
  success: 'success',
  check: 'success',
  done: 'success',
  question: 'question',
  help: 'question',
  faq: 'question',
  warning: 'warning',
  caution: 'caution',
  attention: 'warning',
  failure: 'failure',
  fail: 'failure',
  missing: 'failure',
  danger: 'danger',
  error: 'error',
  bug: 'bug',
  example: 'example',
  quote: 'quote',
  cite: 'quote',
};

interface Opening {
  kind: 'admonition' | 'tab';
  /** Callout kind for an admonition. */
  callout: string;
  title: string;
  folded: boolean;
}

export function mkdocsOpening(line: string): Opening | null {
  const admonition = ADMONITION.exec(line.trim());
  if (admonition) {
    const type = admonition[2]!.toLowerCase();
    return { kind: 'admonition', callout: KINDS[type] ?? 'note', title: admonition[3] ?? '', folded: admonition[1] === '???' };
  }
  const tab = TAB.exec(line.trim());
  return tab ? { kind: 'tab', callout: '', title: tab[1]!, folded: false } : null;
}

/** What an opening line says in words (its title), or null when the line is not one. For conservation. */
export function mkdocsLineWords(line: string): string | null {
  return mkdocsOpening(line)?.title ?? null;
}

/** An indented code block, as CommonMark reads a four-space body (a fenced one starts with its fence). */
function isIndented(node: RootContent | undefined, source: string): node is Code {
  if (node?.type !== 'code' || node.lang) return false;
  const offset = node.position?.start.offset;
  return offset !== undefined && /^(?: {4}|\t)/u.test(source.slice(offset, offset + 4));
}

/** Positions of a body read on its own, moved to where it sits in the source (offsets do not map: the indent is gone). */
function relocate(tree: Root, line: number, column: number): void {
  visit(tree, (node: Node) => {
    if (!node.position) return;
    const { start, end } = node.position;
    node.position = {
      start: { line: start.line + line - 1, column: start.column + column - 1 },
      end: { line: end.line + line - 1, column: end.column + column - 1 },
    };
  });
}

function blockOf(opening: Opening, body: RootContent[]): RootContent[] {
  const content = body as (BlockContent | DefinitionContent)[];
  if (opening.kind === 'tab') {
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: opening.title }] }] };
    return [label, ...content];
  }
  const marker = `[!${opening.callout}]${opening.folded ? '-' : ''}${opening.title ? ` ${opening.title}` : ''}`;
  const quote: Blockquote = {
    type: 'blockquote',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: marker }] }, ...content],
  };
  return [quote];
}

export interface MkdocsBlocksOptions {
  /** Reads Markdown as ingestion reads a source, before its transforms. */
  parse: (markdown: string) => Root;
}

export const remarkMkdocsBlocks: Plugin<[MkdocsBlocksOptions], Root> = function (options) {
  const rewrite = (parent: Parent, source: string) => {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') continue;
      const [first = '', ...rest] = node.children[0].value.split('\n');
      const opening = mkdocsOpening(first);
      // The opening line alone in its paragraph, or followed by its body on the next lines.
      if (!opening || (node.children.length > 1 && rest.length === 0)) continue;
      const body: RootContent[] =
        rest.length > 0 ? [{ ...node, children: [{ ...node.children[0], value: rest.join('\n') }, ...node.children.slice(1)] }] : [];
      let end = i;
      while (isIndented(children[end + 1], source)) {
        const code = children[end + 1] as Code;
        const read = options.parse(code.value);
        rewrite(read, code.value);
        relocate(read, code.position?.start.line ?? 1, (code.position?.start.column ?? 1) + 4);
        body.push(...read.children);
        end++;
      }
      if (body.length === 0) continue;
      const replacement = blockOf(opening, body);
      children.splice(i, end + 1 - i, ...replacement);
      i += replacement.length - 1;
    }
    for (const child of children) if ('children' in child) rewrite(child as Parent, source);
  };
  return (tree, file) => {
    const source = String(file.value ?? '');
    if (/^[ \t]*(?:!!!|\?\?\?|===)/mu.test(source)) rewrite(tree, source);
  };
};
