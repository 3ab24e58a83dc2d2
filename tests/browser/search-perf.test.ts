/**
 * What a first search costs on the built site (dist/): the bytes it downloads and the time from
 * the first keystroke in the header box to the first suggestions, median of several cold runs
 * (a fresh browser context each, so nothing is cached). Printed request by request, and held to a
 * budget.
 *
 * The query arrives in one input event, as a Chinese input method commits 知识蒸馏: typed one
 * character at a time, a slow run lets the debounce fire on 「知识蒸」 too, and that extra search's
 * fragments (≈ 3 KB) made the printed bytes differ from run to run.
 *
 * On the search page, a query fetches only the thesaurus shards of its characters and of the terms
 * it expands to (src/lib/search/thesaurus.ts), not the whole vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';

const RUNS = 5;
/**
 * Budgets. Bytes: the issue's 126 KB gzip for a first query from a question page, read as
 * 126_000 bytes (not 126 × 1024); measured ≈ 93 KB (Pagefind's runtime ≈ 69 KB of it, its two
 * index chunks ≈ 7 KB: scripts/pagefind.ts). Time: well above what is measured (≈0.5 s median
 * on an idle 2-core machine, up to ≈1.5 s while other work runs), for gross regressions only —
 * searches run one after another — not machine noise.
 */
const BUDGET = { firstQueryGzipBytes: 126_000, medianMs: 3_000 };

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

interface Download {
  path: string;
  bytes: number;
  gzip: number;
}

async function coldSearch(query: string, second?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}compression/da-mo-xing-de-liang-hua-ji-shu/`);
  await page.waitForLoadState('networkidle');
  let downloads: Download[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => void downloads.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  const started = performance.now();
  await page.focus('#site-search');
  await page.keyboard.insertText(query);
  await page.waitForSelector('#site-search-listbox [role="option"]:not(.suggestion-all)');
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const first = downloads;
  let secondDownloads: Download[] = [];
  if (second) {
    downloads = [];
    await page.fill('#site-search', second);
    await page.waitForFunction(() => document.querySelector('#site-search-listbox')?.textContent?.includes('数据隐私'));
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    secondDownloads = downloads;
  }
  await context.close();
  return { ms, first, second: secondDownloads };
}

const sum = (d: Download[], k: 'bytes' | 'gzip') => d.reduce((s, x) => s + x[k], 0);

/** What a request is, for the breakdown. */
function kindOf(path: string): string {
  if (path.includes('/pagefind/index/')) return 'pagefind index chunk';
  if (path.includes('/pagefind/fragment/')) return 'pagefind fragment (a result)';
  if (/\.pf_meta$|pagefind-entry\.json|\/pagefind\/filter\//u.test(path)) return 'pagefind metadata';
  if (path.includes('/pagefind/')) return 'pagefind runtime';
  if (path.includes('/search-questions/')) return 'question retriever';
  if (path.includes('/search-thesaurus/')) return 'thesaurus';
  if (/\/search-[a-z]+\.json$/u.test(path)) return 'lexicon';
  if (path.includes('/_astro/')) return 'search client (site JS)';
  return 'other';
}
/** The gzip bytes of every thesaurus shard the build wrote. */
function allThesaurusGzip(): number {
  const dir = join(ROOT_DIST, 'search-thesaurus');
  return readdirSync(dir).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('search cost on the built site', () => {
  it('fetches only a small part of the thesaurus on the search page', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const shards: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.includes('/search-thesaurus/'))
        shards.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent('训练大模型太耗电了')}`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    const fetched = (await Promise.all(shards)).reduce((a, b) => a + b, 0);
    const whole = allThesaurusGzip();
    console.log(`thesaurus on the search page: ${shards.length} shards, ${fetched} B gzip of ${whole} B`);
    // The thesaurus applied (耗电 → 能耗) from the shards of the query's characters and of 能耗.
    expect(await page.locator('[data-search-notes]').innerText()).toContain('能耗');
    expect(shards.length).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(whole * 0.1);
    await context.close();
  });

  it('prints bytes of a first query and median time to first results', { timeout: 120_000 }, async () => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldSearch('知识蒸馏', 'federated learning'));
    // The heaviest run is printed and held to the budget (the runs normally download the same files).
    const first = runs.map((r) => r.first).sort((a, b) => sum(b, 'gzip') - sum(a, 'gzip'))[0]!;
    console.log('\nfirst query 「知识蒸馏」 from a question page, cold cache, request by request (largest first):');
    for (const d of [...first].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${d.path.padEnd(60)} ${String(d.bytes).padStart(7)} B  (gzip ${String(d.gzip).padStart(6)} B)  ${kindOf(d.path)}`);
    }
    const kinds = new Map<string, number>();
    for (const d of first) kinds.set(kindOf(d.path), (kinds.get(kindOf(d.path)) ?? 0) + d.gzip);
    console.log(`  gzip by kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  gzip totals of the ${RUNS} runs: ${runs.map((r) => sum(r.first, 'gzip')).join(', ')} B`);
    const total = { bytes: sum(first, 'bytes'), gzip: sum(first, 'gzip') };
    const second = runs[0]!.second;
    console.log(`  total: ${first.length} requests, ${total.bytes} B as served, ${total.gzip} B gzip-compressed`);
    console.log(
      `second query 「federated learning」: ${second.length} requests, ${sum(second, 'bytes')} B (gzip ${sum(second, 'gzip')} B)`,
    );
    const times = runs.map((r) => r.ms);
    console.log(
      `time from focus + first keystroke to first suggestions (incl. 120 ms typing debounce): ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms`,
    );

    expect(first.some((d) => d.path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // pagefind.js searches on the main thread (client.ts, noWorker): the worker would be a second copy.
    expect(first.some((d) => d.path.endsWith('/pagefind/pagefind-worker.js'))).toBe(false);
    expect(total.gzip).toBeLessThan(BUDGET.firstQueryGzipBytes);
    expect(median(times)).toBeLessThan(BUDGET.medianMs);
  });
});
