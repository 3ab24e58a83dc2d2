/**
 * Every page type under the shipped Content-Security-Policy, sent as an HTTP header exactly as
 * public/_headers has it (together with the <meta> CSP the pages carry): no violation is reported
 * (securitypolicyviolation events, console) and math, the Mermaid diagram, search, the search box
 * and the theme toggle still work. Also under the sub-path build, where Pagefind loads from /kb/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shippedHeaders } from '../../scripts/quality/headers.ts';
import { discoverPages, siteBase, type SitePages } from '../../scripts/quality/site-pages.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';

interface Watched {
  page: Page;
  problems: () => Promise<string[]>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page that records CSP violations (from before any page script runs) and console errors. */
async function watched(options: { allow404Document?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const messages: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (options.allow404Document && /status of 404/u.test(text)) return;
    if (m.type() === 'error' || /Content.Security.Policy/iu.test(text)) messages.push(`console.${m.type()}: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return {
    page,
    problems: async () => {
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
      await context.close();
      return [...violations.map((v) => `violation: ${v}`), ...messages];
    },
  };
}

describe('every page type under the shipped CSP header', () => {
  let server: StaticServer;
  let pages: SitePages;
  let headers: Record<string, string>;

  beforeAll(async () => {
    const dist = requireBuilt(ROOT_DIST);
    pages = discoverPages(dist);
    headers = shippedHeaders();
    server = await serveDist(dist, siteBase(dist), headers);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the server sends the policy', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBe(headers['content-security-policy']);
  });

  test('home, topic, question, articles index, glossary: no violation; the theme toggle works', async () => {
    for (const path of [pages.home, pages.topics[0]!, pages.plainQuestion, pages.articlesIndex, pages.glossary]) {
      const { page, problems } = await watched();
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      if (path === pages.plainQuestion) {
        const before = await page.evaluate(() => document.documentElement.dataset.theme);
        await page.locator('[data-theme-toggle]').click();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
      }
      expect(await problems(), path || '(home)').toEqual([]);
    }
  });

  test('a question with math: KaTeX styles, fonts and style attributes apply', async () => {
    const path = pages.mathQuestions[0]!;
    const { page, problems } = await watched();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const math = await page.evaluate(async () => {
      await document.fonts.ready;
      const katex = document.querySelector('.katex');
      const strut = document.querySelector<HTMLElement>('.katex-html .strut');
      const mathml = document.querySelector('.katex-mathml');
      return {
        formulas: document.querySelectorAll('.katex').length,
        font: katex ? getComputedStyle(katex).fontFamily : '',
        // KaTeX sizes struts with style="height:…em": blocked style attributes would leave them 0 px tall.
        strutHeight: strut ? strut.getBoundingClientRect().height : 0,
        strutStyle: strut?.getAttribute('style') ?? '',
        mathmlHidden: mathml ? getComputedStyle(mathml).position === 'absolute' : true,
        fontLoaded: document.fonts.check('16px KaTeX_Main'),
      };
    });
    expect(math.formulas).toBeGreaterThan(0);
    expect(math.font).toMatch(/KaTeX_Main/u);
    expect(math.strutStyle).toMatch(/height/u);
    expect(math.strutHeight).toBeGreaterThan(0);
    expect(math.mathmlHidden).toBe(true);
    expect(math.fontLoaded).toBe(true);
    expect(await problems(), path).toEqual([]);
  });

  test('the Mermaid page: the diagram renders, styled, after scrolling to it', async () => {
    for (const path of pages.mermaidPages) {
      const { page, problems } = await watched();
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      const figure = page.locator('[data-mermaid]').first();
      await figure.scrollIntoViewIfNeeded();
      const svg = figure.locator('svg').first();
      await svg.waitFor({ state: 'attached', timeout: 30_000 });
      const drawn = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const shape = el.querySelector('.node rect, .node polygon, .node path, .node circle');
        return {
          width: box.width,
          height: box.height,
          // Mermaid's <style> inside the SVG colours the nodes; blocked, SVG's default black fill shows.
          fill: shape ? getComputedStyle(shape).fill : '',
          label: el.textContent ?? '',
        };
      });
      expect(drawn.width, path).toBeGreaterThan(50);
      expect(drawn.height, path).toBeGreaterThan(50);
      expect(drawn.fill, path).not.toBe('');
      expect(drawn.fill, path).not.toBe('rgb(0, 0, 0)');
      expect(drawn.label.trim(), path).not.toBe('');
      expect(await problems(), path).toEqual([]);
    }
  });

  test('the search page runs a query from the URL and from the form', async () => {
    const { page, problems } = await watched();
    await page.goto(`${server.url}${pages.search}?q=${encodeURIComponent('知识蒸馏')}`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const input = page.locator('[data-search-page] input[name="q"], [data-search-page] input[type="search"]').first();
    await input.fill('quantization');
    await input.press('Enter');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('quantization');
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });

  test('the header search box suggests answers as one types', async () => {
    const { page, problems } = await watched();
    await page.goto(`${server.url}${pages.plainQuestion}`);
    const input = page.locator('[data-search-input]');
    await input.click();
    await input.pressSequentially('梯度', { delay: 50 });
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });

  test('the 404 page', async () => {
    const { page, problems } = await watched({ allow404Document: true });
    const response = await page.goto(`${server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });
});

describe('under the sub-path build (/kb/)', () => {
  test('search works and nothing is blocked', async () => {
    // Built by `npm test`; missing, requireBuilt fails with how to build it.
    const dist = requireBuilt(SUBPATH_DIST);
    const server = await serveDist(dist, SUBPATH_BASE, shippedHeaders());
    try {
      const { page, problems } = await watched();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('梯度消失')}`);
      await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await problems()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
