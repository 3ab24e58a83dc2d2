/**
 * Every page type in real Chromium, from the built site served like a static host: it renders
 * (the right title, heading and landmarks) with no console error, no request leaves the page's
 * origin — at the root and under /kb/, where nothing may leave the base either — the layout holds
 * at 360 px, reading pages load no JavaScript beyond the site module, and the page prints clean.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES, type PageType } from './site-support.ts';

let browser: Browser;
let root: StaticServer;
let kb: StaticServer;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  requireBuilt(SUBPATH_DIST);
  browser = await launchChromium();
  root = await serveDist(ROOT_DIST);
  kb = await serveDist(SUBPATH_DIST, SUBPATH_BASE);
});
afterAll(async () => {
  await browser?.close();
  await root?.close();
  await kb?.close();
});

const types = Object.entries(PAGE_TYPES) as [PageType, string][];

/**
 * Loads a page the way a reader uses it: scroll to the end (lazy diagrams) and, on two page types,
 * use the search box (the same component everywhere), so Pagefind's requests are checked too.
 */
async function visit(base: string, path: string, search: boolean) {
  const opened = await openPage(browser, base + path);
  const { page } = opened;
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 800) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  if (await page.locator('[data-mermaid]').count())
    await page.waitForSelector('[data-mermaid][data-rendered="static"]', { timeout: 20_000 });
  if (search) {
    await page.locator('#site-search').fill('知识蒸馏');
    await page.waitForSelector('.search-suggestions a', { timeout: 20_000 });
  }
  await page.waitForLoadState('networkidle');
  return opened;
}

describe.each([
  { where: 'at the root', server: () => root },
  { where: `under ${SUBPATH_BASE}`, server: () => kb },
])('every page type $where', ({ server }) => {
  it.each(types)('%s renders without console errors, and requests nothing from another origin or outside the base', async (type, path) => {
    const { url, origin } = server();
    const { page, errors, requests, close } = await visit(url, path, type === 'home' || type === 'question');
    try {
      expect(errors).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.title()).toMatch(/大模型知识库/u);
      expect(await page.locator('main#main h1').count()).toBe(1);
      expect((await page.locator('main h1').innerText()).trim().length).toBeGreaterThan(1);
      expect(await page.locator('header.site-header nav a').count()).toBeGreaterThanOrEqual(7);
      const offsite = requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && !r.startsWith(url));
      expect(offsite, `left ${origin}${new URL(url).pathname}`).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('reading pages', () => {
  it('load no JavaScript but the small site module until the reader acts (phone)', async () => {
    for (const type of ['home', 'question', 'topic', 'glossary', 'article (long-form, math, diagram, code)'] as const) {
      // Mermaid itself never loads on these pages: diagrams come pre-rendered.
      const { page, context, close } = await openPage(browser, 'about:blank', { viewport: { width: 390, height: 800 }, isMobile: true });
      try {
        const scripts: { url: string; bytes: number }[] = [];
        const pending: Promise<unknown>[] = [];
        context.on('requestfinished', (r) => {
          if (r.resourceType() === 'script') pending.push(r.sizes().then((s) => scripts.push({ url: r.url(), bytes: s.responseBodySize })));
        });
        await page.goto(root.url + PAGE_TYPES[type], { waitUntil: 'networkidle' });
        // Events and sizes arrive asynchronously: on a busy machine the site module's
        // requestfinished came after networkidle (CI saw none on the glossary page).
        await expect.poll(() => pending.length, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
        await Promise.all(pending);
        // The site module and what it statically imports (plus, on a page with a diagram, the
        // small loader of scripts/mermaid.ts); no search, Pagefind, Mermaid or KaTeX code.
        expect(scripts.length, type).toBeGreaterThanOrEqual(1);
        // A page with a diagram (the article; the question's editor's note) also loads the small diagram loader.
        const hasDiagram = (await page.locator('[data-mermaid]').count()) > 0;
        expect(scripts.length, type).toBeLessThanOrEqual(hasDiagram ? 3 : 2);
        for (const s of scripts) expect(s.url, type).toMatch(/\/_astro\/(Base\.astro[^/]*|preload-helper\.[^./]+|mermaid\.[^./]+)\.js$/u);
        // 11 KB since the diagram loader learnt to show a held drawing whole and to open a wide one on
        // its first node (2026-12-07: 10.4 KB on a question page with a diagram; 10 KB before).
        expect(
          scripts.reduce((n, s) => n + s.bytes, 0),
          type,
        ).toBeLessThan(11 * 1024);
        // Inline: the theme script only (JSON-LD is data, not script).
        expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count(), type).toBe(1);
      } finally {
        await close();
      }
    }
  });

  it('holds the layout at 360 px: no page scrolls sideways', async () => {
    const wide: string[] = [];
    for (const [type, path] of types) {
      const { page, close } = await openPage(browser, root.url + path, {
        viewport: { width: 360, height: 780 },
        isMobile: true,
        hasTouch: true,
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${type}: ${width}px`);
      await close();
    }
    expect(wide).toEqual([]);
  });

  it('has per-page metadata: canonical, description, Open Graph, and QAPage data on question pages', async () => {
    const { page, close } = await openPage(browser, root.url + PAGE_TYPES.question);
    try {
      const h1 = (await page.locator('h1').innerText()).trim();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/concepts\/shen-me-shi-da-mo-xing\/$/u);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(20);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(h1);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as unknown;
      const items = (Array.isArray(ld) ? ld : [ld]) as { '@type': string; mainEntity?: { name: string; answerCount: number } }[];
      const qa = items.find((i) => i['@type'] === 'QAPage');
      expect(qa?.mainEntity?.name).toBe(h1);
      expect(qa?.mainEntity?.answerCount).toBe(await page.locator('[data-answer]').count());
      expect(items.some((i) => i['@type'] === 'BreadcrumbList')).toBe(true);
    } finally {
      await close();
    }
  });

  it('goes to the previous and next question in the order of the topic page, section by section', async () => {
    const { page, close } = await openPage(browser, root.url + 'training/');
    try {
      const listed = await page.locator('.question-list a.q').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(listed.length).toBeGreaterThan(10);
      for (const at of [0, 1, listed.length - 1]) {
        await page.goto(root.url + listed[at]!.replace(/^\//u, ''));
        const next = page.locator('nav.pager a[rel="next"]');
        const prev = page.locator('nav.pager a[rel="prev"]');
        expect(await next.count(), listed[at]!).toBe(at < listed.length - 1 ? 1 : 0);
        expect(await prev.count(), listed[at]!).toBe(at > 0 ? 1 : 0);
        if (at < listed.length - 1) expect(await next.getAttribute('href')).toBe(listed[at + 1]);
        if (at > 0) expect(await prev.getAttribute('href')).toBe(listed[at - 1]);
      }
    } finally {
      await close();
    }
  });

  it('shows breadcrumbs, related questions, previous/next and the provenance on a question page', async () => {
    const { page, close } = await openPage(browser, root.url + PAGE_TYPES.question);
    try {
      const crumbs = page.locator('nav.breadcrumbs li');
      expect(await crumbs.count()).toBe(3);
      expect(await crumbs.last().getAttribute('aria-current')).toBe('page');
      expect(await page.locator('nav.breadcrumbs a').nth(1).getAttribute('href')).toBe('/concepts/');
      expect(await page.locator('aside.related li a').count()).toBeGreaterThan(0);
      expect(await page.locator('nav.pager a[rel="next"]').count()).toBe(1);
      const answers = page.locator('[data-answer]');
      expect(await answers.count()).toBe(5);
      for (let i = 0; i < 5; i++) {
        const provenance = await answers.nth(i).locator('.provenance').innerText();
        expect(provenance).toMatch(/出自《.+》 第 [\d.]+ [题节]/u);
        expect(provenance).toContain((await answers.nth(i).getAttribute('data-source-file'))!);
      }
    } finally {
      await close();
    }
  });

  it('flags a truncated answer with a visible notice', async () => {
    const { page, close } = await openPage(browser, root.url + PAGE_TYPES['question with a truncated answer']);
    try {
      const notice = page.locator('[data-answer] .notice[data-truncated]');
      expect(await notice.count()).toBe(1);
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toMatch(/截断/u);
    } finally {
      await close();
    }
  });

  it('prints the content only, dark theme or not', async () => {
    const { page, close } = await openPage(browser, root.url + PAGE_TYPES.question, { colorScheme: 'dark' });
    try {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.site-header', 'footer.site-footer', '.copy-link', 'nav.pager']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const color = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(color).toBe('rgb(0, 0, 0)');
      expect(await page.locator('[data-answer]').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
