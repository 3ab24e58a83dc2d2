/**
 * The search page in the reader's own words (issue 10): what else was searched and the switch to
 * turn it off (kept in the URL), a search without a full match (closest questions, what was and
 * was not found, glossary terms), a bare 「没有结果」 for nonsense only, axe-clean in both schemes
 * under the site's CSP (console errors would show a violation).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAudit } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  server = await serveDist(ROOT_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  query: string,
  extra = '',
  scheme: 'light' | 'dark' = 'light',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
  return { context, page, errors };
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('thesaurus on the search page', () => {
  it('says what else was searched, and turns it off and on through the URL', async () => {
    const { context, page, errors } = await open('训练大模型太耗电了');
    expect(await text(page, '[data-search-notes]')).toContain('也搜索了：能耗（「耗电」）');
    const first = await page.locator('[data-search-results] > li h2').first().innerText();
    expect(first).toContain('能耗');

    await page.click('[data-search-expand="0"]');
    await page.waitForFunction(() => location.search.includes('expand=0'));
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-search-notes]')?.textContent?.includes('只搜索了原词'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-expand'))).toBe('1');

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-search-notes]')?.textContent?.includes('也搜索了'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the closest questions, what was and was not found, and glossary terms when nothing matches fully', async () => {
    const { context, page, errors } = await open('大模型能帮我买彩票吗');
    const notes = await text(page, '[data-search-notes]');
    expect(notes).toContain('没有完全符合的问题');
    expect(notes).toContain('没有找到：「彩票」');
    expect(await page.locator('[data-search-notes] a[href*="glossary/#term-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers nonsense with a bare 「没有结果」', async () => {
    const { context, page } = await open('qwxzjv');
    expect(await text(page, '[data-search-status]')).toBe('没有结果。');
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    await context.close();
  });

  it('answers a Chinese question that matches nothing with what was searched and the topics to browse', async () => {
    const { context, page } = await open('蝈蝈');
    expect(await text(page, '[data-search-status]')).toBe('没有找到与「蝈蝈」相关的问题。');
    const notes = await text(page, '[data-search-notes]');
    expect(notes).toContain('搜索了：「');
    expect(notes).toContain('都没有这些词');
    const topics = await page.locator('[data-search-notes] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(topics).toEqual(['/concepts/', '/training/', '/compression/', '/applications/', '/challenges/']);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with an expanded search and a partial match shown (%s)', async (scheme) => {
    for (const query of ['训练大模型太耗电了', '大模型能帮我买彩票吗']) {
      const { context, page, errors } = await open(query, '', scheme);
      const { violations } = await axeAudit(page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
