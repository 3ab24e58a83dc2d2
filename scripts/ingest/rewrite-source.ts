/**
 * Rewrite (part of parseArticles, articles.ts): the decoded text as the Markdown its writer's tool
 * showed, before remark reads it. Each rewrite keeps every line where it was and leaves code alone,
 * and each that hides or changes what a reader sees says so in the report.
 */
import { IngestError, type IngestWarning } from './errors.ts';
import { withAtxSpaces } from './atx-headings.ts';
import { withDollarMath } from './latex-delimiters.ts';
import { withoutBlockIds, withoutObsidianComments } from './obsidian-comments.ts';
import { withStyleBlocksWhole } from './style-blocks.ts';
import { withoutOutlineProperties } from './outline-properties.ts';
import { looksLikeMdx, withoutMdxSyntax } from './mdx-syntax.ts';
import { withFencedCodeBlockTags } from './code-block-tags.ts';
import { rewriteMystText } from './myst-syntax.ts';
import { withForumSyntax } from './forum-syntax.ts';
import { withoutImageSizes } from './image-sizes.ts';
import { withMarpDeck } from './marp-deck.ts';
import { withoutHtmlComments } from './html-comments.ts';
import { isOrgDocument, withOrgMode, type OrgRewrite } from './org-mode.ts';
import { withCommentFrontMatter } from './front-matter.ts';

/** Lines named in a report message: the first five, then an ellipsis. */
const lineList = (lines: readonly number[]) => `${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;

/**
 * In order: an Org mode file as the Markdown it means, Wiki.js's properties comment as front matter, an MDX page's code, comments and component tags out (`.mdx`, or a page with an import and a component line), blog generators' code-block tags
 * made fences (so that what follows leaves the code alone), MyST directives, labels and roles as the
 * book shows them, a Marp deck's directives out and its speaker's notes as quotes, other HTML comments on lines of their own out, a forum's date tags and emoji shortcodes as it shows them, sizes written into images out, Obsidian comments, outline
 * properties (`key:: value`) and block ids out, `##标题` given its space, LaTeX's `\( \)` and `\[ \]`
 * in dollars, a `<style>` element's blank lines kept inside it.
 */
export function rewriteSource(file: string, decoded: string): { source: string; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const report = (line: number, message: string) => warnings.push({ file, line, message });

  let org: OrgRewrite | undefined;
  if (isOrgDocument(file, decoded))
    try {
      org = withOrgMode(decoded);
    } catch (error) {
      // uniorg-parse gives up on a few inputs (a line holding only `\\` inside a paragraph). Read
      // as Markdown, an Org article would lose its headlines, so say what to do instead.
      throw new IngestError(
        file,
        1,
        `Org mode could not be read (uniorg-parse: ${(error as Error).message.split('.')[0]}); convert it first, e.g. pandoc -f org -t gfm -o ${file.replace(/\.\w+$/u, '')}.md ${file}`,
      );
    }
  if (org)
    report(
      org.blocks[0] ?? 1,
      `Org mode read as Org shows it: headlines, #+begin_… blocks, *粗体* /斜体/ =代码=, [[链接][文字]] and tables as Markdown${org.blocks.length > 0 ? ` (blocks at line ${lineList(org.blocks)})` : ''}`,
    );
  if (org && org.hidden.length > 0)
    report(
      org.hidden[0]!,
      `Org settings, comments, drawers and planning lines (line ${lineList(org.hidden)}) not published (the file's metadata)`,
    );
  const commented = withCommentFrontMatter(org?.text ?? decoded);
  if (commented.end !== null) report(1, `Wiki.js page properties <!-- title: … --> (lines 1–${commented.end}) read as front matter`);
  const markdown = commented.text;

  const mdx = /\.mdx$/iu.test(file) || looksLikeMdx(markdown) ? withoutMdxSyntax(markdown) : undefined;
  if (mdx && mdx.esm.length > 0) report(mdx.esm[0]!, `MDX import/export (line ${lineList(mdx.esm)}) not published (the page's code)`);
  if (mdx && mdx.components.lines.length > 0)
    report(
      mdx.components.lines[0]!,
      `MDX component tags ${mdx.components.names.map((n) => `<${n}>`).join(', ')} (line ${lineList(mdx.components.lines)}) not published; their content is, a tab's label in bold, a callout's as a callout`,
    );
  if (mdx && mdx.comments.length > 0)
    report(mdx.comments[0]!, `MDX comments {/* … */} (line ${lineList(mdx.comments)}) not published (the writer's notes)`);

  const tags = withFencedCodeBlockTags(mdx?.text ?? markdown);
  if (tags.blocks.length > 0)
    report(
      tags.blocks[0]!,
      `code-block tags ({% highlight %}, {% codeblock %}, {{< highlight >}}, ::: mermaid; line ${lineList(tags.blocks)}) read as fenced code, as the blog shows them`,
    );
  for (const c of tags.captions)
    report(c.line, `code block caption "${c.caption}" not shown (a fence has no caption; put it in the text above)`);
  if (tags.raw.length > 0)
    report(tags.raw[0]!, `Liquid {% raw %} / {% endraw %} (line ${lineList(tags.raw)}) not published (template markup)`);

  const myst = rewriteMystText(tags.text);
  if (myst.directives.length > 0)
    report(myst.directives[0]!, `MyST directives (line ${lineList(myst.directives)}) read as the book shows them (callouts, math, code)`);
  if (myst.markers.length > 0)
    report(myst.markers[0]!, `MyST target labels (name)= and cell breaks +++ (line ${lineList(myst.markers)}) not published`);

  const marp = withMarpDeck(myst.text);
  if (marp.directives.length > 0)
    report(marp.directives[0]!, `Marp directives <!-- _class: … --> (line ${lineList(marp.directives)}) not published (slide styling)`);
  if (marp.notes.length > 0)
    report(marp.notes[0]!, `Marp speaker notes <!-- … --> (line ${lineList(marp.notes)}) published as quotes headed 讲者备注`);
  if (marp.images.length > 0)
    report(
      marp.images[0]!,
      `Marp image keywords such as bg or right:30% (line ${lineList(marp.images)}) left out of the image's name (slide layout)`,
    );

  const { text: visible, comments: htmlComments } = withoutHtmlComments(marp.text);
  if (htmlComments.length > 0)
    report(
      htmlComments[0]!.start,
      `HTML comments <!-- … --> (line ${lineList(htmlComments.map((c) => c.start))}) not published (every Markdown viewer hides them)`,
    );

  const forum = withForumSyntax(visible);
  if (forum.dates.length > 0)
    report(
      forum.dates[0]!,
      `Discourse date tags [date=…] (line ${lineList(forum.dates)}) read as their date and time, as the forum shows them`,
    );
  if (forum.emoji.length > 0)
    report(forum.emoji[0]!, `emoji shortcodes such as :bulb: (line ${lineList(forum.emoji)}) shown as their emoji`);
  if (forum.signatures.length > 0)
    report(
      forum.signatures[0]!,
      `HackMD signature tags [name=…] [time=…] [color=…] (line ${lineList(forum.signatures)}) read as the name and time the note shows`,
    );

  const sized = withoutImageSizes(forum.text);
  if (sized.lines.length > 0)
    report(
      sized.lines[0]!,
      `image sizes such as =720x or |690x388 (line ${lineList(sized.lines)}) left out of the images (the page sizes pictures itself)`,
    );

  const { text: uncommented, comments } = withoutObsidianComments(sized.text);
  const { text: unpropertied, lines: properties } = withoutOutlineProperties(uncommented);
  if (properties.length > 0)
    report(properties[0]!, `Logseq/Dataview properties key:: value (line ${lineList(properties)}) not published (the outline's metadata)`);

  const { text: spaced, lines } = withAtxSpaces(withoutBlockIds(unpropertied));
  if (lines.length > 0)
    report(
      lines[0]!,
      `${lines.length === 1 ? 'a line' : `${lines.length} lines`} opening with ## and no space read as ${lines.length === 1 ? 'a heading' : 'headings'} (line ${lineList(lines)}); CommonMark needs a space: "## 标题"`,
    );
  for (const c of comments)
    report(
      c.start,
      `Obsidian comment %%…%% (${c.start === c.end ? `line ${c.start}` : `lines ${c.start}–${c.end}`}) not published (the writer's note to self)`,
    );

  return { source: withStyleBlocksWhole(withDollarMath(spaced)), warnings };
}
