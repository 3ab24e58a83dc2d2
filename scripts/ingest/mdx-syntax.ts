/**
 * A documentation page written in MDX (Docusaurus, Nextra) is Markdown with JavaScript in it: `import`
 * and `export` statements, and components such as `<Tabs>` / `<TabItem label="pip 安装">`. The site
 * never runs an article's code (sources are text), so in a `.mdx` source:
 * - an ESM block (a paragraph opening with `import` or `export` at the start of a line, which MDX
 *   reads as code up to the next blank line) is not published;
 * - a line holding only a component's opening or closing tag (a capitalised name, MDX's rule for a
 *   component) is layout: it goes, except that a `label`, `title` or `summary` attribute is the words
 *   a reader saw on the tab or box, kept in bold on that line.
 * Every line stays where it was; code blocks are left alone (found by parsing); the report names the
 * lines.
 */
import { inRanges, literalRanges } from './parse.ts';

const ESM = /^(?:import|export)\b/u;
const COMPONENT_LINE = /^[ \t]*<\/?([A-Z][\w.]*)((?:\s+[\w:-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*)\s*\/?>[ \t]*$/u;
const LABEL = /\s(?:label|title|summary)=(?:"([^"\n]*)"|'([^'\n]*)')/u;

export interface MdxSyntax {
  text: string;
  /** 1-based lines of the ESM statements left out. */
  esm: number[];
  /** 1-based lines of component tags, and the components' names. */
  components: { lines: number[]; names: string[] };
}

export function withoutMdxSyntax(text: string): MdxSyntax {
  const lines = text.split('\n');
  const none: MdxSyntax = { text, esm: [], components: { lines: [], names: [] } };
  if (!lines.some((l) => ESM.test(l) || COMPONENT_LINE.test(l))) return none;
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
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (inRanges(code, offsets[i]!)) continue;
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
    names.add(tag[1]!);
    componentLines.push(i + 1);
    const label = LABEL.exec(tag[2] ?? '');
    const words = (label?.[1] ?? label?.[2] ?? '').trim();
    out[i] = words && !lines[i]!.trimStart().startsWith('</') ? `**${words}**` : '';
  }
  if (esm.length === 0 && componentLines.length === 0) return none;
  return { text: out.join('\n'), esm, components: { lines: componentLines, names: [...names] } };
}
