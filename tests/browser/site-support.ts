/**
 * Shared by the site-*.test.ts browser tests: the pages that stand for each page type, a page
 * opener that collects console errors and every request, and a reader for built HTML files.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** One representative page per page type (paths below the base). */
export const PAGE_TYPES = {
  home: '',
  topic: 'applications/',
  question: 'concepts/shen-me-shi-da-mo-xing/',
  'question with math': 'training/gong-shi-tui-dao-guo-cheng/',
  'question with a truncated answer': 'compression/da-mo-xing-ru-he-jin-xing-zhi-shi-zheng-liu/',
  'article (long-form, math, diagram, code)': 'articles/002/',
  'article (Q&A, truncated)': 'articles/003/',
  'article list': 'articles/',
  glossary: 'glossary/',
  'about (maintainer MDX)': 'about/',
  search: 'search/',
  practice: 'practice/',
  '404': 'no-such-page/',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

export type { EntryRecord as Entry } from '../../scripts/quality/site-pages.ts';
export { readEntries } from '../../scripts/quality/site-pages.ts';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close: () => Promise<void>;
}

/** Opens `url` in a fresh context, recording errors and requests from the first byte. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  // Service workers off unless asked for: the offline worker is tested in offline.test.ts, and here
  // it would double every request a test counts (Playwright reports the page's request and the
  // worker's fetch for it) and add its precache downloads after load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The 404 page is served with status 404 on purpose; Chromium logs that as a console error.
    if (/status of 404/u.test(m.text()) && m.location().url === url) return;
    errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, errors, requests, close: () => context.close() };
}

/** Every .html file of a built site, as paths relative to its folder ("concepts/x/index.html"). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at: "x/index.html" → "<base>x/". */
export function servedPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/u, '$1');
}
