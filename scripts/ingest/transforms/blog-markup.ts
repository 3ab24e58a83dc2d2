/**
 * Lines that static blog generators (Hexo, Hugo, Jekyll) read as instructions, not prose: the
 * excerpt marker `<!-- more -->`, a table-of-contents marker (`[[toc]]`, `[TOC]`), Hexo's `{% asset_img slug 标题 %}` picture and its tab set
 * (`{% tabs %}`, `<!-- tab 写法一 -->` … `<!-- endtab -->`, `{% endtabs %}`), and the shortcodes Hugo
 * and Quarto share (`{{< pagebreak >}}`, `{{< include _footer.qmd >}}`, `{{< figure src="a.png"
 * caption="标题" >}}`, `{{< video url >}}`; other shortcodes stay as written), and GitBook's tags
 * (`{% tabs %}` with `{% tab title="…" %}`, `{% content-ref %}`, `{% code title="…" %}` around a fence,
 * `{% embed url="…" %}`, `{% file src="…" %}`; its `{% hint %}` is a callout, container-callouts.ts),
 * HackMD's and Hexo's embed tags (`{%youtube id %}`, `{%pdf url %}`) and Wiki.js's class lines
 * (`{.is-info}`, `{.links-list}`). The blog shows none of
 * them as text, so neither does the knowledge base: the marker goes, a picture the page cannot show is
 * named (「图片：标题（slug）」), a tab's name leads its text in bold. Only whole lines of a paragraph
 * of plain text are read; anything else stays as written. conserve.ts reads the same lines by
 * `blogLineWords` (and kramdown's table-of-contents list by `isKramdownToc`).
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Blockquote, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { zolaArguments } from './container-callouts.ts';

const EXCERPT = /^<!--\s*more\s*-->$/iu;
const TABS_START = /^\{%-?\s*tabs(?:\s[^%]*)?-?%\}$/u;
const TABS_END = /^\{%-?\s*endtabs\s*-?%\}$/u;
const TAB_END = /^<!--\s*endtab\s*-->$|^\{%-?\s*endtab\s*-?%\}$/iu;
/** Hexo's `<!-- tab 写法一 -->`, GitBook's `{% tab title="写法一" %}`. */
const TAB = /^<!--\s*tab(?:\s+(.*?))?\s*-->$|^\{%-?\s*tab\s+title="([^"]*)"\s*-?%\}$/iu;
/**
 * GitBook's wrappers, whose content is already Markdown: a page card's `{% content-ref url="…" %}`
 * around its link, and `{% code title="…" %}` around a fenced block (its title leads the code).
 */
const GITBOOK_WRAPPER_END = /^\{%-?\s*end(?:content-ref|code)\s*-?%\}$/u;
const GITBOOK_CONTENT_REF = /^\{%-?\s*content-ref(?:\s[^%]*)?-?%\}$/u;
const GITBOOK_CODE = /^\{%-?\s*code(?:\s+([^%]*?))?\s*-?%\}$/u;
/** GitBook's embeds: `{% embed url="…" %}` (a card for a page or video) and `{% file src="…" %}`. */
const GITBOOK_EMBED = /^\{%-?\s*(embed|file)\s+(?:url|src)="([^"]+)"[^%]*-?%\}$/u;
/**
 * A table of contents the page generates where the marker stands: `[[toc]]` (VitePress, VuePress),
 * `[TOC]` / `[toc]` (Typora, CSDN, Markdown Here), `[[_TOC_]]` (GitLab, Azure DevOps wikis, read
 * without its emphasis). The article page has its own.
 */
const TOC_MARKER = /^\[\[toc\]\]$|^\[toc\]$/iu;
/**
 * Jekyll's kramdown attributes on a line of their own under a block (`{: #rag}`, `{: .note}`,
 * `{:.no_toc}`, `{::options parse_block_html="true" /}`): ids and classes, not words. Under a quote,
 * the Chirpy theme's `{: .prompt-tip }` (tip, info, warning, danger) makes it a callout.
 */
const KRAMDOWN_ATTRIBUTES = /^\{:{1,2}[^{}\n]*\}$/u;
const KRAMDOWN_PROMPT = /^\{:[^{}\n]*\.prompt-(tip|info|warning|danger)\b[^{}\n]*\}$/u;
/**
 * markdown-it-attrs classes on a line of their own under a block, as Wiki.js writes them
 * (`{.is-info}` under a quote makes it a callout of that kind; `{.links-list}` under a list,
 * `{.tabset}` after a heading only style it): classes and ids, not words.
 */
const CLASS_ATTRIBUTES = /^\{\s*[.#][\w-]+(?:\s+[.#][\w-]+)*\s*\}$/u;
const WIKIJS_CALLOUT = /^\{[^{}\n]*\.is-(info|warning|danger|success)\b[^{}\n]*\}$/u;
/** Wiki.js's callout classes, as the callout kinds the site has. */
const WIKIJS_KIND: Record<string, string> = { info: 'info', warning: 'warning', danger: 'danger', success: 'tip' };
/**
 * Embed tags of HackMD / HedgeDoc (`{%youtube 3kJ9qv7LmXw %}`, `{%pdf https://… %}`) and Hexo's
 * tag plugins (`{% youtube id %}`): a player or a file the page shows, which the knowledge base does
 * not have: named by what it is and where.
 */
const EMBED_TAG = /^\{%-?\s*(youtube|vimeo|bilibili|pdf|gist|slideshare|speakerdeck|figma)\s+(\S+)(?:\s+[^%]*?)?\s*-?%\}$/iu;
/** kramdown's table of contents: a list of one item (`* TOC`, `1. 目录`) followed by `{:toc}`, replaced by the contents. */
const KRAMDOWN_TOC = /^\{:\s*\.?toc\s*\}$/u;

/** Whether a list item's text is kramdown's table-of-contents marker (its placeholder line, then `{:toc}`). */
export function isKramdownToc(text: string): boolean {
  const lines = text.split('\n');
  return lines.length === 2 && KRAMDOWN_TOC.test(lines[1]!.trim());
}

/** VitePress's file inclusion `<!--@include: ./parts/basics.md-->`, which the knowledge base does not have. */
const VITEPRESS_INCLUDE = /^<!--\s*@include:\s*(\S(?:.*\S)?)\s*-->$/u;

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
  // A page break, a generated table of contents and a theme's comment widget are not words of the article.
  if (name === 'pagebreak' || name === 'toc' || name === 'comments') return { kind: 'drop' };
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

/** Zola's inline shortcode on a line of its own: `{{ full_width_image(src="a.webp", alt="…") }}`. */
const ZOLA_SHORTCODE = /^\{\{\s*([\w-]+)\((.*)\)\s*\}\}$/u;

function readZolaShortcode(line: string): Line | null {
  const code = ZOLA_SHORTCODE.exec(line);
  if (!code) return null;
  const name = code[1]!.toLowerCase();
  const named = zolaArguments(code[2]!);
  const src = named.get('src') ?? named.get('path') ?? named.get('url');
  const words = named.get('text') ?? named.get('body') ?? named.get('content');
  if (/video|youtube|bilibili|vimeo/u.test(name)) {
    const id = named.get('bvid') ?? named.get('id') ?? src;
    return id ? { kind: 'text', text: `视频：${id}` } : null;
  }
  if (src && /image|img|figure|photo|picture/u.test(name)) {
    const caption = named.get('caption') ?? named.get('alt') ?? named.get('title');
    return { kind: 'text', text: caption ? `图片：${caption}（${src}）` : `图片：${src}` };
  }
  if (words !== undefined) return { kind: 'text', text: words };
  return null;
}

type Line = { kind: 'drop' } | { kind: 'tab'; label: string } | { kind: 'text'; text: string };

function readLine(line: string): Line | null {
  const trimmed = line.trim();
  if (
    EXCERPT.test(trimmed) ||
    TOC_MARKER.test(trimmed) ||
    KRAMDOWN_ATTRIBUTES.test(trimmed) ||
    CLASS_ATTRIBUTES.test(trimmed) ||
    TABS_START.test(trimmed) ||
    TABS_END.test(trimmed) ||
    TAB_END.test(trimmed) ||
    GITBOOK_WRAPPER_END.test(trimmed) ||
    GITBOOK_CONTENT_REF.test(trimmed)
  )
    return { kind: 'drop' };
  const tab = TAB.exec(trimmed);
  if (tab) return { kind: 'tab', label: (tab[1] ?? tab[2] ?? '').trim() };
  const code = GITBOOK_CODE.exec(trimmed);
  if (code) {
    const title = quoted(code[1] ?? '', 'title');
    return title ? { kind: 'text', text: title } : { kind: 'drop' };
  }
  const embed = GITBOOK_EMBED.exec(trimmed);
  if (embed) return { kind: 'text', text: `${embed[1] === 'file' ? '附件' : '嵌入'}：${embed[2]}` };
  const tag = EMBED_TAG.exec(trimmed);
  if (tag) {
    const kind = tag[1]!.toLowerCase();
    return { kind: 'text', text: `${/youtube|vimeo|bilibili/u.test(kind) ? '视频' : kind === 'pdf' ? '附件' : '嵌入'}：${tag[2]}` };
  }
  const shortcode = readShortcode(trimmed) ?? readZolaShortcode(trimmed);
  if (shortcode) return shortcode;
  const include = VITEPRESS_INCLUDE.exec(trimmed);
  if (include) return { kind: 'text', text: `（此处引入的文件未收录：${include[1]}）` };
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

/** A paragraph's content cut into its lines, each a run of phrasing nodes (a text node split at its line breaks). */
function phrasingLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type !== 'text') {
      lines.at(-1)!.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ type: 'text', value: part });
    });
  }
  return lines;
}

/**
 * A line's words when it is plain text, or null. An address GFM made a link of itself (`{% embed
 * url="https://…" %}`) is still plain text: the writer typed no link.
 */
function plainLine(line: readonly PhrasingContent[]): string | null {
  let text = '';
  for (const node of line) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'text' && node.children[0].value === node.url)
      text += node.url;
    // GitLab's and Azure DevOps' `[[_TOC_]]` parses with an emphasis inside; its words are the line's.
    else if (node.type === 'emphasis' && node.children.every((c) => c.type === 'text')) text += node.children.map((c) => c.value).join('');
    else return null;
  }
  return text;
}

/**
 * The paragraphs a paragraph becomes, or null when none of its lines is blog markup. Only a line of
 * plain text is read (GitBook's `{% content-ref %}` lines hold a link between them, which stays).
 */
function rewrite(paragraph: Paragraph): Paragraph[] | null {
  const lines = phrasingLines(paragraph.children);
  const read = lines.map((line) => {
    const text = plainLine(line);
    return text === null ? null : readLine(text);
  });
  if (read.every((r) => r === null)) return null;
  const out: Paragraph[] = [];
  let current: PhrasingContent[][] = [];
  const flush = () => {
    const children = current.flatMap((line, i) => (i === 0 ? line : [{ type: 'text', value: '\n' } as PhrasingContent, ...line]));
    if (current.length > 0) out.push({ type: 'paragraph', children: mergeTexts(children) });
    current = [];
  };
  read.forEach((r, i) => {
    if (r === null) current.push(lines[i]!);
    else if (r.kind === 'text') current.push([{ type: 'text', value: r.text }]);
    else if (r.kind === 'tab') {
      flush();
      if (r.label)
        out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: r.label }] } as PhrasingContent] });
    } else flush();
  });
  flush();
  return out;
}

/** Adjacent text nodes joined, as the parser would have left them. */
function mergeTexts(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (child.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + child.value };
    else out.push(child);
  }
  return out;
}

const textOf = (p: Paragraph) =>
  p.children.every((c) => c.type === 'text') ? p.children.map((c) => (c as { value: string }).value).join('') : null;

function isKramdownTocItem(item: ListItem): boolean {
  const [only, ...rest] = item.children;
  const text = only?.type === 'paragraph' ? textOf(only) : null;
  return rest.length === 0 && text !== null && isKramdownToc(text);
}

/** A quote whose last line is Chirpy's `{: .prompt-tip }` or Wiki.js's `{.is-info}` becomes a callout of that kind. */
function asPrompt(quote: Blockquote): void {
  const last = quote.children.at(-1);
  const first = quote.children[0];
  const text = last?.type === 'paragraph' ? textOf(last) : null;
  const attributes = text === null ? '' : text.split('\n').at(-1)!.trim();
  const wikijs = WIKIJS_CALLOUT.exec(attributes)?.[1];
  const kind = KRAMDOWN_PROMPT.exec(attributes)?.[1] ?? (wikijs ? WIKIJS_KIND[wikijs] : undefined);
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
