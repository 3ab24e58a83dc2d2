// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMath from 'remark-math';
import { rehypeMermaidFigure } from './src/lib/markdown/rehype-mermaid-figure.ts';
import { rehypeSearchHints } from './src/lib/markdown/rehype-search-hints.ts';

/** Deploy target, from the environment: SITE_URL=https://example.org BASE_PATH=/kb/ npm run build */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  markdown: {
    processor: unified({
      // Same parse options as ingestion (scripts/ingest/parse.ts), so both read the text alike.
      remarkPlugins: [remarkCjkFriendly, remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'html', strict: false, throwOnError: false }], rehypeMermaidFigure, rehypeSearchHints],
    }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
