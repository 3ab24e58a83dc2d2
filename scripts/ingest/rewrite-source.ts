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
import { withCodeHiliteBlocks, withFencedCodeBlockTags } from './code-block-tags.ts';
import { rewriteMystText } from './myst-syntax.ts';
import { withForumSyntax } from './forum-syntax.ts';
import { withoutImageSizes } from './image-sizes.ts';
import { withMarpDeck } from './marp-deck.ts';
import { withoutHtmlComments } from './html-comments.ts';
import { withWordPressShortcodes } from './wordpress-shortcodes.ts';
import { withNoteVariables } from './note-variables.ts';
import { withoutPelicanPlaceholders } from './pelican-links.ts';
import { isOrgDocument, withOrgMode, type OrgRewrite } from './org-mode.ts';
import { withCommentFrontMatter, withMetadataBlock } from './front-matter.ts';

/** Lines named in a report message, as 「第 3、7 行」: the first five, then 「等」. */
const lineList = (lines: readonly number[]) => `第 ${lines.slice(0, 5).join('、')} 行${lines.length > 5 ? '等' : ''}`;
/**
 * The lines a warning covers, `lead` and parenthesised, when there is more than the one it is
 * reported at (lines[0]): 「x.md:5: …（第 5 行）」 would say the line twice.
 */
const otherLines = (lines: readonly number[], lead = '（', close = '）') =>
  lines.length > 1 ? `${lead}${lineList(lines)}${close}` : NO_LINES;
/** Where otherLines named none: a space where markup meets Chinese (「<!-- … --> 不发布」), else nothing. */
const NO_LINES = '\u2060';
const withoutMarker = (message: string) => message.replace(/(?<=[\x21-\x7E])\u2060(?=\p{Script=Han})/gu, ' ').replaceAll(NO_LINES, '');

/**
 * In order: an Org mode file as the Markdown it means, Wiki.js's properties comment as front matter, an MDX page's code, comments and component tags out (`.mdx`, or a page with an import and a component line), blog generators' code-block tags
 * made fences (so that what follows leaves the code alone), MyST directives, labels and roles as the
 * book shows them, a Marp deck's directives out and its speaker's notes as quotes, other HTML comments on lines of their own out, a forum's date tags and emoji shortcodes as it shows them, sizes written into images out, Obsidian comments, outline
 * properties (`key:: value`) and block ids out, `##标题` given its space, LaTeX's `\( \)` and `\[ \]`
 * in dollars, a `<style>` element's blank lines kept inside it.
 */
export function rewriteSource(
  file: string,
  decoded: string,
): { source: string; warnings: IngestWarning[]; title?: { text: string; line: number } } {
  const warnings: IngestWarning[] = [];
  const report = (line: number, message: string) => warnings.push({ file, line, message: withoutMarker(message) });

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
        `无法按 Org mode 读取（uniorg-parse 报错：${(error as Error).message.split('.')[0]}）；请先转换成 Markdown，例如 pandoc -f org -t gfm -o ${file.replace(/\.\w+$/u, '')}.md ${file}`,
      );
    }
  if (org)
    report(
      org.blocks[0] ?? 1,
      `Org mode 文件按 Org 显示的样子读取：标题、#+begin_… 块、*粗体* /斜体/ =代码=、[[链接][文字]] 和表格都转成 Markdown${org.blocks.length > 0 ? `（这些块位于${lineList(org.blocks)}）` : ''}`,
    );
  if (org && org.hidden.length > 0)
    report(org.hidden[0]!, `Org 的设置行、注释、抽屉和计划行${otherLines(org.hidden)}不发布（文件的元数据）`);
  const commented = withCommentFrontMatter(org?.text ?? decoded);
  if (commented.end !== null) report(1, `Wiki.js 页面属性 <!-- title: … -->（第 1–${commented.end} 行）按 front matter 读取`);
  const { text: markdown, metadata } = withMetadataBlock(commented.text);
  if (metadata)
    report(
      metadata.title.line,
      `Pelican/MultiMarkdown 元数据（第 1–${metadata.end} 行）：Title 作文章标题${metadata.fields.length > 0 ? `，${metadata.fields.join('、')} 字段不发布（博客的元数据，不是文章正文）` : ''}`,
    );

  const mdx = /\.mdx$/iu.test(file) || looksLikeMdx(markdown) ? withoutMdxSyntax(markdown) : undefined;
  if (mdx && mdx.esm.length > 0) report(mdx.esm[0]!, `MDX 的 import/export${otherLines(mdx.esm)}不发布（页面的代码）`);
  if (mdx && mdx.components.lines.length > 0)
    report(
      mdx.components.lines[0]!,
      `MDX 组件标签 ${mdx.components.names.map((n) => `<${n}>`).join('、')}${otherLines(mdx.components.lines)}不发布；组件里的内容照常发布，标签页的名字加粗，提示组件的内容显示为提示框`,
    );
  if (mdx && mdx.comments.length > 0) report(mdx.comments[0]!, `MDX 注释 {/* … */}${otherLines(mdx.comments)}不发布（作者写给自己的话）`);

  const tags = withFencedCodeBlockTags(mdx?.text ?? markdown);
  if (tags.blocks.length > 0)
    report(
      tags.blocks[0]!,
      `代码块标签（{% highlight %}、{% codeblock %}、{{< highlight >}}、::: mermaid${otherLines(tags.blocks, '；', '')}）按博客显示的样子读作围栏代码块`,
    );
  for (const c of tags.captions) report(c.line, `代码块标题「${c.caption}」不显示（围栏代码块没有标题；请把它写进上面的正文）`);
  if (tags.raw.length > 0) report(tags.raw[0]!, `Liquid 的 {% raw %} / {% endraw %}${otherLines(tags.raw)}不发布（模板标记）`);

  const hilite = withCodeHiliteBlocks(tags.text);
  if (hilite.lines.length > 0)
    report(hilite.lines[0]!, `CodeHilite 的语言行 :::bash / #!python${otherLines(hilite.lines)}按代码语言读取，不作为代码显示`);

  const myst = rewriteMystText(hilite.text);
  if (myst.directives.length > 0)
    report(myst.directives[0]!, `MyST 指令${otherLines(myst.directives)}按书中显示的样子读取（提示框、公式、代码）`);
  if (myst.markers.length > 0) report(myst.markers[0]!, `MyST 的目标标签 (name)= 和单元格分隔 +++${otherLines(myst.markers)}不发布`);

  const marp = withMarpDeck(myst.text);
  if (marp.directives.length > 0)
    report(marp.directives[0]!, `Marp 指令 <!-- _class: … -->${otherLines(marp.directives)}不发布（幻灯片样式）`);
  if (marp.notes.length > 0) report(marp.notes[0]!, `Marp 讲者备注 <!-- … -->${otherLines(marp.notes)}发布为以「讲者备注」开头的引用`);
  if (marp.images.length > 0)
    report(marp.images[0]!, `Marp 的图片关键字（如 bg 或 right:30%${otherLines(marp.images, '，', '')}）不计入图片名称（幻灯片版式）`);

  const { text: visible, comments: htmlComments } = withoutHtmlComments(marp.text);
  if (htmlComments.length > 0)
    report(
      htmlComments[0]!.start,
      `HTML 注释 <!-- … -->${otherLines(htmlComments.map((c) => c.start))}不发布（所有 Markdown 查看器都会隐藏它们）`,
    );

  const wordpress = withWordPressShortcodes(visible);
  if (wordpress.shortcodes.length > 0)
    report(
      wordpress.shortcodes[0]!,
      `WordPress 短代码 ${wordpress.names.map((n) => `[${n}]`).join('、')}${otherLines(wordpress.shortcodes)}按 WordPress 显示的样子读取：图片说明、提示框与脚注的文字保留，目录标记不发布，表单与播放器注明`,
    );
  if (wordpress.formulas.length > 0)
    report(wordpress.formulas[0]!, `Jetpack 公式 $latex …$${otherLines(wordpress.formulas)}按公式读取，转换工具加倍的反斜杠已还原`);

  const variables = withNoteVariables(wordpress.text);
  if (variables.lines.length > 0)
    report(variables.lines[0]!, `Dendron 笔记变量 {{fm.…}}${otherLines(variables.lines)}换成 front matter 里对应字段的值，如笔记所显示`);

  const pelican = withoutPelicanPlaceholders(variables.text);
  if (pelican.lines.length > 0)
    report(pelican.lines[0]!, `Pelican 链接占位符 {static}、{filename} 等${otherLines(pelican.lines)}已去掉，只留地址`);

  const forum = withForumSyntax(pelican.text);
  if (forum.dates.length > 0)
    report(forum.dates[0]!, `Discourse 日期标签 [date=…]${otherLines(forum.dates)}按论坛显示的样子读作日期和时间`);
  if (forum.emoji.length > 0) report(forum.emoji[0]!, `表情短码（如 :bulb:${otherLines(forum.emoji, '，', '')}）显示为对应的表情`);
  if (forum.signatures.length > 0)
    report(
      forum.signatures[0]!,
      `HackMD 签名标签 [name=…] [time=…] [color=…]${otherLines(forum.signatures)}按笔记显示的样子读作姓名和时间`,
    );

  const sized = withoutImageSizes(forum.text);
  if (sized.lines.length > 0)
    report(
      sized.lines[0]!,
      `图片尺寸 ${sized.sizes.slice(0, 3).join('、')}${sized.sizes.length > 3 ? ' 等' : ''}${otherLines(sized.lines)}已从图片中去掉（页面会自行决定图片大小）`,
    );

  const { text: uncommented, comments } = withoutObsidianComments(sized.text);
  const { text: unpropertied, lines: properties } = withoutOutlineProperties(uncommented);
  if (properties.length > 0) report(properties[0]!, `Logseq/Dataview 属性 key:: value${otherLines(properties)}不发布（大纲的元数据）`);

  const { text: spaced, lines } = withAtxSpaces(withoutBlockIds(unpropertied));
  if (lines.length > 0)
    report(lines[0]!, `${lines.length} 行以 ## 开头却没有空格，已读作标题${otherLines(lines)}；CommonMark 要求加空格：「## 标题」`);
  for (const c of comments)
    report(c.start, `Obsidian 注释 %%…%%${c.start === c.end ? NO_LINES : `（第 ${c.start}–${c.end} 行）`}不发布（作者写给自己的备忘）`);

  return { source: withStyleBlocksWhole(withDollarMath(spaced)), warnings, ...(metadata ? { title: metadata.title } : {}) };
}
