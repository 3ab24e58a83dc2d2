/**
 * Offline reading and practice (issue 13), with the service worker the build writes (sw.js),
 * served with the shipped security headers (public/_headers, so the CSP's worker-src is tested):
 *  - after one online visit, /practice/ (never opened) and the page read work offline, reloads
 *    included; a page never opened gets the offline notice;
 *  - a new deploy: the next online load shows the new page, the new worker replaces the old cache
 *    in one step (one cache left, holding the new build), and offline reading then shows the new
 *    build only — never a mix;
 *  - the same under the /kb/ sub-path.
 * "Offline" is both context.setOffline(true) and the server dropping every connection, so nothing
 * can reach the network by another path.
 * The deploy is simulated on a copy of the built site: one page changed, then the build's own
 * last step (src/integrations/service-worker.ts) run again, as `astro build` runs it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { shippedHeaders } from '../../scripts/quality/headers.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { readEntries } from './site-support.ts';

let browser: Browser;
const temps: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of a built site, so a test can "deploy" over it. */
function copySite(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-offline-'));
  temps.push(dir);
  cpSync(requireBuilt(dist), dir, { recursive: true });
  return dir;
}

/** Waits until the worker controls the page and has cached the page itself. */
async function untilOfflineReady(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  // Activated, not only controlling: the worker's activate step stores the page that registered it,
  // and a request made while that step still runs waits for it.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
  await page.waitForFunction(async () => Boolean(await caches.match(location.pathname)), undefined, { timeout: 30_000 });
  return page.evaluate(async () => (await caches.keys()).join(','));
}

async function goOffline(context: BrowserContext, server: StaticServer) {
  server.setDown(true);
  await context.setOffline(true);
}
async function goOnline(context: BrowserContext, server: StaticServer) {
  await context.setOffline(false);
  server.setDown(false);
}

describe.each([
  ['at the root', ROOT_DIST, '/'],
  [`under ${SUBPATH_BASE}`, SUBPATH_DIST, SUBPATH_BASE],
])('offline %s', (_label, dist, base) => {
  let site: string;
  let server: StaticServer;
  let question: { path: string; title: string };

  beforeAll(async () => {
    site = copySite(dist);
    server = await serveDist(site, base, shippedHeaders());
    const e = readEntries(site)[0]!;
    question = { path: e.url.slice(base.length), title: e.question };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a page read before and /practice/ (never opened) work offline, reloads included', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url + question.path);
      const cachesNow = await untilOfflineReady(page);
      expect(cachesNow).toMatch(/^kb-[0-9a-f]{16}$/u);

      await goOffline(context, server);
      await page.reload();
      expect(await page.locator('h1').innerText()).toBe(question.title);
      // Styled (the stylesheet came from the cache too).
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).not.toBe('');
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

      await page.goto(`${server.url}practice/?topic=training`);
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      await page.keyboard.press('Space');
      await page.waitForSelector('.practice-answer .prose');
      await page.keyboard.press('1');
      await page.reload();
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      expect(await page.locator('[data-topic="training"] [data-figures]').innerText()).toMatch(/^会了 1 \//u);

      // A page never opened: a clear notice, not the browser's error page.
      const never = await page.goto(`${server.url}glossary/`);
      expect(never?.status()).toBe(503);
      expect(await page.locator('h1').innerText()).toBe('现在离线');
      expect(errors).toEqual([]);
    } finally {
      await goOnline(context, server);
      await context.close();
    }
  });

  it('after a new deploy, the next load shows the new build, and offline pages are the new build’s only', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url + question.path);
      const before = await untilOfflineReady(page);

      // Deploy: the page changes, the build's last step writes a new worker.
      const file = join(site, question.path, 'index.html');
      const html = readFileSync(file, 'utf8');
      const changed = `${question.title}（新版）`;
      writeFileSync(file, html.replace(`<h1 id="question">${question.title}</h1>`, `<h1 id="question">${changed}</h1>`));
      const { id } = await writeServiceWorker(site, base);
      expect(`kb-${id}`).not.toBe(before);

      // Next load: the new page (network first), and the new worker takes over.
      await page.reload();
      expect(await page.locator('h1').innerText()).toBe(changed);
      await page.waitForFunction(async (want) => (await caches.keys()).join(',') === want, `kb-${id}`, { timeout: 30_000 });

      // Offline: the page read before the deploy is there, in its new version, from the one cache left.
      await goOffline(context, server);
      await page.reload();
      expect(await page.locator('h1').innerText()).toBe(changed);
      await page.goto(`${server.url}practice/`);
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1);
    } finally {
      await goOnline(context, server);
      await context.close();
    }
  });
});
