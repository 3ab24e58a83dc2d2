/**
 * Search quality, measured: every query of tests/search/queries.ts goes through the real search
 * page of the built site (dist/) in Chromium; the test prints recall@5 and MRR overall and per
 * kind of query, and fails below the thresholds.
 *
 * recall@5 — share of a query's relevant questions that appear in its first five results;
 * MRR — mean of 1 / rank of the first relevant result (0 when none is in the ten results shown).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openSearchPage, runQuery } from '../search/harness.ts';
import { PAGES, QUERIES, type QueryKind } from '../search/queries.ts';

/**
 * Thresholds, per kind and overall. Measured when written (issue 4): exact 0.967 / 1.000,
 * natural 0.767 / 0.787, aspect 1.000 / 1.000, english 0.975 / 1.000, traditional 0.967 / 0.950,
 * all 0.931 / 0.947; since common words (模型) are left out of queries with rarer words (issue 5,
 * query.ts searchablePlan): natural 0.833 / 0.787, traditional 0.967 / 0.875 (語言模型 lost its
 * phrase bonus), all 0.945 / 0.936. Each floor sits about one query's worth under that (one query is 1/10 to
 * 1/20 of a kind), so one borderline query changing rank passes and a real regression fails.
 * Natural language is lowest on purpose: its misses are everyday words the text never uses
 * (耗电, 太贵, 多台机器), which no lexical search can bridge without a synonym list.
 */
const THRESHOLDS: Record<QueryKind | 'all', { recall: number; mrr: number }> = {
  exact: { recall: 0.9, mrr: 0.9 },
  natural: { recall: 0.7, mrr: 0.7 },
  aspect: { recall: 0.9, mrr: 0.9 },
  english: { recall: 0.9, mrr: 0.9 },
  traditional: { recall: 0.9, mrr: 0.85 },
  all: { recall: 0.88, mrr: 0.9 },
};

/**
 * The judged pages as they are now: a question that ingestion later merged into another or moved
 * to another topic is followed through content/permalinks.json's redirects to the page that holds
 * its answers (two judged questions merged into one count once).
 */
const REDIRECTS = (JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { redirects: Record<string, string> }).redirects;
const live = (page: string) => REDIRECTS[page] ?? page;
const relevantOf = (q: (typeof QUERIES)[number]) => [...new Set(q.relevant.map(live))];

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  server = await serveDist(ROOT_DIST);
  browser = await launchChromium();
  page = await browser.newPage();
  await openSearchPage(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search quality (tests/search/queries.ts)', () => {
  it('judges only pages that exist', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const p of PAGES.map(live)) expect(existsSync(join(ROOT_DIST, p, 'index.html')), p).toBe(true);
    for (const q of QUERIES) for (const p of q.relevant) expect(PAGES, `${q.query}: ${p}`).toContain(p);
  });

  it('reaches recall@5 and MRR thresholds overall and per kind', { timeout: 300_000 }, async () => {
    const rows: { kind: QueryKind; query: string; recall: number; rr: number; top: string[]; missing: string[]; total: number }[] = [];
    for (const q of QUERIES) {
      const result = await runQuery(page, q.query);
      const ranked = result.hits.map((h) => h.page);
      const top = ranked.slice(0, 5);
      const relevant = relevantOf(q);
      const found = relevant.filter((p) => top.includes(p));
      const first = ranked.findIndex((p) => relevant.includes(p));
      rows.push({
        kind: q.kind,
        query: q.query,
        recall: found.length / relevant.length,
        rr: first < 0 ? 0 : 1 / (first + 1),
        top,
        missing: relevant.filter((p) => !top.includes(p)),
        total: result.hits.length,
      });
    }

    const kinds = [...new Set(rows.map((r) => r.kind))];
    const summary = (subset: typeof rows) => ({
      n: subset.length,
      recall: subset.reduce((s, r) => s + r.recall, 0) / subset.length,
      mrr: subset.reduce((s, r) => s + r.rr, 0) / subset.length,
      empty: subset.filter((r) => r.total === 0).length,
    });
    const table = [
      ...kinds.map((k) => ({ kind: k, ...summary(rows.filter((r) => r.kind === k)) })),
      { kind: 'all' as const, ...summary(rows) },
    ];
    console.log('\nsearch quality — recall@5 / MRR (threshold)');
    for (const t of table) {
      const th = THRESHOLDS[t.kind];
      console.log(
        `  ${t.kind.padEnd(12)} n=${String(t.n).padStart(2)}  recall@5 ${t.recall.toFixed(3)} (≥ ${th.recall})  MRR ${t.mrr.toFixed(3)} (≥ ${th.mrr})  empty ${t.empty}`,
      );
    }
    const imperfect = rows.filter((r) => r.recall < 1 || r.rr < 1);
    if (imperfect.length > 0) {
      console.log('\nqueries below 1.0:');
      for (const r of imperfect) {
        console.log(
          `  [${r.kind}] ${r.query}  recall@5 ${r.recall.toFixed(2)} RR ${r.rr.toFixed(2)}  missing: ${r.missing.join(', ') || '—'}`,
        );
        console.log(`      top: ${r.top.join(', ')}`);
      }
    }

    // SPEC: a query with partial matches never returns an empty list.
    expect(rows.filter((r) => r.total === 0).map((r) => r.query)).toEqual([]);
    for (const t of table) {
      expect(t.recall, `${t.kind} recall@5`).toBeGreaterThanOrEqual(THRESHOLDS[t.kind].recall);
      expect(t.mrr, `${t.kind} MRR`).toBeGreaterThanOrEqual(THRESHOLDS[t.kind].mrr);
    }
  });
});
