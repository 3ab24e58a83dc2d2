/**
 * Fenced asides as documentation tools write them, made callouts (`> [!kind] title`, rendered by
 * src/lib/markdown/callouts.ts) instead of showing their fences as text:
 * - `:::info` … `:::` — Yuque, VitePress, VuePress and Docusaurus containers (`::: details 标题`
 *   folds);
 * - `{% note warning %}` … `{% endnote %}` — Hexo's note tag;
 * - `<aside>` … `</aside>` — Notion's callout block in its Markdown export;
 * - `::: {.callout-tip collapse="true"}` … `:::` — Quarto's callouts (pandoc fenced divs), titled by
 *   a `title="…"` attribute or by the heading that opens them; any other fenced div (`::: {.columns}`)
 *   only loses its fences.
 *
 * The parser has already made paragraphs of the fence lines (HTML is text here, parse.ts): an opening
 * fence is the first line of a paragraph, its closing fence the last line of the same paragraph or of
 * a later sibling (a list's last item included, where a closing line is read as a lazy continuation).
 * A fence that never closes stays text, as written. Only the fence lines go; every word between them
 * stays, and so does a title (conserve.ts reads fences by `fenceWords`).
 */
import type { Blockquote, BlockContent, DefinitionContent, Nodes, Paragraph, Parent, Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';

interface Opening {
  /** The callout's kind, or null for a fenced div that only groups its content. */
  kind: string | null;
  title: string;
  folded: boolean;
  /** What the closing line must be. */
  closes: (line: string) => boolean;
}

/** Kinds the callout renderer names (callouts.ts), from the names these tools use. */
const KINDS: Record<string, string> = {
  tip: 'tip',
  tips: 'tip',
  info: 'info',
  note: 'note',
  warning: 'warning',
  warn: 'warning',
  caution: 'caution',
  danger: 'danger',
  error: 'error',
  success: 'success',
  important: 'important',
  primary: 'note',
  default: 'note',
  details: 'note',
};

const COLON_FENCE = /^(:{3,})[ \t]*([A-Za-z][\w-]*)(?:[ \t]+(.*?))?[ \t]*$/u;
const PANDOC_DIV = /^(:{3,})[ \t]*\{([^{}]*)\}[ \t]*$/u;
const HEXO_NOTE = /^\{%-?\s*note(?:\s+([^%]*?))?\s*-?%\}$/u;
const HEXO_END = /^\{%-?\s*endnote\s*-?%\}$/u;
const ASIDE = /^<aside(?:\s[^<>]*)?>$/iu;
const ASIDE_END = /^<\/aside\s*>$/iu;

/** The callout an opening fence line starts, or null. */
export function openingFence(line: string): Opening | null {
  const div = PANDOC_DIV.exec(line);
  if (div) {
    const fence = div[1]!;
    const attributes = div[2]!;
    const callout = /(?:^|\s)\.callout-([\w-]+)/u.exec(attributes)?.[1]?.toLowerCase();
    return {
      kind: callout === undefined ? null : (KINDS[callout] ?? 'note'),
      title: /(?:^|\s)title="([^"]*)"/u.exec(attributes)?.[1] ?? '',
      folded: /(?:^|\s)collapse="?true"?/u.test(attributes),
      closes: (l) => new RegExp(`^:{${fence.length},}\\s*$`, 'u').test(l),
    };
  }
  const colon = COLON_FENCE.exec(line);
  if (colon) {
    const fence = colon[1]!;
    const name = colon[2]!.toLowerCase().replace(/^callout-/u, '');
    return {
      kind: KINDS[name] ?? 'note',
      title: colon[3] ?? '',
      folded: name === 'details',
      closes: (l) => new RegExp(`^:{${fence.length},}\\s*$`, 'u').test(l),
    };
  }
  const note = HEXO_NOTE.exec(line);
  if (note) {
    const words = (note[1] ?? '').split(/\s+/u).filter((w) => w !== '' && w !== 'no-icon');
    const known = words[0] !== undefined && KINDS[words[0].toLowerCase()] !== undefined;
    return {
      kind: known ? KINDS[words[0]!.toLowerCase()]! : 'note',
      title: (known ? words.slice(1) : words).join(' '),
      folded: false,
      closes: (l) => HEXO_END.test(l),
    };
  }
  if (ASIDE.test(line)) return { kind: 'note', title: '', folded: false, closes: (l) => ASIDE_END.test(l) };
  return null;
}

/** What a fence line says in words (its title), or null when the line is not a fence. For conservation. */
export function fenceWords(line: string): string | null {
  const trimmed = line.trim();
  const opening = openingFence(trimmed);
  if (opening) return opening.title;
  return /^:{3,}$/u.test(trimmed) || HEXO_END.test(trimmed) || ASIDE_END.test(trimmed) ? '' : null;
}

/** The first text of a paragraph, if it leads it. */
function leadingText(node: RootContent): Text | null {
  if (node.type !== 'paragraph') return null;
  const first = node.children[0];
  return first?.type === 'text' ? first : null;
}

/** The text that ends a node, down through its last children (a list's last item's paragraph). */
function trailingText(node: Nodes): { text: Text; paragraph: Paragraph; chain: Parent[] } | null {
  const chain: Parent[] = [];
  let at: Nodes = node;
  while ('children' in at && at.children.length > 0) {
    chain.push(at);
    if (at.type === 'paragraph') {
      const last = at.children.at(-1);
      return last?.type === 'text' ? { text: last, paragraph: at, chain } : null;
    }
    at = at.children.at(-1)! as Nodes;
  }
  return null;
}

/**
 * Blocks an aside may span. A fence left open is looked for this far and no further, so an article of
 * thousands of unclosed `:::` lines is read in linear time.
 */
const MAX_SPAN = 200;

const lastLine = (value: string) => value.slice(value.lastIndexOf('\n') + 1).trim();
const withoutLastLine = (value: string) => (value.includes('\n') ? value.slice(0, value.lastIndexOf('\n')) : '');

/**
 * A fence written right under a table (`| … |` then `:::`, as VitePress and Docusaurus users write a
 * table in a container) is read by GFM as the table's last row, of one cell: it closes the aside.
 */
function closingRow(table: Table, opening: Opening): boolean {
  const row = table.children.at(-1);
  if (!row || table.children.length < 2) return false;
  const [first, ...rest] = row.children;
  return first !== undefined && rest.every((cell) => toString(cell).trim() === '') && opening.closes(toString(first).trim());
}

/** Drop empty paragraphs (and the containers they emptied) left where a fence line was. */
function prune(node: Nodes): boolean {
  if (node.type === 'paragraph') {
    const last = node.children.at(-1);
    if (last?.type === 'text' && last.value === '') node.children.pop();
    const lastNow = node.children.at(-1);
    if (lastNow?.type === 'break') node.children.pop();
    return node.children.length > 0;
  }
  if ('children' in node && node.type !== 'root') {
    const parent = node as Parent;
    const lastChild = parent.children.at(-1) as Nodes | undefined;
    if (lastChild && !prune(lastChild)) parent.children.pop();
    return parent.children.length > 0;
  }
  return true;
}

function calloutOf(opening: Opening, body: RootContent[]): RootContent[] {
  if (opening.kind === null) return body;
  // Quarto titles a callout with the heading that opens it (`## 提示`).
  const first = body[0];
  if (!opening.title && first?.type === 'heading') {
    const words = toString(first);
    if (words.trim() !== '') return calloutOf({ ...opening, title: words.trim() }, body.slice(1));
  }
  return [quoteOf(opening, body)];
}

function quoteOf(opening: Opening, body: RootContent[]): Blockquote {
  const marker = `[!${opening.kind}]${opening.folded ? '-' : ''}${opening.title ? ` ${opening.title}` : ''}`;
  const first = body[0];
  // The marker leads the callout's first paragraph, as GitHub writes `> [!NOTE]` above its text.
  if (first?.type === 'paragraph' && !opening.title) {
    first.children.unshift({ type: 'text', value: `${marker}\n` });
    return { type: 'blockquote', children: body as (BlockContent | DefinitionContent)[] };
  }
  const head: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: marker }] };
  return { type: 'blockquote', children: [head, ...(body as (BlockContent | DefinitionContent)[])] };
}

/** Rewrites fenced asides among one parent's children; true when any was found. */
function rewrite(children: RootContent[]): void {
  for (let i = 0; i < children.length; i++) {
    const lead = leadingText(children[i]!);
    if (!lead) continue;
    const firstLine = lead.value.split('\n', 1)[0]!.trim();
    const opening = openingFence(firstLine);
    if (!opening) continue;
    // The closing fence: the opening paragraph's own last line (after its first), or a later sibling's.
    let end = -1;
    for (let j = i; j < Math.min(children.length, i + MAX_SPAN) && end < 0; j++) {
      const node = children[j]!;
      if (node.type === 'table' && closingRow(node, opening)) {
        node.children.pop();
        end = j;
        break;
      }
      const tail = trailingText(node);
      if (!tail) continue;
      const isOpeningLine = j === i && tail.text === lead && !lead.value.includes('\n');
      if (!isOpeningLine && opening.closes(lastLine(tail.text.value))) end = j;
    }
    if (end < 0) continue;
    const tail = trailingText(children[end]!);
    if (tail) tail.text.value = withoutLastLine(tail.text.value).replace(/\n$/u, '');
    lead.value = lead.value.includes('\n') ? lead.value.slice(lead.value.indexOf('\n') + 1) : '';
    if (lead.value === '') children[i] = children[i]!.type === 'paragraph' ? removeLeading(children[i] as Paragraph) : children[i]!;
    const body = children.slice(i, end + 1).filter((node) => prune(node as Nodes));
    const replacement = calloutOf(opening, body);
    children.splice(i, end + 1 - i, ...replacement);
    i += replacement.length - 1;
  }
}

/** A paragraph without its (now empty) leading text and the line break after it. */
function removeLeading(paragraph: Paragraph): Paragraph {
  const [, next, ...rest] = paragraph.children;
  const children = next?.type === 'break' ? rest : next ? [next, ...rest] : rest;
  return { ...paragraph, children };
}

export const remarkContainerCallouts: Plugin<[], Root> = function () {
  return (tree) => {
    const walk = (parent: Parent) => {
      rewrite(parent.children as RootContent[]);
      for (const child of parent.children) if ('children' in child) walk(child as Parent);
    };
    walk(tree);
  };
};
