/**
 * Search under a sub-path deploy: runs against tests/.tmp/dist-kb, built with BASE_PATH=/kb/
 * (`npm test` builds it; by hand: `BASE_PATH=/kb/ npx astro build --outDir tests/.tmp/dist-kb &&
 * npx node scripts/pagefind.ts --site tests/.tmp/dist-kb`). Builds nothing itself.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { openSearchPage, runQuery } from '../search/harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(SUBPATH_DIST);
  server = await serveDist(SUBPATH_DIST, SUBPATH_BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`search under ${SUBPATH_BASE}`, () => {
  it('loads its assets from the sub-path, finds answers and links inside the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });

    // Header box on the home page.
    await page.goto(server.url);
    await page.focus('#site-search');
    await page.keyboard.type('知識蒸餾');
    await page.waitForSelector('#site-search-listbox [role="option"]:not(.suggestion-all)');
    const hrefs = await page.$$eval('#site-search-listbox [role="option"]', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href.startsWith(SUBPATH_BASE)).toBe(true);
    expect(hrefs[0]).toMatch(/^\/kb\/compression\/da-mo-xing-ru-he-jin-xing-zhi-shi-zheng-liu\/\?highlight=.+#answer-/u);

    // Search page, English term, filter in the URL.
    await openSearchPage(page, server.url);
    const result = await runQuery(page, 'quantization', SUBPATH_BASE);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits[0]!.page).toBe('compression/da-mo-xing-de-liang-hua-ji-shu');
    for (const h of result.hits) expect(h.href.startsWith(`${SUBPATH_BASE}`)).toBe(true);

    // Following a result lands on the answer, with the words highlighted.
    await page.goto(new URL(result.hits[0]!.href, server.origin).toString());
    await page.waitForSelector('mark.search-hit');
    expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}compression/da-mo-xing-de-liang-hua-ji-shu/`);

    // Every search request stayed under the sub-path and none failed.
    const searchRequests = server.requests.filter((p) => /pagefind|search-lexicon/u.test(p));
    expect(searchRequests.length).toBeGreaterThan(0);
    for (const p of searchRequests) expect(p.startsWith(SUBPATH_BASE)).toBe(true);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
