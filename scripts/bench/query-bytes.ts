/**
 * Bytes a reader downloads for one search, measured in real Chromium: a fresh browser context
 * (empty cache) opens /search/?q=…, waits for the results, and every response the search needed
 * is counted — the Pagefind runtime (JS + WebAssembly), its metadata, the index chunks the query
 * touches, the fragments of the results shown, and any other data the search client fetches
 * (e.g. a term list). The page itself (HTML, CSS, fonts) and the site's own /_astro/ scripts are
 * reported separately as `pageJs` (they are cached from any earlier page). `gzipBytes` is what a
 * host that compresses text would send (Pagefind's index files are already gzip).
 *
 * `gzipBySide` splits the gzip bytes between Pagefind (runtime, meta, index, fragments), the
 * question retriever (its postings shards and question records under /search-questions/) and the
 * lexicon (/search-lexicon.json, which both use: terms, Traditional → Simplified, the thesaurus).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveDist } from '../lib/static-server.ts';

export interface QueryCost {
  query: string;
  results: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Bytes by kind: runtime (js/wasm), meta (entry/meta/filter), index, fragment, retriever, lexicon, thesaurus, data. */
  parts: Record<string, number>;
  /** Gzip bytes by side: pagefind, retriever, lexicon, thesaurus, other. */
  gzipBySide: Record<string, number>;
}

export const DEFAULT_QUERIES = [
  '知识蒸馏',
  '梯度消失',
  'quantization',
  '大模型在医疗领域有哪些应用',
  '分布式训练 混合精度',
  '什么是大模型',
  'federated learning 隐私',
];

function kindOf(path: string, type: string): string | null {
  if (type === 'document' || type === 'stylesheet' || type === 'font' || type === 'image') return null;
  if (path.includes('/pagefind/')) {
    if (/\/fragment\//u.test(path)) return 'fragment';
    if (/\/index\//u.test(path)) return 'index';
    if (/\/filter\/|pagefind-entry\.json|\.pf_meta$/u.test(path)) return 'meta';
    return 'runtime';
  }
  if (path.includes('/_astro/')) return 'pageJs';
  if (path.includes('/search-questions/')) return 'retriever';
  if (path.endsWith('/search-lexicon.json')) return 'lexicon';
  if (path.includes('/search-thesaurus/')) return 'thesaurus';
  return 'data';
}

export async function measureQueries(dist: string, queries: readonly string[] = DEFAULT_QUERIES, browser?: Browser): Promise<QueryCost[]> {
  const own = browser === undefined;
  const chromium = browser ?? (await launchChromium());
  const server = await serveDist(dist, '/');
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const context = await chromium.newContext();
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      const cost: QueryCost = { query, results: 0, requests: 0, bytes: 0, gzipBytes: 0, parts: {}, gzipBySide: {} };
      page.on('response', (response) => {
        const kind = kindOf(new URL(response.url()).pathname, response.request().resourceType());
        if (kind === null) return;
        pending.push(
          response
            .body()
            .then((body) => {
              cost.parts[kind] = (cost.parts[kind] ?? 0) + body.length;
              if (kind === 'pageJs') return;
              cost.requests++;
              cost.bytes += body.length;
              const gzip = Math.min(body.length, gzipSync(body).length);
              cost.gzipBytes += gzip;
              const side = ['runtime', 'meta', 'index', 'fragment'].includes(kind) ? 'pagefind' : kind === 'data' ? 'other' : kind;
              cost.gzipBySide[side] = (cost.gzipBySide[side] ?? 0) + gzip;
            })
            .catch(() => undefined),
        );
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status !== '' && !status.includes('搜索中');
        },
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      cost.results = await page.locator('[data-search-results] > li').count();
      costs.push(cost);
      await context.close();
    }
    return costs;
  } finally {
    await server.close();
    if (own) await chromium.close();
  }
}

/** What the first query typed in the header box of a question page downloads. */
export interface FirstQueryCost {
  query: string;
  /** The question page it was typed on (path under the site). */
  page: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Gzip bytes by kind: runtime, meta, index, fragment, retriever, lexicon, thesaurus, pageJs (the search client), data. */
  gzipByKind: Record<string, number>;
}

/**
 * The header box's first query, as tests/browser/search-perf.test.ts measures it at 1×: a fresh
 * browser context opens a question page, waits for it to settle, then the query arrives in one
 * input event (as an input method commits it) and every response until the suggestions show and
 * the network is idle is counted — the search client's own scripts included, since a reader who
 * has only read pages has not loaded them yet.
 */
export async function measureFirstQuery(dist: string, pagePath: string, query = '知识蒸馏', browser?: Browser): Promise<FirstQueryCost> {
  const own = browser === undefined;
  const chromium = browser ?? (await launchChromium());
  const server = await serveDist(dist, '/');
  try {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${pagePath}`);
    await page.waitForLoadState('networkidle');
    const cost: FirstQueryCost = { query, page: pagePath, requests: 0, bytes: 0, gzipBytes: 0, gzipByKind: {} };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const kind = kindOf(new URL(response.url()).pathname, response.request().resourceType()) ?? 'page';
      pending.push(
        response
          .body()
          .then((body) => {
            const gzip = Math.min(body.length, gzipSync(body).length);
            cost.requests++;
            cost.bytes += body.length;
            cost.gzipBytes += gzip;
            cost.gzipByKind[kind] = (cost.gzipByKind[kind] ?? 0) + gzip;
          })
          .catch(() => undefined),
      );
    });
    await page.focus('#site-search');
    await page.keyboard.insertText(query);
    await page.waitForSelector('#site-search-listbox [role="option"]', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    return cost;
  } finally {
    await server.close();
    if (own) await chromium.close();
  }
}
