/**
 * axe-core on every page type, in light and in dark mode, after the page has done what it does on
 * load (the diagram drawn, code buttons added): no violations, of any impact. The articles are
 * checked whole; the theme is set the way a reader sets it (system preference).
 */
import { axeAudit } from './support/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES, type PageType } from './site-support.ts';

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

const types = Object.entries(PAGE_TYPES) as [PageType, string][];

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (scheme) => {
  // Independent pages in separate browser contexts: run a few at a time.
  it.concurrent.each(types)('finds no violations on %s', async (_type, path) => {
    const { page, close } = await openPage(browser, server.url + path, { colorScheme: scheme, reducedMotion: 'reduce' });
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      if (await page.locator('[data-mermaid]').count()) {
        await page.locator('[data-mermaid]').scrollIntoViewIfNeeded();
        await page.waitForSelector('[data-mermaid][data-rendered]', { timeout: 20_000 });
      }
      const { violations, passes } = await axeAudit(page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(passes).toBeGreaterThan(15);
    } finally {
      await close();
    }
  });
});
