/**
 * Rewrite (part of parseArticles, articles.ts): the decoded text as the Markdown its writer's tool
 * showed, before remark reads it. Each rewrite keeps every line where it was and leaves code alone,
 * and each that hides or changes what a reader sees says so in the report.
 */
import type { IngestWarning } from './errors.ts';
import { withAtxSpaces } from './atx-headings.ts';
import { withDollarMath } from './latex-delimiters.ts';
import { withoutBlockIds, withoutObsidianComments } from './obsidian-comments.ts';
import { withStyleBlocksWhole } from './style-blocks.ts';
import { withoutOutlineProperties } from './outline-properties.ts';
import { withoutMdxSyntax } from './mdx-syntax.ts';

/** Obsidian comments, outline properties (`key:: value`) and block ids out, `##标题` given its space, LaTeX's `\( \)` and `\[ \]` in dollars, a `<style>` element's blank lines kept inside it. */
export function rewriteSource(file: string, decoded: string): { source: string; warnings: IngestWarning[] } {
  const mdx = /\.mdx$/iu.test(file) ? withoutMdxSyntax(decoded) : undefined;
  const { text: uncommented, comments } = withoutObsidianComments(mdx?.text ?? decoded);
  const { text: unpropertied, lines: properties } = withoutOutlineProperties(uncommented);
  const { text: spaced, lines } = withAtxSpaces(withoutBlockIds(unpropertied));
  const warnings: IngestWarning[] = [];
  const shown = (lines: number[]) => `${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
  if (mdx && mdx.esm.length > 0)
    warnings.push({ file, line: mdx.esm[0]!, message: `MDX import/export (line ${shown(mdx.esm)}) not published (the page's code)` });
  if (mdx && mdx.components.lines.length > 0)
    warnings.push({
      file,
      line: mdx.components.lines[0]!,
      message: `MDX component tags ${mdx.components.names.map((n) => `<${n}>`).join(', ')} (line ${shown(mdx.components.lines)}) not published; their content is, a tab's label in bold`,
    });
  if (properties.length > 0)
    warnings.push({
      file,
      line: properties[0]!,
      message: `Logseq/Dataview properties key:: value (line ${properties.slice(0, 5).join(', ')}${properties.length > 5 ? ', …' : ''}) not published (the outline's metadata)`,
    });
  if (lines.length > 0) {
    const shown = `${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
    warnings.push({
      file,
      line: lines[0]!,
      message: `${lines.length === 1 ? 'a line' : `${lines.length} lines`} opening with ## and no space read as ${lines.length === 1 ? 'a heading' : 'headings'} (line ${shown}); CommonMark needs a space: "## 标题"`,
    });
  }
  for (const c of comments)
    warnings.push({
      file,
      line: c.start,
      message: `Obsidian comment %%…%% (${c.start === c.end ? `line ${c.start}` : `lines ${c.start}–${c.end}`}) not published (the writer's note to self)`,
    });
  return { source: withStyleBlocksWhole(withDollarMath(spaced)), warnings };
}
