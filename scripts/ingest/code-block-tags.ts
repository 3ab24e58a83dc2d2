/**
 * Blog generators write code blocks as template tags, not fences: Jekyll's Liquid
 * `{% highlight python linenos %}` … `{% endhighlight %}`, Hexo's `{% codeblock 标题 lang:python %}` …
 * `{% endcodeblock %}` (alias `{% code %}`), Hugo's `{{< highlight go "linenos=table" >}}` …
 * `{{< /highlight >}}`, Zola's `{% mermaid() %}` … `{% end %}` and an Azure DevOps wiki's `::: mermaid` … `:::`
 * (Mermaid diagrams). Read as Markdown, the code between them is prose: a `# 注释` line becomes a
 * heading that splits the answer, and `*args` turns italic. Each such pair of lines becomes a fence of
 * that language (long enough for any fence inside), and Liquid's `{% raw %}` / `{% endraw %}` lines,
 * which only stop Jekyll reading `{{ }}`, are blanked, so every line stays where it was. Tags inside
 * code stay as written (a tutorial about the tags themselves); an opening tag never closed stays too,
 * and so does one around a fence (GitBook's `{% code %}`, read by transforms/blog-markup.ts).
 */
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { literalRanges, parseRaw, rangeLookup } from './parse.ts';

/** Each opening tag, its closing tag, and the language of what it holds when the tag says it by name. */
const OPENINGS: readonly { open: RegExp; close: RegExp; language?: string }[] = [
  { open: /^\{%-?\s*highlight\s+(.*?)\s*-?%\}$/u, close: /^\{%-?\s*endhighlight\s*-?%\}$/u },
  { open: /^\{%-?\s*(?:codeblock|code)(?:\s+(.*?))?\s*-?%\}$/u, close: /^\{%-?\s*end(?:codeblock|code)\s*-?%\}$/u },
  { open: /^\{\{<\s*highlight(?:\s+(.*?))?\s*>\}\}$/u, close: /^\{\{<\s*\/highlight\s*>\}\}$/u },
  // Zola's diagram shortcode (`{% mermaid(invertible=true) %}` … `{% end %}`) holds Mermaid's source.
  { open: /^\{%-?\s*mermaid(?:\((.*)\))?\s*-?%\}$/u, close: /^\{%-?\s*end\s*-?%\}$/u, language: 'mermaid' },
  // So does an Azure DevOps wiki's `::: mermaid` … `:::` (a container elsewhere, container-callouts.ts).
  { open: /^:::\s*mermaid\s*$/u, close: /^:::\s*$/u, language: 'mermaid' },
];
const RAW = /^\{%-?\s*(?:end)?raw\s*-?%\}$/u;
/** A language name as the generators take it: `python`, `c++`, `objective-c`, `c#`, `shell-session`. */
const LANGUAGE = /^[\w+#.-]+$/u;
/** Hexo's options (`lang:python`, `line_number:false`, `mark:1,4-7`); what else the tag holds is its caption. */
const HEXO_OPTION = /^[a-z_]+:\S*$/u;

export interface CodeBlockTags {
  text: string;
  /** Line of each opening tag made a fence. */
  blocks: number[];
  /** Hexo captions, which a fence cannot show: reported, not lost silently. */
  captions: { line: number; caption: string }[];
  /** Lines of `{% raw %}` / `{% endraw %}` blanked. */
  raw: number[];
}

/** The fence language and caption an opening tag's arguments give. */
function readArguments(kind: number, args: string): { language: string; caption: string } {
  const words = args.split(/\s+/u).filter(Boolean);
  const named = OPENINGS[kind]!.language;
  if (named) return { language: named, caption: '' };
  if (kind === 1) {
    const language = words.find((w) => w.startsWith('lang:'))?.slice(5) ?? '';
    return { language: LANGUAGE.test(language) ? language : '', caption: words.filter((w) => !HEXO_OPTION.test(w)).join(' ') };
  }
  const first = words[0]?.replace(/^"(.*)"$/u, '$1') ?? '';
  return { language: LANGUAGE.test(first) && !first.includes('=') ? first : '', caption: '' };
}

/** The longest run of backticks or tildes opening a line of `lines`: the new fence must be longer. */
function longestFence(lines: readonly string[]): number {
  return Math.max(0, ...lines.map((l) => /^\s*(`{3,}|~{3,})/u.exec(l)?.[1]!.length ?? 0));
}

export function withFencedCodeBlockTags(text: string): CodeBlockTags {
  const result: CodeBlockTags = { text, blocks: [], captions: [], raw: [] };
  if (!/\{%-?\s*(?:highlight|codeblock|code|raw|mermaid)\b|\{\{<\s*highlight\b|^:::\s*mermaid\s*$/mu.test(text)) return result;
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  let inCode = rangeLookup(literalRanges(text));
  const outsideCode = (i: number) => !inCode(starts[i]! + (lines[i]!.length - lines[i]!.trimStart().length));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (RAW.test(line) && outsideCode(i)) {
      lines[i] = '';
      result.raw.push(i + 1);
      continue;
    }
    const kind = OPENINGS.findIndex((o) => o.open.test(line));
    if (kind < 0 || !outsideCode(i)) continue;
    let end = i + 1;
    while (end < lines.length && !OPENINGS[kind]!.close.test(lines[end]!.trim())) end++;
    if (end === lines.length) continue;
    // GitBook's `{% code title="…" %}` wraps a fence of its own: Markdown already (blog-markup.ts).
    if (
      lines
        .slice(i + 1, end)
        .find((l) => l.trim() !== '')
        ?.trim()
        .match(/^(`{3,}|~{3,})/u)
    )
      continue;
    const indent = /^\s*/u.exec(lines[i]!)![0];
    const { language, caption } = readArguments(kind, OPENINGS[kind]!.open.exec(line)![1] ?? '');
    const inner = longestFence(lines.slice(i + 1, end));
    const fence = '`'.repeat(Math.max(3, inner + 1));
    lines[i] = `${indent}${fence}${language}`;
    lines[end] = `${indent}${fence}`;
    result.blocks.push(i + 1);
    if (caption) result.captions.push({ line: i + 1, caption });
    // A fence line in the code, read as Markdown, had opened code that ran on past the block.
    if (inner > 0) inCode = rangeLookup(literalRanges(lines.join('\n')));
    i = end;
  }
  result.text = lines.join('\n');
  return result;
}

/** CodeHilite's language line: `:::bash`, or `#!python` (a shebang with a path, `#!/bin/sh`, is code). */
const CODEHILITE = /^(?::::|#!)([\w+#.-]+)[ \t]*$/u;

/**
 * Python-Markdown's CodeHilite (Pelican, older MkDocs sites) names an indented code block's language
 * on its first line, `:::bash` or `#!python`, and the page shows the code without that line. Such a
 * block, at the top level of the article and followed by a blank line (or the end), becomes a fence of
 * that language over the same lines: the language line opens it, the blank line closes it, and the
 * block's indent is taken off. Returns the lines of the language lines.
 */
export function withCodeHiliteBlocks(text: string): { text: string; lines: number[] } {
  if (!/^(?: {4}|\t)(?::::|#!)[\w+#.-]+[ \t]*$/mu.test(text)) return { text, lines: [] };
  const lines = text.split('\n');
  const found: number[] = [];
  visit(parseRaw(text), 'code', (node: Code, _index, parent) => {
    if (node.lang || !node.position || parent?.type !== 'root') return;
    const start = node.position.start.line - 1;
    const end = node.position.end.line - 1;
    const language = CODEHILITE.exec(node.value.split('\n')[0] ?? '')?.[1];
    if (!language || /^\s*(?:`{3}|~{3})/u.test(lines[start]!) || (lines[end + 1] ?? '').trim() !== '') return;
    const fence = '`'.repeat(Math.max(3, ...[...node.value.matchAll(/`{3,}/gu)].map((m) => m[0].length + 1)));
    lines[start] = `${fence}${language}`;
    for (let i = start + 1; i <= end; i++) lines[i] = lines[i]!.replace(/^(?: {4}|\t)/u, '');
    if (end + 1 < lines.length) lines[end + 1] = fence;
    else lines.push(fence);
    found.push(start + 1);
  });
  return { text: lines.join('\n'), lines: found };
}
