/**
 * Fenced asides as documentation tools write them, made callouts (`> [!kind] title`, rendered by
 * src/lib/markdown/callouts.ts) instead of showing their fences as text:
 * - `:::info` … `:::` — Yuque, VitePress, VuePress and Docusaurus containers (`::: details 标题`
 *   folds);
 * - `{% note warning %}` … `{% endnote %}` — Hexo's note tag;
 * - `{% hint style="warning" %}` … `{% endhint %}` — GitBook's hint block;
 * - `{{% notice info "标题" %}}` … `{{% /notice %}}`, and the like of Hugo themes (`notice`, `hint`,
 *   `admonition`, `alert`, `callout`; `{{< details summary="标题" >}}` folds), with `<` or `%`;
 * - `<aside>` … `</aside>` — Notion's callout block in its Markdown export;
 * - `[details="标题"]` … `[/details]` (folds) and `[quote="user, post:3, topic:12"]` … `[/quote]`
 *   (titled by who is quoted) — Discourse's BBCode, as a forum post pasted raw holds them;
 * - `::: {.callout-tip collapse="true"}` … `:::` — Quarto's callouts (pandoc fenced divs), titled by
 *   a `title="…"` attribute or by the heading that opens them; any other fenced div (`::: {.columns}`)
 *   only loses its fences.
 *
 * The parser has already made paragraphs of the fence lines (HTML is text here, parse.ts); a fence
 * line inside a paragraph (written with no blank line around it) is first made a paragraph of its
 * own. An opening fence leads a paragraph, its closing fence is the last line of a later sibling (a
 * list's last item included, where a closing line is read as a lazy continuation). Fences nest, as in
 * pandoc and markdown-it-container: a closing line closes the innermost fence open, so `::: {.columns}`
 * holding two `::: {.column}` of the same length closes after them. A fence that never closes stays
 * text, as written. Only the fence lines go; every word between them stays, and so does a title
 * (conserve.ts reads fences by `fenceWords`).
 */
import type {
  Blockquote,
  BlockContent,
  DefinitionContent,
  Nodes,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  Text,
} from 'mdast';
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

/** `:::tip 标题`, or Docusaurus 3's `:::tip[标题]`. */
const COLON_FENCE = /^(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(?:[ \t]+(.*?))?[ \t]*$/u;
const PANDOC_DIV = /^(:{3,})[ \t]*\{([^{}]*)\}[ \t]*$/u;
const HEXO_NOTE = /^\{%-?\s*note(?:\s+([^%]*?))?\s*-?%\}$/u;
const HEXO_END = /^\{%-?\s*endnote\s*-?%\}$/u;
/** Hugo themes' paired shortcodes for asides, and the named argument each gives its kind and title by. */
const HUGO_ASIDE = /^\{\{([<%])\s*(notice|hint|admonition|alert|callout|details)(?:\s+(.*?))?\s*[>%]\}\}$/u;
const hugoEnd = (name: string) => new RegExp(`^\\{\\{[<%]\\s*/${name}\\s*[>%]\\}\\}$`, 'u');
/** A shortcode's arguments: named (`type="tip"`), else positional (`info "写在前面"`), quotes removed. */
function shortcodeArguments(args: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of args.matchAll(/(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|(\S+))/gu)) {
    const value = (match[2] ?? match[3] ?? '').replace(/\\"/gu, '"');
    if (match[1]) named.set(match[1].toLowerCase(), value);
    else positional.push(value);
  }
  return { named, positional };
}

function hugoAside(line: string): Opening | null {
  const aside = HUGO_ASIDE.exec(line);
  if (!aside) return null;
  const name = aside[2]!;
  const { named, positional } = shortcodeArguments(aside[3] ?? '');
  const closes = (l: string) => hugoEnd(name).test(l);
  if (name === 'details')
    return { kind: 'note', title: named.get('summary') ?? named.get('title') ?? positional[0] ?? '', folded: !named.has('open'), closes };
  const type = (named.get('type') ?? named.get('style') ?? positional[0] ?? '').toLowerCase();
  const known = KINDS[type] !== undefined;
  const title = named.get('title') ?? (known ? positional[1] : positional[0]) ?? '';
  return { kind: known ? KINDS[type]! : 'note', title, folded: false, closes };
}

/** Zola's body shortcodes for asides: `{% admonition(type="tip", title="阅读提示") %}` … `{% end %}`. */
const ZOLA_ASIDE = /^\{%-?\s*(admonition|callout|alert|notice|note|tip|info|warning|danger|details)\((.*)\)\s*-?%\}$/u;
const ZOLA_END = /^\{%-?\s*end\s*-?%\}$/u;

/** Zola's `key="value", key=value` arguments. */
export function zolaArguments(args: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of args.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^,\s)]+))/gu))
    found.set(m[1]!, m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

function zolaAside(line: string): Opening | null {
  const aside = ZOLA_ASIDE.exec(line);
  if (!aside) return null;
  const name = aside[1]!;
  const named = zolaArguments(aside[2]!);
  const type = (named.get('type') ?? named.get('kind') ?? (KINDS[name] ? name : '')).toLowerCase();
  return {
    kind: KINDS[type] ?? 'note',
    title: named.get('title') ?? named.get('summary') ?? '',
    folded: name === 'details',
    closes: (l) => ZOLA_END.test(l),
  };
}

const GITBOOK_HINT = /^\{%-?\s*hint(?:\s+style="?([\w-]*)"?)?\s*-?%\}$/u;
const GITBOOK_END = /^\{%-?\s*endhint\s*-?%\}$/u;
const ASIDE = /^<aside(?:\s[^<>]*)?>$/iu;
const ASIDE_END = /^<\/aside\s*>$/iu;
/** Discourse's `[details="摘要" open]` and `[quote="user, post:37, topic:1284"]`; quotes may be left out. */
const DISCOURSE_DETAILS = /^\[details(?:="([^"]*)"|=([^\]\s]*))?(\s+open)?\]$/iu;
const DISCOURSE_QUOTE = /^\[quote(?:="([^",]*)[^"]*"|=([^\],\s]*)[^\]]*)?\]$/iu;
const DISCOURSE_END = /^\[\/(?:details|quote)\]$/iu;

function discourseBlock(line: string): Opening | null {
  const details = DISCOURSE_DETAILS.exec(line);
  if (details)
    return {
      kind: 'note',
      title: (details[1] ?? details[2] ?? '').trim(),
      folded: !details[3],
      closes: (l) => /^\[\/details\]$/iu.test(l),
    };
  const quote = DISCOURSE_QUOTE.exec(line);
  if (quote) return { kind: 'quote', title: (quote[1] ?? quote[2] ?? '').trim(), folded: false, closes: (l) => /^\[\/quote\]$/iu.test(l) };
  return null;
}

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
      title: [colon[3], colon[4]].filter((t) => t !== undefined && t.trim() !== '').join(' '),
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
  const hugo = hugoAside(line) ?? zolaAside(line);
  if (hugo) return hugo;
  const hint = GITBOOK_HINT.exec(line);
  if (hint) return { kind: KINDS[(hint[1] ?? '').toLowerCase()] ?? 'note', title: '', folded: false, closes: (l) => GITBOOK_END.test(l) };
  if (ASIDE.test(line)) return { kind: 'note', title: '', folded: false, closes: (l) => ASIDE_END.test(l) };
  return discourseBlock(line);
}

/** What a fence line says in words (its title), or null when the line is not a fence. For conservation. */
export function fenceWords(line: string): string | null {
  const trimmed = line.trim();
  const opening = openingFence(trimmed);
  if (opening) return opening.title;
  const closing =
    /^:{3,}$/u.test(trimmed) ||
    HEXO_END.test(trimmed) ||
    GITBOOK_END.test(trimmed) ||
    ASIDE_END.test(trimmed) ||
    DISCOURSE_END.test(trimmed) ||
    ZOLA_END.test(trimmed);
  return closing || /^\{\{[<%]\s*\/(?:notice|hint|admonition|alert|callout|details)\s*[>%]\}\}$/u.test(trimmed) ? '' : null;
}

/**
 * A paragraph cut before and after each line that is a fence, so that every fence line leads a
 * paragraph of its own: 「::: {.columns}」 directly above 「::: {.column}」, or 「正文。」 directly
 * above 「:::tip」, are two fences and a line of text, not one paragraph.
 */
function splitAtFences(paragraph: Paragraph): Paragraph[] {
  const isFence = (line: string) => fenceWords(line) !== null;
  const { children } = paragraph;
  if (!children.some((c) => c.type === 'text' && c.value.split('\n').some(isFence))) return [paragraph];
  const out: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  const flush = () => {
    const last = current.at(-1);
    if (last?.type === 'text') last.value = last.value.replace(/\n$/u, '');
    if (current.at(-1)?.type === 'break') current.pop();
    if (current.some((c) => c.type !== 'text' || c.value !== '')) out.push({ type: 'paragraph', children: current });
    current = [];
  };
  let atLineStart = true;
  let skipBreak = false;
  children.forEach((child, k) => {
    if (child.type !== 'text') {
      if (!(skipBreak && child.type === 'break')) current.push(child);
      atLineStart = child.type === 'break';
      skipBreak = false;
      return;
    }
    const lines = child.value.split('\n');
    const next = children[k + 1];
    lines.forEach((line, n) => {
      const whole = (n > 0 || atLineStart) && (n < lines.length - 1 || next === undefined || next.type === 'break');
      if (whole && isFence(line)) {
        flush();
        out.push({ type: 'paragraph', children: [{ type: 'text', value: line }] });
        skipBreak = n === lines.length - 1;
      } else if (line !== '' || n < lines.length - 1) {
        current.push({ type: 'text', value: n < lines.length - 1 ? `${line}\n` : line });
        skipBreak = false;
      }
    });
    atLineStart = child.value.endsWith('\n');
  });
  flush();
  return out;
}

/** Every paragraph of the tree split at its fence lines (splitAtFences). */
function separateFenceLines(parent: Parent): void {
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if (child.type === 'paragraph') return splitAtFences(child);
    if ('children' in child) separateFenceLines(child as Parent);
    return [child];
  }) as typeof parent.children;
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
    // The closing fence: the opening paragraph's own last line (after its first), or a later sibling's,
    // past the fences opened and closed in between.
    let end = -1;
    const inner: Opening[] = [];
    for (let j = i; j < Math.min(children.length, i + MAX_SPAN) && end < 0; j++) {
      const node = children[j]!;
      if (node.type === 'table' && inner.length === 0 && closingRow(node, opening)) {
        node.children.pop();
        end = j;
        break;
      }
      const nested = j > i ? leadingText(node) : null;
      const opens = nested && openingFence(nested.value.split('\n', 1)[0]!.trim());
      if (opens) inner.push(opens);
      const tail = trailingText(node);
      if (!tail) continue;
      // A paragraph that is only an opening line (this fence's, or one nested in it) closes nothing.
      const opener = j === i ? lead : opens ? nested : null;
      if (tail.text === opener && !opener.value.includes('\n')) continue;
      const line = lastLine(tail.text.value);
      const closed = inner.findLastIndex((o) => o.closes(line));
      if (closed >= 0) inner.length = closed;
      else if (opening.closes(line)) end = j;
    }
    if (end < 0) continue;
    const tail = trailingText(children[end]!);
    if (tail) tail.text.value = withoutLastLine(tail.text.value).replace(/\n$/u, '');
    lead.value = lead.value.includes('\n') ? lead.value.slice(lead.value.indexOf('\n') + 1) : '';
    if (lead.value === '') children[i] = children[i]!.type === 'paragraph' ? removeLeading(children[i] as Paragraph) : children[i]!;
    const body = children.slice(i, end + 1).filter((node) => prune(node as Nodes));
    const replacement = calloutOf(opening, body);
    children.splice(i, end + 1 - i, ...replacement);
    // A fenced div that only loses its fences leaves its blocks here, fences nested in it among them.
    i += opening.kind === null ? -1 : replacement.length - 1;
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
    separateFenceLines(tree);
    const walk = (parent: Parent) => {
      rewrite(parent.children as RootContent[]);
      for (const child of parent.children) if ('children' in child) walk(child as Parent);
    };
    walk(tree);
  };
};
