/**
 * Byte budgets (issue 5), on the site `npm test` builds (dist/):
 *  - gzip HTML + CSS + JS on first load: every question page ≤ 30 KB, home ≤ 30 KB, every topic
 *    page ≤ 60 KB, every article ≤ 40 KB, glossary ≤ 40 KB, search, article list and 404 ≤ 30 KB;
 *  - reading pages run no JavaScript on load beyond the inline theme script (< 1 KB) and the one
 *    site module (search trigger, theme toggle, copy buttons); search, Mermaid and KaTeX load
 *    only where and when needed;
 *  - KaTeX's stylesheet (and its fonts) only on pages with math.
 *  - practice (issue 13): its code loads only on /practice/ (≤ 20 KB gzip beyond the site
 *    module); the service-worker registration every page carries costs ≤ 1 KB gzip.
 * Worked out from the files (scripts/quality/first-load.ts follows every <link> and static
 * import), then checked in Chromium: a cold first load fetches exactly those files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLoad, type FirstLoad } from '../../scripts/quality/first-load.ts';
import { discoverPages, pageFile, siteBase, type SitePages } from '../../scripts/quality/site-pages.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';

const KB = 1024;
const BUDGET = { question: 30 * KB, home: 30 * KB, topic: 60 * KB, article: 40 * KB, glossary: 40 * KB, other: 30 * KB };
const THEME_SCRIPT_MAX = 1024;
/** The site module and its static imports; today ≈ 2.4 KB gzip. A guard against heavy code creeping into every page. */
const SITE_JS_MAX = 8 * KB;
/** The practice page's own JavaScript (issue 13). */
const PRACTICE_JS_MAX = 20 * KB;
/** What registering the service worker adds to the site module (issue 13). */
const REGISTRATION_MAX = 1 * KB;

let dist: string;
let base: string;
let pages: SitePages;
const loads = new Map<string, FirstLoad>();
const load = (page: string) => {
  if (!loads.has(page)) loads.set(page, firstLoad(dist, page, base));
  return loads.get(page)!;
};
const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

function isKatexCss(file: string): boolean {
  return /font-family:\s*KaTeX_/u.test(readFileSync(join(dist, file), 'utf8'));
}
const hasMath = (page: string) => /class="katex/u.test(readFileSync(pageFile(dist, page), 'utf8'));

beforeAll(() => {
  dist = requireBuilt(ROOT_DIST);
  base = siteBase(dist);
  pages = discoverPages(dist);
});

describe('first-load budgets (gzip HTML + CSS + JS, from the built files)', () => {
  test('every question page ≤ 30 KB', () => {
    const over = pages.questions.map(load).filter((l) => l.totalGzip > BUDGET.question);
    const worst = pages.questions.map(load).sort((a, b) => b.totalGzip - a.totalGzip)[0]!;
    console.log(
      `question pages: ${pages.questions.length}, largest ${worst.page} ${fmt(worst.totalGzip)} (budget ${fmt(BUDGET.question)})`,
    );
    expect(
      over.map((l) => `${l.page}: ${fmt(l.totalGzip)} (html ${fmt(l.html.gzip)}, css ${fmt(l.cssGzip)}, js ${fmt(l.jsGzip)})`),
    ).toEqual([]);
  });

  test('home ≤ 30 KB', () => {
    const l = load(pages.home);
    console.log(`home: ${fmt(l.totalGzip)} (html ${fmt(l.html.gzip)}, css ${fmt(l.cssGzip)}, js ${fmt(l.jsGzip)})`);
    expect(l.totalGzip).toBeLessThanOrEqual(BUDGET.home);
  });

  test('every topic page ≤ 60 KB', () => {
    expect(pages.topics).toHaveLength(5);
    for (const page of pages.topics) {
      const l = load(page);
      console.log(`topic ${page}: ${fmt(l.totalGzip)} (html ${fmt(l.html.gzip)}, css ${fmt(l.cssGzip)}, js ${fmt(l.jsGzip)})`);
      expect(l.totalGzip, page).toBeLessThanOrEqual(BUDGET.topic);
    }
  });

  test('other page types: articles ≤ 40 KB, glossary ≤ 40 KB, search, article list and 404 ≤ 30 KB', () => {
    const budgets: [string, number][] = [
      ...pages.articles.map((p): [string, number] => [p, BUDGET.article]),
      [pages.glossary, BUDGET.glossary],
      [pages.search, BUDGET.other],
      [pages.articlesIndex, BUDGET.other],
      [pages.notFound, BUDGET.other],
    ];
    expect(pages.articles.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const [page, budget] of budgets) {
      const l = load(page);
      console.log(`${page}: ${fmt(l.totalGzip)} (html ${fmt(l.html.gzip)}, css ${fmt(l.cssGzip)}, js ${fmt(l.jsGzip)})`);
      if (l.totalGzip > budget) over.push(`${page}: ${fmt(l.totalGzip)} > ${fmt(budget)}`);
    }
    expect(over).toEqual([]);
  });
});

describe('JavaScript on load', () => {
  const readingPages = () => [
    pages.home,
    ...pages.topics,
    ...pages.questions,
    ...pages.articles,
    pages.glossary,
    pages.articlesIndex,
    pages.notFound,
  ];

  test('the only inline script that runs is the theme script, under 1 KB', () => {
    for (const page of [...readingPages(), pages.search]) {
      const executable = load(page).inlineScripts.filter((s) => s.executable);
      expect(executable, page).toHaveLength(1);
      expect(executable[0]!.bytes, `${page}: theme script size`).toBeLessThan(THEME_SCRIPT_MAX);
      expect(executable[0]!.content).toMatch(/theme/u);
    }
  });

  test('every reading page loads the same small site module, and nothing heavy', () => {
    const siteJs = load(pages.home).js.map((a) => a.file);
    expect(siteJs.length).toBeGreaterThan(0);
    expect(load(pages.home).jsGzip).toBeLessThanOrEqual(SITE_JS_MAX);
    console.log(`site module (all reading pages): ${siteJs.join(', ')} = ${fmt(load(pages.home).jsGzip)} gzip`);
    for (const page of readingPages()) {
      expect(
        load(page).js.map((a) => a.file),
        page,
      ).toEqual(siteJs);
    }
    for (const file of siteJs) expect(file).not.toMatch(/mermaid|pagefind|katex|search-box|client/iu);
  });
});

describe('practice and offline', () => {
  test('practice code loads only on /practice/, ≤ 20 KB gzip beyond the site module', () => {
    const siteJs = new Set(load(pages.home).js.map((a) => a.file));
    const practice = load('practice/');
    const own = practice.js.filter((a) => !siteJs.has(a.file));
    const ownGzip = own.reduce((n, a) => n + a.gzip, 0);
    console.log(
      `practice page: ${fmt(practice.totalGzip)} (html ${fmt(practice.html.gzip)}, css ${fmt(practice.cssGzip)}, js ${fmt(practice.jsGzip)}); ` +
        `its own JS: ${own.map((a) => a.file).join(', ')} = ${fmt(ownGzip)} gzip (budget ${fmt(PRACTICE_JS_MAX)})`,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(ownGzip).toBeLessThanOrEqual(PRACTICE_JS_MAX);
    // No reading page loads it (the site module test above also pins every reading page to the same files).
    for (const page of [pages.home, ...pages.topics, ...pages.questions, ...pages.articles, pages.glossary, pages.search])
      for (const a of own)
        expect(
          load(page).js.map((j) => j.file),
          page,
        ).not.toContain(a.file);
  });

  test('registering the service worker costs ≤ 1 KB gzip, and the site module does it', async () => {
    // The registration is its own source file, bundled into the site module: measure it minified alone.
    const out = await build({
      entryPoints: ['src/scripts/register-sw.ts'],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      define: { 'import.meta.env.PROD': 'true', 'import.meta.env.BASE_URL': JSON.stringify(base) },
    });
    const code = out.outputFiles[0]!.contents;
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`service-worker registration: ${code.length} B minified, ${gzip} B gzip (budget ${fmt(REGISTRATION_MAX)})`);
    expect(gzip).toBeLessThanOrEqual(REGISTRATION_MAX);
    const siteModule = load(pages.home)
      .js.map((a) => readFileSync(join(dist, a.file), 'utf8'))
      .join('\n');
    expect(siteModule).toMatch(/serviceWorker\.register\(/u);
    const sw = readFileSync(join(dist, 'sw.js'));
    console.log(`sw.js: ${sw.length} B, ${gzipSync(sw, { level: 9 }).length} B gzip (fetched by the browser after load, not by the page)`);
  });
});

describe('KaTeX only where there is math', () => {
  test('a page links the KaTeX stylesheet exactly when it renders a formula', () => {
    const all = [
      pages.home,
      ...pages.topics,
      ...pages.questions,
      ...pages.articles,
      pages.glossary,
      pages.search,
      pages.articlesIndex,
      pages.notFound,
    ];
    const wrong: string[] = [];
    for (const page of all) {
      const linksKatex = load(page).css.some((c) => isKatexCss(c.file));
      if (linksKatex !== hasMath(page)) wrong.push(`${page}: math ${hasMath(page)}, KaTeX CSS ${linksKatex}`);
    }
    expect(pages.mathQuestions.length, 'the real content has a question with formulas').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('in Chromium: a cold first load fetches exactly the budgeted files', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(dist, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface Fetched {
    path: string;
    type: string;
    bytes: number;
    gzip: number;
  }

  async function coldLoad(page: string): Promise<{ fetched: Fetched[]; mermaidFar: boolean }> {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    const pending: Promise<void>[] = [];
    const fetched: Fetched[] = [];
    tab.on('response', (response) => {
      const url = new URL(response.url());
      pending.push(
        response
          .body()
          .then((body) => {
            fetched.push({
              path: decodeURIComponent(url.pathname).slice(base.length),
              type: response.request().resourceType(),
              bytes: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            });
          })
          .catch(() => undefined),
      );
    });
    await tab.goto(`${server.url}${page}`, { waitUntil: 'load' });
    await tab.waitForLoadState('networkidle');
    await Promise.all(pending);
    const mermaidFar = await tab.evaluate(() => {
      const figure = document.querySelector('[data-mermaid]');
      return figure ? figure.getBoundingClientRect().top > innerHeight + 600 : true;
    });
    await context.close();
    return { fetched, mermaidFar };
  }

  test('home, topic, question, math question, Mermaid page, glossary', async () => {
    const sample = [pages.home, pages.topics[0]!, pages.plainQuestion, pages.mathQuestions[0]!, pages.mermaidPages[0]!, pages.glossary];
    for (const page of sample) {
      const { fetched, mermaidFar } = await coldLoad(page);
      const expected = load(page);
      const jsFetched = fetched.filter((f) => f.type === 'script').map((f) => f.path);
      const cssFetched = fetched.filter((f) => f.type === 'stylesheet').map((f) => f.path);
      const fonts = fetched.filter((f) => f.type === 'font').map((f) => f.path);
      const browserTotal = fetched.filter((f) => ['document', 'stylesheet', 'script'].includes(f.type)).reduce((n, f) => n + f.gzip, 0);
      console.log(
        `Chromium ${page || '(home)'}: ${fmt(browserTotal)} HTML+CSS+JS gzip, ${fetched.length} requests, fonts: ${fonts.map((f) => f.replace(/^.*\//u, '')).join(', ') || 'none'}`,
      );

      expect(
        fetched.filter((f) => /pagefind/u.test(f.path)).map((f) => f.path),
        `${page}: Pagefind must load only when searching`,
      ).toEqual([]);
      expect(new Set(cssFetched), `${page}: stylesheets`).toEqual(new Set(expected.css.map((c) => c.file)));
      if (pages.mermaidPages.includes(page)) {
        // The page may import its small diagram loader; Mermaid itself waits for the diagram to come near.
        const extra = fetched.filter((f) => f.type === 'script' && !expected.js.some((j) => j.file === f.path));
        // Pre-rendered drawings: wherever the diagram sits, Mermaid itself (~200 KB) is never fetched,
        // only the small loader that swaps in the SVG — far down, not even that before scrolling.
        expect(
          extra.reduce((n, f) => n + f.gzip, 0),
          `${page}: JS beyond the site module${mermaidFar ? ' before scrolling' : ''}`,
        ).toBeLessThan(3 * KB);
        expect(
          extra.filter((f) => /mermaid\.core|mermaid-/u.test(f.path)).map((f) => f.path),
          `${page}: Mermaid's own code`,
        ).toEqual([]);
      } else {
        expect(new Set(jsFetched), `${page}: scripts`).toEqual(new Set(expected.js.map((j) => j.file)));
      }
      const katexFonts = fonts.filter((f) => /KaTeX_/u.test(f));
      if (!hasMath(page)) expect(katexFonts, `${page}: KaTeX fonts without math`).toEqual([]);
      for (const f of katexFonts) expect(f, 'only woff2 fonts are fetched').toMatch(/\.woff2$/u);
      // The static accounting and the browser agree (±5%, response bodies vs files).
      if (!pages.mermaidPages.includes(page))
        expect(Math.abs(browserTotal - expected.totalGzip)).toBeLessThanOrEqual(expected.totalGzip * 0.05);
    }
  });
});
