/**
 * Drives the real search page (/search/) of a built site in Chromium: types a query into its
 * form, submits, waits for the client to render, reads the ranked results. Shared by the search
 * browser tests.
 */
import type { Page } from 'playwright-core';

export interface RenderedHit {
  /** `topic/slug` of the question page. */
  page: string;
  href: string;
  title: string;
  meta: string;
  excerptHtml: string;
}

export interface RenderedSearch {
  status: string;
  notes: string;
  hits: RenderedHit[];
}

/** Open the search page once (no query), ready for runQuery. */
export async function openSearchPage(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}search/`);
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
}

/** Page id `topic/slug` from a result href, whatever the base path. */
export function pageOf(href: string, base: string): string {
  const path = new URL(href, 'http://x').pathname;
  return path.slice(base.length).replace(/\/$/u, '');
}

export async function runQuery(page: Page, query: string, base = '/'): Promise<RenderedSearch> {
  await page.evaluate((q) => {
    const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
    const results = document.querySelector<HTMLElement>('[data-search-results]')!;
    results.dataset.state = 'stale';
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
    form.requestSubmit();
  }, query);
  await page.waitForFunction((q) => {
    const results = document.querySelector<HTMLElement>('[data-search-results]')!;
    return results.dataset.state === 'done' && results.dataset.query === q.trim();
  }, query);
  const raw = await page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    notes: document.querySelector('[data-search-notes]')?.textContent ?? '',
    hits: [...document.querySelectorAll('[data-search-results] > li')].map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      meta: li.querySelector('.meta')?.textContent ?? '',
      excerptHtml: li.querySelector('.excerpt')?.innerHTML ?? '',
    })),
  }));
  return { ...raw, hits: raw.hits.map((h) => ({ ...h, page: pageOf(h.href, base) })) };
}
