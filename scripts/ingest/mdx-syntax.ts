/**
 * A documentation page written in MDX (Docusaurus, Nextra) is Markdown with JavaScript in it: `import`
 * and `export` statements, and components such as `<Tabs>` / `<TabItem label="pip 安装">`. The site
 * never runs an article's code (sources are text), so in a `.mdx` source:
 * - an ESM block (a paragraph opening with `import` or `export` at the start of a line, which MDX
 *   reads as code up to the next blank line) is not published;
 * - a line holding only a component's opening or closing tag (a capitalised name, MDX's rule for a
 *   component) is layout: it goes, except that a `label`, `title` or `summary` attribute is the words
 *   a reader saw on the tab or box, kept in bold on that line.
 * - a callout component (Mintlify's `<Info>` / `<Warning>` / `<Tip>` / `<Note>` / `<Check>`, Nextra's
 *   `<Callout type="warning">`, Docusaurus' `<Admonition type="tip" title="…">`) opened and closed on
 *   lines of their own is the box a reader saw: a `:::kind[title]` container;
 * - an MDX comment `{/* … *\/}` on lines of its own is the writer's note: not published.
 * Every line stays where it was; code blocks are left alone (found by parsing); the report names the
 * lines.
 */
import { inRanges, literalRanges } from './parse.ts';

const ESM = /^(?:import|export)\b/u;
const COMPONENT_LINE = /^[ \t]*<\/?([A-Z][\w.]*)((?:\s+[\w:-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*)\s*\/?>[ \t]*$/u;
const LABEL = /\s(?:label|title|summary)=(?:"([^"\n]*)"|'([^'\n]*)')/u;
const TYPE = /\stype=(?:"([\w-]*)"|'([\w-]*)')/u;
/** Callout components by name, and the container kind each is; `Callout` and `Admonition` say theirs in `type`. */
const CALLOUTS: Record<string, string> = { Info: 'info', Note: 'note', Tip: 'tip', Warning: 'warning', Check: 'success', Danger: 'danger' };
const TYPED_CALLOUTS = new Set(['Callout', 'Admonition']);
const COMMENT_OPEN = /^[ \t]*\{\/\*/u;
const COMMENT_CLOSE = /\*\/\}[ \t]*$/u;
/** A whole-line ESM import with a `from '…'` (or a bare `import '…'`): JavaScript, not prose. */
const IMPORT_LINE =
  /^import\s+(?:(?:[\w$]+|\{[^}\n]*\}|\*\s+as\s+[\w$]+)(?:\s*,\s*(?:\{[^}\n]*\}|\*\s+as\s+[\w$]+))?\s+from\s+)?['"][^'"\n]+['"];?[ \t]*$/u;

/**
 * Whether a page not named `.mdx` is MDX all the same (a Mintlify or Docusaurus page pasted into a
 * `.txt`): it opens, below any front matter, with an `import … from '…'` statement, where MDX pages
 * keep theirs, and a component tag stands on a line of its own outside code. An import further down
 * is more likely an article quoting code, and stays text.
 */
export function looksLikeMdx(text: string): boolean {
  const lines = text.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
    if (close < 0) return false;
    i = close + 1;
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (!IMPORT_LINE.test(lines[i] ?? '')) return false;
  const code = literalRanges(text);
  let at = 0;
  for (const line of lines) {
    if (!inRanges(code, at) && COMPONENT_LINE.test(line)) return true;
    at += line.length + 1;
  }
  return false;
}

export interface MdxSyntax {
  text: string;
  /** 1-based lines of the ESM statements left out. */
  esm: number[];
  /** 1-based lines of component tags, and the components' names. */
  components: { lines: number[]; names: string[] };
  /** 1-based lines of MDX comments `{/* … *\/}` left out. */
  comments: number[];
}

export function withoutMdxSyntax(text: string): MdxSyntax {
  const lines = text.split('\n');
  const none: MdxSyntax = { text, esm: [], components: { lines: [], names: [] }, comments: [] };
  if (!lines.some((l) => ESM.test(l) || COMPONENT_LINE.test(l) || COMMENT_OPEN.test(l))) return none;
  const code = literalRanges(text);
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const esm: number[] = [];
  const componentLines: number[] = [];
  const names = new Set<string>();
  const comments: number[] = [];
  const out = [...lines];
  /** Open callout components: their name and the line of their tag. */
  const open: { name: string; line: number; kind: string; title: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inRanges(code, offsets[i]!)) continue;
    if (COMMENT_OPEN.test(lines[i]!)) {
      const end = lines.findIndex((l, k) => k >= i && COMMENT_CLOSE.test(l));
      if (end >= 0) {
        for (; i <= end; i++) {
          comments.push(i + 1);
          out[i] = '';
        }
        i--;
        continue;
      }
    }
    const paragraphStart = i === 0 || lines[i - 1]!.trim() === '';
    if (paragraphStart && ESM.test(lines[i]!)) {
      for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
        esm.push(i + 1);
        out[i] = '';
      }
      continue;
    }
    const tag = COMPONENT_LINE.exec(lines[i]!);
    if (!tag) continue;
    const name = tag[1]!;
    names.add(name);
    componentLines.push(i + 1);
    const closing = lines[i]!.trimStart().startsWith('</');
    const selfClosing = /\/>[ \t]*$/u.test(lines[i]!);
    const label = LABEL.exec(tag[2] ?? '');
    const words = (label?.[1] ?? label?.[2] ?? '').trim();
    if (closing && open.at(-1)?.name === name) {
      const box = open.pop()!;
      out[box.line] = `:::${box.kind}${box.title ? `[${box.title.replace(/[[\]]/gu, '')}]` : ''}`;
      out[i] = ':::';
      continue;
    }
    const type = TYPE.exec(tag[2] ?? '');
    const kind = CALLOUTS[name] ?? (TYPED_CALLOUTS.has(name) ? (type?.[1] ?? type?.[2] ?? 'note').toLowerCase() : undefined);
    if (!closing && !selfClosing && kind) open.push({ name, line: i, kind, title: words });
    out[i] = words && !closing && !kind ? `**${words}**` : '';
  }
  if (esm.length === 0 && componentLines.length === 0 && comments.length === 0) return none;
  return { text: out.join('\n'), esm, components: { lines: componentLines, names: [...names] }, comments };
}
