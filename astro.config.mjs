// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroCsp } from './deploy/csp.ts';
import { readFileSync } from 'node:fs';
import rehypeKatex from 'rehype-katex';
import remarkCallout from '@r4ai/remark-callout';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMath from 'remark-math';
import { calloutOptions } from './src/lib/markdown/callouts.ts';
import { rehypeEditorialHeadings } from './src/lib/markdown/rehype-editorial-headings.ts';
import { rehypeMermaidFigure } from './src/lib/markdown/rehype-mermaid-figure.ts';
import { remarkEditorialChecks } from './src/lib/markdown/remark-editorial-checks.ts';
import { remarkDisplayMathLine } from './src/lib/markdown/remark-display-math-line.ts';
import { rehypeSearchHints } from './src/lib/markdown/rehype-search-hints.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

/** Deploy target, from the environment: SITE_URL=https://example.org BASE_PATH=/kb/ npm run build */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
/** Moved permalinks leave noindex redirect pages (content/permalinks.json); keep them out of the sitemap. */
const redirectPaths = new Set(
  Object.keys(JSON.parse(readFileSync(new URL('./content/permalinks.json', import.meta.url), 'utf8')).redirects ?? {}).map(
    (from) => `/${from}/`,
  ),
);
const isRedirect = (/** @type {string} */ page) => redirectPaths.has(new URL(page).pathname.slice(base.replace(/\/$/, '').length));

/**
 * One Markdown pipeline for everything: generated entries (rendered as Markdown by
 * src/lib/generated-mdx-loader.ts) and the MDX maintainers write (content/notes, topics, pages,
 * compiled by @astrojs/mdx) get the same math, KaTeX, Mermaid figure and search hints.
 */
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = [remarkCjkFriendly, remarkMath, remarkDisplayMathLine, [remarkCallout, calloutOptions]];
/** @type {import('@astrojs/markdown-remark').RehypePlugins} */
const rehypePlugins = [
  [rehypeKatex, { output: 'htmlAndMathml', strict: false, throwOnError: false }],
  rehypeMermaidFigure,
  rehypeSearchHints,
];

/** Footnotes (an article's `[^1]`, carried into each answer that cites it) are labelled in the site's language. */
/** @type {import('@astrojs/markdown-remark').RemarkRehype} */
const remarkRehype = { footnoteLabel: '脚注', footnoteBackLabel: '返回正文' };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    sitemap({ filter: (page) => !isRedirect(page) }),
    // Maintainer MDX only (generated entries never reach it): the same pipeline plus checks that fail
    // a note naming a question, entry or term that does not exist with file:line, and ASCII heading ids.
    mdx({
      processor: unified({
        smartypants: false,
        remarkPlugins: [...remarkPlugins, remarkEditorialChecks],
        rehypePlugins: [...rehypePlugins, rehypeEditorialHeadings],
        remarkRehype,
      }),
    }),
    // Last: it hashes everything the build wrote, the sitemap included.
    serviceWorker(),
  ],
  markdown: {
    processor: unified({
      // Sources are shown verbatim: no typographic rewriting of ' " -- ... (SmartyPants turned `<!-- x -->` into `<!— x —>`).
      smartypants: false,
      // Same parse options as ingestion (scripts/ingest/parse.ts), so both read the text alike.
      remarkPlugins,
      rehypePlugins,
      remarkRehype,
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      // Shiki stops tokenizing a line after 500 ms, so on a busy machine the same code came out coloured
      // differently from build to build (tests/browser/determinism-build.test.ts). No time limit: same input, same output.
      transformers: [{ name: 'deterministic-tokenizing', preprocess: (_code, options) => void (options.tokenizeTimeLimit = 0) }],
    },
  },
  // Content-Security-Policy as a <meta> on every page (deploy/csp.ts; the same policy is sent as a header by public/_headers and deploy/nginx.conf).
  security: { csp: astroCsp() },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
