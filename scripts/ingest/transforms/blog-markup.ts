/**
 * Lines that static blog generators (Hexo, Hugo, Jekyll) read as instructions, not prose: the
 * excerpt marker `<!-- more -->`, a table-of-contents marker (`[[toc]]`, `[TOC]`), Hexo's `{% asset_img slug 标题 %}` picture and its tab set
 * (`{% tabs %}`, `<!-- tab 写法一 -->` … `<!-- endtab -->`, `{% endtabs %}`), and the shortcodes Hugo
 * and Quarto share (`{{< pagebreak >}}`, `{{< include _footer.qmd >}}`, `{{< figure src="a.png"
 * caption="标题" >}}`, `{{< video url >}}`; other shortcodes stay as written). The blog shows none of
 * them as text, so neither does the knowledge base: the marker goes, a picture the page cannot show is
 * named (「图片：标题（slug）」), a tab's name leads its text in bold. Only whole lines of a paragraph
 * of plain text are read; anything else stays as written. conserve.ts reads the same lines by
 * `blogLineWords` (and kramdown's table-of-contents list by `isKramdownToc`).
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Blockquote, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';

const EXCERPT = /^<!--\s*more\s*-->$/iu;
const TABS_START = /^\{%-?\s*tabs(?:\s[^%]*)?-?%\}$/u;
const TABS_END = /^\{%-?\s*endtabs\s*-?%\}$/u;
const TAB_END = /^<!--\s*endtab\s*-->$/iu;
const TAB = /^<!--\s*tab(?:\s+(.*?))?\s*-->$/iu;
/**
 * A table of contents the page generates where the marker stands: `[[toc]]` (VitePress, VuePress),
 * `[TOC]` / `[toc]` (Typora, CSDN, Markdown Here). The article page has its own.
 */
const TOC_MARKER = /^\[\[toc\]\]$|^\[toc\]$/iu;
/**
 * Jekyll's kramdown attributes on a line of their own under a block (`{: #rag}`, `{: .note}`,
 * `{:.no_toc}`, `{::options parse_block_html="true" /}`): ids and classes, not words. Under a quote,
 * the Chirpy theme's `{: .prompt-tip }` (tip, info, warning, danger) makes it a callout.
 */
const KRAMDOWN_ATTRIBUTES = /^\{:{1,2}[^{}\n]*\}$/u;
const KRAMDOWN_PROMPT = /^\{:[^{}\n]*\.prompt-(tip|info|warning|danger)\b[^{}\n]*\}$/u;
/** kramdown's table of contents: a list of one item (`* TOC`, `1. 目录`) followed by `{:toc}`, replaced by the contents. */
const KRAMDOWN_TOC = /^\{:\s*\.?toc\s*\}$/u;

/** Whether a list item's text is kramdown's table-of-contents marker (its placeholder line, then `{:toc}`). */
export function isKramdownToc(text: string): boolean {
  const lines = text.split('\n');
  return lines.length === 2 && KRAMDOWN_TOC.test(lines[1]!.trim());
}

const ASSET_IMAGE = /^\{%-?\s*asset_(?:img|image)\s+(\S+)(?:\s+(.*?))?\s*-?%\}$/u;

const SHORTCODE = /^\{\{(?:<\s*([\w-]+)(.*?)\s*>|%\s*([\w-]+)(.*?)\s*%)\}\}$/u;
/**
 * A shortcode's named parameter `key="…"`. Hugo reads `\"` inside a value as a quotation mark, and so
 * has the Markdown parser before this reads the line, so a value may hold bare quotation marks
 * (ox-hugo's `caption="<span class="figure-number">图 1：</span>…"`): it ends at the quotation mark
 * followed by the next `name=` or by the end of the shortcode.
 */
const quoted = (args: string, key: string) => new RegExp(`(?:^|\\s)${key}="(.*?)"(?=\\s+[\\w-]+=|\\s*$)`, 'u').exec(args)?.[1];
/**
 * A caption's words as the page shows them: Hugo renders a caption as HTML, and ox-hugo numbers
 * figures with markup in it (`<span class="figure-number">图 1：</span>`).
 */
const captionWords = (caption: string) => toString(fromHtml(caption, { fragment: true })).trim();

function readShortcode(line: string): Line | null {
  const code = SHORTCODE.exec(line);
  if (!code) return null;
  const name = (code[1] ?? code[3]!).toLowerCase();
  const args = (code[2] ?? code[4] ?? '').trim();
  if (name === 'pagebreak' || name === 'toc') return { kind: 'drop' };
  if (name === 'include') return args ? { kind: 'text', text: `（此处引入的文件未收录：${args}）` } : null;
  if (name === 'figure') {
    const src = quoted(args, 'src');
    const given = quoted(args, 'caption') ?? quoted(args, 'title') ?? quoted(args, 'alt');
    const caption = given === undefined ? undefined : captionWords(given);
    if (!src) return null;
    return { kind: 'text', text: caption ? `图片：${caption}（${src}）` : `图片：${src}` };
  }
  if (name === 'video' || name === 'youtube' || name === 'bilibili')
    return args ? { kind: 'text', text: `视频：${args.replace(/^"|"$/gu, '')}` } : null;
  return null;
}

type Line = { kind: 'drop' } | { kind: 'tab'; label: string } | { kind: 'text'; text: string };

function readLine(line: string): Line | null {
  const trimmed = line.trim();
  if (
    EXCERPT.test(trimmed) ||
    TOC_MARKER.test(trimmed) ||
    KRAMDOWN_ATTRIBUTES.test(trimmed) ||
    TABS_START.test(trimmed) ||
    TABS_END.test(trimmed) ||
    TAB_END.test(trimmed)
  )
    return { kind: 'drop' };
  const tab = TAB.exec(trimmed);
  if (tab) return { kind: 'tab', label: (tab[1] ?? '').trim() };
  const shortcode = readShortcode(trimmed);
  if (shortcode) return shortcode;
  const image = ASSET_IMAGE.exec(trimmed);
  if (image) {
    // Hexo's title may carry `"标题" "alt"` quotes; the words are what matters.
    const title = (image[2] ?? '').replace(/^["']|["']$/gu, '').trim();
    return { kind: 'text', text: title ? `图片：${title}（${image[1]}）` : `图片：${image[1]}` };
  }
  return null;
}

/** What a blog line says in words (conservation), or null when it is not one of these lines. */
export function blogLineWords(line: string): string | null {
  const read = readLine(line);
  if (read === null) return null;
  return read.kind === 'drop' ? '' : read.kind === 'tab' ? read.label : read.text;
}

/** The paragraphs a paragraph of plain text becomes, or null when none of its lines is blog markup. */
function rewrite(paragraph: Paragraph): Paragraph[] | null {
  if (!paragraph.children.every((c) => c.type === 'text')) return null;
  const lines = paragraph.children
    .map((c) => (c as { value: string }).value)
    .join('')
    .split('\n');
  const read = lines.map(readLine);
  if (read.every((r) => r === null)) return null;
  const out: Paragraph[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push({ type: 'paragraph', children: [{ type: 'text', value: current.join('\n') }] });
    current = [];
  };
  read.forEach((r, i) => {
    if (r === null) current.push(lines[i]!);
    else if (r.kind === 'text') current.push(r.text);
    else if (r.kind === 'tab') {
      flush();
      if (r.label)
        out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: r.label }] } as PhrasingContent] });
    } else flush();
  });
  flush();
  return out;
}

const textOf = (p: Paragraph) =>
  p.children.every((c) => c.type === 'text') ? p.children.map((c) => (c as { value: string }).value).join('') : null;

function isKramdownTocItem(item: ListItem): boolean {
  const [only, ...rest] = item.children;
  const text = only?.type === 'paragraph' ? textOf(only) : null;
  return rest.length === 0 && text !== null && isKramdownToc(text);
}

/** A quote whose last line is Chirpy's `{: .prompt-tip }` becomes a callout of that kind. */
function asPrompt(quote: Blockquote): void {
  const last = quote.children.at(-1);
  const first = quote.children[0];
  const text = last?.type === 'paragraph' ? textOf(last) : null;
  const kind = text === null ? undefined : KRAMDOWN_PROMPT.exec(text.split('\n').at(-1)!.trim())?.[1];
  if (!kind || first?.type !== 'paragraph') return;
  first.children.unshift({ type: 'text', value: `[!${kind}]\n` });
}

export const remarkBlogMarkup: Plugin<[], Root> = function () {
  return (tree) => {
    const walk = (children: RootContent[]) => {
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (node.type === 'list' && node.children.length === 1 && isKramdownTocItem(node.children[0]!)) {
          children.splice(i--, 1);
          continue;
        }
        if (node.type === 'blockquote') asPrompt(node);
        if (node.type === 'paragraph') {
          const replaced = rewrite(node);
          if (replaced) {
            children.splice(i, 1, ...replaced);
            i += replaced.length - 1;
          }
        } else if ('children' in node && node.type !== 'table' && node.type !== 'tableRow') walk(node.children as RootContent[]);
      }
    };
    walk(tree.children);
  };
};
