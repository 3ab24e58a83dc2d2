/**
 * The glossary's filter box, in Chromium: some 260 terms narrowed as the reader types Chinese,
 * English or pinyin (full or initials); nothing found points to the site search with the words
 * typed; cleared, every term is back; without JavaScript there is no dead box. Its code loads
 * only when the box is focused (perf-budgets.test.ts keeps the glossary a reading page).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES } from './site-support.ts';

const GLOSSARY = PAGE_TYPES.glossary;
const terms = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { zh: string; en: string }[];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  browser = await launchChromium();
  server = await serveDist(ROOT_DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shownTerms = (page: Page) =>
  page
    .locator('.glossary-term:not([hidden])')
    .evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector('.zh')?.textContent?.trim() ?? ''),
    );

describe('the glossary filter', () => {
  it('narrows the list by Chinese, English, full pinyin and initials, and gives it all back when cleared', async () => {
    const { page, errors, close } = await openPage(browser, server.url + GLOSSARY);
    try {
      const input = page.getByLabel('筛选术语');
      expect(await shownTerms(page)).toHaveLength(terms.length);
      // Its code loads when the box is first focused.
      await input.focus();
      await page.locator('[data-glossary-filter][data-ready]').waitFor();

      await input.fill('蒸馏');
      const byChinese = await shownTerms(page);
      expect(byChinese).toContain('知识蒸馏');
      for (const zh of byChinese) expect(zh).toContain('蒸馏');
      expect(await page.locator('[data-glossary-count]').textContent()).toBe(`${byChinese.length} 个术语`);

      // The same terms by their pinyin, in full (spaces and capitals do not matter) and by initials.
      await input.fill('Zheng Liu');
      expect(await shownTerms(page)).toEqual(byChinese);
      await input.fill('zszl');
      expect(await shownTerms(page)).toContain('知识蒸馏');

      await input.fill('knowledge distillation');
      expect(await shownTerms(page)).toContain('知识蒸馏');
      // A letter with no term left is not shown empty; the letter index is put away while filtering.
      expect(await page.locator('section:has(.glossary-term):visible').count()).toBe(1);
      expect(await page.locator('.letter-index').isVisible()).toBe(false);

      await input.fill('');
      expect(await shownTerms(page)).toHaveLength(terms.length);
      expect(await page.locator('.letter-index').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finding nothing, offers the site search for the words typed', async () => {
    const { page, close } = await openPage(browser, server.url + GLOSSARY);
    try {
      // Typed at once, before its code has loaded: what was typed is applied when it has.
      await page.getByLabel('筛选术语').fill('胡说八道');
      await page.locator('[data-glossary-filter][data-ready]').waitFor();
      expect(await shownTerms(page)).toEqual([]);
      const link = page.locator('[data-glossary-empty] a');
      expect(await link.isVisible()).toBe(true);
      expect(await link.textContent()).toBe('在全站问题里搜索「胡说八道」');
      await link.click();
      await page.waitForURL(/\/search\/\?q=/u);
      expect(new URL(page.url()).searchParams.get('q')).toBe('胡说八道');
    } finally {
      await close();
    }
  });

  it('is not shown without JavaScript, where it could not work', async () => {
    const { page, close } = await openPage(browser, server.url + GLOSSARY, { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-glossary-filter]').isVisible()).toBe(false);
      expect(await page.locator('.letter-index').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
