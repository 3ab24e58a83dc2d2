/**
 * Checks on generated MDX, against the renderer the site really uses. src/lib/generated-mdx-loader.ts
 * hands each generated file to the content layer's renderMarkdown(), which is the Markdown
 * processor configured in astro.config.mjs (`markdown.processor.createRenderer(…)`, then
 * `render(body, { frontmatter })`). renderLikeTheSite() builds that same renderer from the
 * project's own astro.config.mjs, exactly as astro/dist/content/content-layer.js does, so what
 * these tests see is the HTML a reader's page gets.
 */
import { markdownConfigDefaults, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import config from '../../../astro.config.mjs';
import { mdxParser } from '../../../scripts/ingest/serialize.ts';
import { entryById, entryPath, ingestText } from './ingest.ts';

const MDX_CODE_NODES = ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'];

/**
 * Node types that would run as code or render as raw elements if the file were compiled as MDX.
 * The site renders it as Markdown; this checks the contract that lets it (README: generated MDX
 * holds no JSX, imports or expressions).
 */
export function mdxHazards(mdx: string): string[] {
  const found: string[] = [];
  visit(mdxParser.parse(mdx), (node) => {
    if (MDX_CODE_NODES.includes(node.type)) found.push(node.type);
  });
  return found;
}

let renderer: Promise<MarkdownRenderer> | undefined;

function siteRenderer(): Promise<MarkdownRenderer> {
  const markdown = config.markdown;
  if (!markdown?.processor) throw new Error('astro.config.mjs has no markdown.processor; update tests/unit/support/mdx.ts');
  // content-layer.js: processor.createRenderer({ image, syntaxHighlight, shikiConfig, gfm, smartypants }) with the
  // validated config, i.e. the user's values over Astro's defaults.
  renderer ??= markdown.processor.createRenderer({
    image: config.image ?? {},
    syntaxHighlight: markdown.syntaxHighlight ?? markdownConfigDefaults.syntaxHighlight,
    shikiConfig: { ...markdownConfigDefaults.shikiConfig, ...markdown.shikiConfig },
    gfm: markdown.gfm ?? markdownConfigDefaults.gfm,
    smartypants: markdown.smartypants ?? markdownConfigDefaults.smartypants,
  } as Parameters<typeof markdown.processor.createRenderer>[0]);
  return renderer;
}

/** A generated file (frontmatter and body, or a body alone) rendered to HTML the way the site renders it. */
export async function renderLikeTheSite(contents: string): Promise<HastRoot> {
  const { frontmatter, content } = parseFrontmatter(contents);
  const { code } = await (await siteRenderer()).render(content, { frontmatter });
  return fromHtml(code, { fragment: true });
}

/**
 * Elements the site's Markdown pipeline creates by itself: CommonMark and GFM, KaTeX (HTML and
 * MathML), Shiki's <pre>, callouts (<details> when folded). An element outside this list came from the text: raw HTML got through.
 */
// prettier-ignore
const MARKDOWN_ELEMENTS = new Set([
  'p', 'a', 'em', 'strong', 'del', 'code', 'pre', 'span', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'input', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'figure', 'figcaption', 'div', 'details', 'summary',
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt',
  'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'svg', 'path', 'line',
]);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'];

/** Everything in rendered HTML that was not made by the Markdown pipeline or could run: raw elements, event handlers, script URLs. */
export function htmlHazards(tree: HastRoot): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!MARKDOWN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/iu.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (URL_PROPERTIES.includes(name) && /^\s*(?:javascript|vbscript|data):/iu.test(String(value))) {
        found.push(`<${node.tagName} ${name}="${String(value)}">`);
      }
    }
  });
  return found;
}

/** The text a reader sees. */
export const renderedText = (tree: HastRoot): string => hastToString(tree);

/** Every href and src in rendered HTML, in order. */
export function renderedUrls(tree: HastRoot): string[] {
  const urls: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const name of ['href', 'src']) if (node.properties[name] !== undefined) urls.push(String(node.properties[name]));
  });
  return urls;
}

/** An article ingested as `x.txt`, one of its entries rendered as a reader's page gets it. */
export async function renderEntry(article: string, id = 'x-q1'): Promise<HastRoot> {
  const out = ingestText(article, 'x.txt');
  return renderLikeTheSite(out.files.get(entryPath(entryById(out, id)))!);
}

export interface RenderedCallout {
  tag: string;
  type: string;
  title: string;
  /** Its text, runs of white space as one space. */
  body: string;
}

/** The callouts in rendered HTML (src/lib/markdown/callouts.ts), in order. */
export function renderedCallouts(tree: HastRoot): RenderedCallout[] {
  const found: RenderedCallout[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.properties['dataCallout'] === undefined) return;
    const part = (name: string) => node.children.find((c): c is Element => c.type === 'element' && c.properties[name] !== undefined);
    const title = part('dataCalloutTitle');
    const body = part('dataCalloutBody');
    found.push({
      tag: node.tagName,
      type: String(node.properties['dataCalloutType']),
      title: title ? hastToString(title).trim() : '',
      body: body ? hastToString(body).replace(/\s+/gu, ' ').trim() : '',
    });
  });
  return found;
}
