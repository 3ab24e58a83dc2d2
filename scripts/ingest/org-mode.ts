/**
 * Rewrite (rewrite-source.ts): an Org mode article (Emacs) as the Markdown it means. Org and
 * Markdown disagree on the most common lines: `* 标题` is an Org headline but a Markdown bullet,
 * `# 备注` is an Org comment but a Markdown heading, `*粗体*` and `/斜体/` are Org emphasis. Read as
 * Markdown, an Org article loses its questions and gains a heading from a code comment. uniorg-parse
 * reads it as Emacs does; each element is written back as Markdown on the lines it stood on.
 */
import { unified } from 'unified';
import uniorgParse from 'uniorg-parse';
import type { OrgData, OrgNode } from 'uniorg';
import { lineFinder, lineStarts } from './parse.ts';

/** Settings lines (`#+TITLE:`, `#+begin_src`) an Org file has and a Markdown article does not. */
const ORG_SETTING = /^[ \t]*#\+(?:title|author|date|options|startup|setupfile|language|begin_[a-z]+|end_[a-z]+)\b/imu;
const ORG_HEADLINE = /^\*+[ \t]+\S/mu;
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+\S/mu;
const MARKDOWN_FENCE = /^ {0,3}(?:```|~~~)/mu;

/**
 * Whether a text is Org mode: an `.org` file, or one with Org's settings lines and headlines and no
 * Markdown fence. A Markdown article that shows Org inside a code fence stays Markdown.
 */
export function isOrgDocument(file: string, text: string): boolean {
  if (/\.org$/iu.test(file)) return true;
  if (MARKDOWN_FENCE.test(text) || !ORG_SETTING.test(text)) return false;
  // An Org comment `# …` reads as a Markdown heading; a text with Org headlines has its headings there.
  return ORG_HEADLINE.test(text) || !MARKDOWN_HEADING.test(text);
}

export interface OrgRewrite {
  text: string;
  /** Lines of settings, comments, drawers and planning not published (`#+AUTHOR:`, `# …`, `:PROPERTIES:`). */
  hidden: number[];
  /** Lines where a block (`#+begin_src`, `#+begin_quote` …) opens. */
  blocks: number[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const CALLOUTS = new Set(['note', 'tip', 'info', 'warning', 'important', 'caution', 'danger', 'details']);
/** LaTeX environments and what stands for them inside `$$`: '' for none. */
const ENVIRONMENTS: Record<string, string> = {
  equation: '',
  displaymath: '',
  math: '',
  align: 'aligned',
  eqnarray: 'aligned',
  flalign: 'aligned',
  gather: 'gathered',
  multline: 'gathered',
};

/** A `#+CAPTION:` as plain words: Org parses it as inline content. */
function captionOf(value: unknown): string {
  const first: unknown = Array.isArray(value) && Array.isArray(value[0]) ? value[0] : value;
  const words = (nodes: unknown): string =>
    Array.isArray(nodes)
      ? nodes.map((n: { value?: unknown; children?: unknown }) => (typeof n.value === 'string' ? n.value : words(n.children))).join('')
      : '';
  return words(first).replace(/[[\]]/gu, '').trim();
}

const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/iu;

/** An inline code span holding `value`, fenced with more backticks than it holds in a row. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

type Positioned = OrgNode & { position: NonNullable<OrgNode['position']> };
const positioned = (node: OrgNode): node is Positioned => node.position?.start.offset !== undefined;
const childrenOf = (node: OrgNode | OrgData): OrgNode[] => ('children' in node ? (node.children as OrgNode[]) : []);

export function withOrgMode(source: string): OrgRewrite {
  const tree = unified().use(uniorgParse, { trackPosition: true }).parse(source) as OrgData;
  const starts = lineStarts(source);
  const lineCount = starts.length;
  const lineEnd = (i: number) => (i + 1 < lineCount ? starts[i + 1]! - 1 : source.length);
  const lineText = (i: number) => source.slice(starts[i]!, lineEnd(i));

  /** Whole lines written anew (0-based); inline edits inside them are dropped. */
  const replaced = new Map<number, string>();
  /** Per line: leading characters to drop and what to write in their place. */
  const prefixes = new Map<number, { drop: number; text: string }>();
  const inline: Edit[] = [];
  const hidden: number[] = [];
  const blocks: number[] = [];
  /** Lines inside code blocks (0-based). */
  const codeLines = new Set<number>();

  const startLine = (n: Positioned) => n.position.start.line - 1;
  /** The last line an element holds text on: Org counts the blank lines after it as its own. */
  const lastLine = (n: Positioned) => {
    let last = n.position.end.column === 1 ? n.position.end.line - 2 : n.position.end.line - 1;
    while (last > startLine(n) && lineText(last).trim() === '') last--;
    return last;
  };
  const hide = (from: number, to: number) => {
    for (let i = from; i <= to; i++) {
      replaced.set(i, '');
      hidden.push(i + 1);
    }
  };
  /** The line of a block's `#+end_…`, searched from its end: a block's value may hold blank lines. */
  const endOfBlock = (n: Positioned) => {
    for (let i = lastLine(n); i > startLine(n); i--) if (/^[ \t]*#\+end_/iu.test(lineText(i))) return i;
    return lastLine(n);
  };
  const indentOf = (i: number) => /^[ \t]*/u.exec(lineText(i))![0].length;
  /** Org indents a heading's text under it; four spaces would make Markdown code of it. */
  const dedent = (from: number, to: number) => {
    let least = Infinity;
    for (let i = from; i <= to; i++) if (lineText(i).trim() !== '') least = Math.min(least, indentOf(i));
    if (!Number.isFinite(least) || least === 0) return;
    for (let i = from; i <= to; i++) if (!prefixes.has(i)) prefixes.set(i, { drop: Math.min(least, indentOf(i)), text: '' });
  };

  const slice = (n: Positioned) => source.slice(n.position.start.offset, n.position.end.offset);
  /** The Markdown of inline content between two offsets, its markup nodes written anew. */
  const inlineMarkdown = (nodes: readonly OrgNode[], from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const child of nodes) {
      if (!positioned(child)) continue;
      const md = inlineNode(child);
      if (md === null) continue;
      out += source.slice(at, child.position.start.offset) + md;
      at = child.position.end.offset!;
    }
    return out + source.slice(at, to);
  };
  const contents = (n: Positioned): string => {
    const kids = childrenOf(n).filter(positioned);
    if (kids.length === 0) return '';
    return inlineMarkdown(kids, kids[0]!.position.start.offset!, kids.at(-1)!.position.end.offset!);
  };
  /** An inline node as Markdown, or null to keep it as written. */
  const inlineNode = (n: Positioned): string | null => {
    switch (n.type) {
      case 'bold':
        return `**${contents(n)}**`;
      case 'italic':
        return `*${contents(n)}*`;
      case 'strike-through':
        return `~~${contents(n)}~~`;
      case 'underline':
        return contents(n);
      case 'text':
        // Org reads `中文*不粗*中文` as text; Markdown would read emphasis into it.
        return n.value.includes('*') ? slice(n).replace(/\*/gu, '\\*') : null;
      case 'code':
      case 'verbatim':
        return codeSpan(n.value);
      case 'footnote-reference':
        return n.label ? `[^${n.label}]` : null;
      case 'link': {
        const label = childrenOf(n).length > 0 ? contents(n) : '';
        const target = n.linkType === 'file' ? n.path : n.rawLink;
        if (/^(?:https?|mailto|ftp)$/u.test(n.linkType) || n.linkType === 'file') {
          if (label === '' && n.linkType === 'file' && IMAGE.test(n.path)) return `![${caption}](${target})`;
          return `[${label || target}](${encodeURI(target).replace(/[()]/gu, (c) => encodeURIComponent(c))})`;
        }
        // A link inside the file (`[[*标题]]`, `[[#id]]`) or of Emacs' own kinds: its words.
        return label || n.rawLink.replace(/^[*#]/u, '');
      }
      default:
        return null;
    }
  };
  /** The `#+CAPTION:` of the paragraph being written, an image's name. */
  let caption = '';
  const inlineEdits = (n: Positioned) => {
    for (const child of childrenOf(n)) {
      if (!positioned(child)) continue;
      const md = inlineNode(child);
      if (md !== null && md !== slice(child))
        inline.push({ start: child.position.start.offset!, end: child.position.end.offset!, text: md });
      else if (md === null && 'children' in child) inlineEdits(child);
    }
  };

  const hasTitle = childrenOf(tree).some((n) => n.type === 'keyword' && n.key.toUpperCase() === 'TITLE');

  const element = (n: OrgNode) => {
    if (!positioned(n)) {
      for (const child of childrenOf(n)) element(child);
      return;
    }
    const first = startLine(n);
    switch (n.type) {
      case 'keyword':
        if (n.key.toUpperCase() === 'TITLE' && n.value.trim() !== '') replaced.set(first, `# ${n.value.trim()}`);
        else hide(first, first);
        return;
      case 'headline': {
        const level = Math.min(6, n.level + (hasTitle ? 1 : 0));
        const words = childrenOf(n).filter(positioned);
        const line = lineText(first);
        if (words.length === 0) {
          replaced.set(first, '#'.repeat(level));
          return;
        }
        // The stars, TODO keyword and [#A] priority before the title, the :tags: after it, out.
        const from = words[0]!.position.start.offset! - starts[first]!;
        const to = words.at(-1)!.position.end.offset! - starts[first]!;
        prefixes.set(first, { drop: from, text: `${'#'.repeat(level)} ` });
        if (to < line.length) inline.push({ start: starts[first]! + to, end: lineEnd(first), text: '' });
        inlineEdits(n);
        return;
      }
      case 'plain-list':
        if (n.listType === 'descriptive')
          for (const item of childrenOf(n)) {
            if (!positioned(item)) continue;
            // `- 术语 :: 解释` as Markdown's nearest: the term in bold.
            const i = startLine(item);
            const m = /^([ \t]*(?:[-+*]|\d+[.)])[ \t]+(?:\[[ xX-]\][ \t]+)?)(.*?)[ \t]+::(?:[ \t]+|$)/u.exec(lineText(i));
            if (m) inline.push({ start: starts[i]! + m[1]!.length, end: starts[i]! + m[0].length, text: `**${m[2]}**：` });
          }
        dedent(first, lastLine(n));
        for (const child of childrenOf(n)) element(child);
        return;
      case 'section':
      case 'list-item':
      case 'footnote-definition':
      case 'table':
        if (n.type === 'footnote-definition') dedent(first, lastLine(n));
        if (n.type === 'table') table(n);
        if (n.type === 'footnote-definition' && /^\[fn:[^\]]+\]/u.test(lineText(first).trimStart())) {
          const at = starts[first]! + indentOf(first);
          const label = /^\[fn:([^\]]+)\]/u.exec(lineText(first).trimStart())![1]!;
          inline.push({ start: at, end: at + `[fn:${label}]`.length, text: `[^${label}]:` });
        }
        for (const child of childrenOf(n)) element(child);
        return;
      case 'paragraph':
      case 'list-item-tag':
      case 'table-row':
        if (n.type === 'paragraph') dedent(first, lastLine(n));
        caption = n.type === 'paragraph' ? captionOf(n.affiliated.CAPTION) : '';
        inlineEdits(n);
        caption = '';
        return;

      case 'src-block':
      case 'example-block':
      case 'export-block': {
        const end = endOfBlock(n);
        blocks.push(first + 1);
        const lang = n.type === 'src-block' ? (n.language ?? '') : '';
        if (n.type === 'export-block') {
          // Raw HTML or LaTeX for one exporter: its text is published as Markdown would show it.
          replaced.set(first, '');
          replaced.set(end, '');
          dedent(first + 1, end - 1);
          return;
        }
        for (let i = first + 1; i < end; i++) codeLines.add(i);
        replaced.set(first, `\`\`\`${lang}`);
        replaced.set(end, '```');
        const value = n.value.replace(/\n$/u, '').split('\n');
        const body = end - first - 1;
        // Org escapes a code line opening with `*` or `#+` by a comma; the value is the code itself.
        if (value.length === body) value.forEach((v, k) => replaced.set(first + 1 + k, v));
        else dedent(first + 1, end - 1);
        return;
      }
      case 'fixed-width':
        for (let i = first; i <= lastLine(n); i++)
          replaced.set(i, codeSpan(lineText(i).replace(/^[ \t]*:[ \t]?/u, '')) + (i < lastLine(n) ? '  ' : ''));
        return;
      case 'quote-block':
      case 'verse-block':
      case 'center-block':
      case 'special-block': {
        const end = endOfBlock(n);
        blocks.push(first + 1);
        if (n.type === 'special-block' && CALLOUTS.has(n.blockType.toLowerCase())) {
          replaced.set(first, `:::${n.blockType.toLowerCase()}`);
          replaced.set(end, ':::');
        } else {
          replaced.set(first, '');
          replaced.set(end, '');
        }
        for (const child of childrenOf(n)) element(child);
        if (n.type === 'quote-block' || n.type === 'verse-block') {
          dedent(first + 1, end - 1);
          for (let i = first + 1; i < end; i++) {
            const p = prefixes.get(i);
            prefixes.set(i, { drop: p?.drop ?? 0, text: `> ${p?.text ?? ''}` });
            // A verse keeps its line breaks.
            if (n.type === 'verse-block' && i < end - 1 && !replaced.has(i))
              inline.push({ start: lineEnd(i), end: lineEnd(i), text: '  ' });
          }
        }
        return;
      }
      case 'comment':
      case 'comment-block':
      case 'drawer':
      case 'property-drawer':
      case 'planning':
      case 'clock':
        hide(first, n.type === 'comment-block' ? endOfBlock(n) : lastLine(n));
        return;
      case 'latex-environment':
        blocks.push(first + 1);
        displayMath(n.value, first, lastLine(n));
        return;
      default:
        for (const child of childrenOf(n)) element(child);
    }
  };

  /**
   * A LaTeX environment Org typesets as a displayed formula, between `$$` lines: the numbered
   * `equation` is its formula, `align` is KaTeX's `aligned` (a display holds one formula), and any
   * other (`cases`, `matrix`) stays inside.
   */
  const displayMath = (value: string, from: number, to: number) => {
    const m = /^\s*\\begin\{([A-Za-z]+\*?)\}([\s\S]*?)\\end\{\1\}\s*$/u.exec(value);
    if (!m) return;
    const env = m[1]!.replace(/\*$/u, '');
    const inner = ENVIRONMENTS[env] === undefined ? m[1]! : ENVIRONMENTS[env];
    const open = inner ? `\\begin{${inner}}` : '';
    const close = inner ? `\\end{${inner}}` : '';
    if (to - from < 2) {
      replaced.set(from, `$$${open}${m[2]!.replace(/\n/gu, ' ').trim()}${close}$$`);
      for (let i = from + 1; i <= to; i++) replaced.set(i, '');
      return;
    }
    replaced.set(from, '$$');
    replaced.set(to, '$$');
    if (open) prefixes.set(from + 1, { drop: 0, text: open });
    if (close) inline.push({ start: lineEnd(to - 1), end: lineEnd(to - 1), text: close });
  };

  /** An Org table's rule `|---+---|` under its first row is Markdown's delimiter row; other rules go. */
  const table = (n: Positioned) => {
    if (n.type !== 'table' || n.tableType !== 'org') return;
    let seenRow = false;
    let delimited = false;
    for (const row of childrenOf(n)) {
      if (!positioned(row) || row.type !== 'table-row') continue;
      const i = startLine(row);
      if (row.rowType === 'standard') {
        seenRow = true;
        continue;
      }
      if (seenRow && !delimited) {
        replaced.set(i, lineText(i).trim().replace(/\+/gu, '|'));
        delimited = true;
      } else replaced.set(i, '');
    }
  };

  for (const n of childrenOf(tree)) element(n);

  // Affiliated settings (`#+CAPTION:`, `#+NAME:`, `#+ATTR_HTML:`) and a table's `#+TBLFM:` stand on
  // lines no element claims; a setting-looking line in code is code.
  for (let i = 0; i < lineCount; i++)
    if (!replaced.has(i) && !codeLines.has(i) && /^[ \t]*#\+[A-Za-z_]+(?:\[[^\]]*\])?:/u.test(lineText(i))) hide(i, i);

  const lineOf = lineFinder(source);
  const edits: Edit[] = inline.filter((e) => !replaced.has(lineOf(e.start) - 1));
  for (const [i, p] of prefixes) if (!replaced.has(i)) edits.push({ start: starts[i]!, end: starts[i]! + p.drop, text: p.text });
  for (const [i, text] of replaced) edits.push({ start: starts[i]!, end: lineEnd(i), text });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  const pieces: string[] = [];
  let at = 0;
  for (const e of edits) {
    // Edits never overlap by construction; one met inside another (a link inside bold) is in its text already.
    if (e.start < at) continue;
    pieces.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(source.slice(at));
  const text = pieces.join('');
  return { text, hidden: [...new Set(hidden)].sort((a, b) => a - b), blocks };
}
