/**
 * Everyday-language search quality: both halves of the everyday query set (tests/search/
 * everyday-tuning.ts, everyday-held-out-22.ts) go through the real search page of the built site in
 * Chromium. Relevance is by entry id, mapped to question pages through the public catalog
 * dist/entries.json; a query's relevant pages are the distinct questions of its entries.
 *
 * recall@5 — share of a query's relevant questions in its first five results; MRR — mean of
 * 1 / rank of the first relevant result among the ten shown (0 when none).
 *
 * The floors are checked against the HELD-OUT half only (the tuning half is what synonyms and
 * ranking constants were chosen on; its numbers are printed, not asserted). Every query of the
 * tuning half must return something; the held-out round may not have more queries without a result
 * than it had when measured (FLOORS_22.empty).
 *
 * EVERYDAY_HALF=tuning runs the tuning half alone (for tuning: the held-out half stays unseen).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openSearchPage, runQuery } from '../search/harness.ts';
import { EVERYDAY_HELD_OUT_22 } from '../search/everyday-held-out-22.ts';
import { EVERYDAY_TUNING } from '../search/everyday-tuning.ts';
import type { EverydayQuery, EverydayStyle } from '../search/everyday-types.ts';

/**
 * Floors on the held-out round, written blind on 2026-12-02 (tests/search/everyday-held-out-22.ts;
 * rounds 1–21 are tuning now). Earlier rounds at their first run: round 5 0.575 / 0.594, round 6
 * 0.826 / 0.851, round 7 0.797 / 0.726, round 8 0.717 / 0.706, round 9 0.733 / 0.743, round 10
 * 0.721 / 0.649, round 11 0.678 / 0.698, round 12 0.771 / 0.720, round 13 0.801 / 0.728, round 14
 * 0.739 / 0.752, round 15 0.807 / 0.772, round 16 0.789 / 0.773, round 17 0.705 / 0.690, round 18
 * 0.722 / 0.705 (0.700 / 0.703 at the end of its session, one query empty), round 19 0.654 / 0.634
 * (the same at the end of its session). The targets are recall@5 ≥ 0.80 and MRR ≥ 0.70.
 * Round 20 at its first run (eighteenth session, right after the fold of round 19, before any change
 * to the search or the vocabulary that session): recall@5 0.900, MRR 0.792, none empty (the same at
 * the end of that session). Round 21 at its first run (nineteenth session, right after the fold of
 * round 20, before any change to the search, the vocabulary or the content that session): recall@5
 * 0.735, MRR 0.710, none empty. A naive character-bigram BM25 over the entries scores it 0.521, the
 * hardest draw since round 5 (round 20: 0.753); the same at the end of that session. Round 22 at its first
 * run (twentieth session, right after the fold of round 21, before any change to the search, the
 * vocabulary or the content that session): recall@5 0.840, MRR 0.748, none empty. Floors about one
 * query under the first run; raise them as the search gets better, never lower them to pass.
 */
const FLOORS_22 = { recall: 0.82, mrr: 0.73, empty: 0 };

const HELD_OUT: [string, EverydayQuery[], typeof FLOORS_22][] = [['held-out round 22', EVERYDAY_HELD_OUT_22, FLOORS_22]];

let server: StaticServer;
let browser: Browser;
let page: Page;
let pageOfEntry: Map<string, string>;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  const entries = JSON.parse(readFileSync(join(ROOT_DIST, 'entries.json'), 'utf8')) as { id: string; url: string }[];
  pageOfEntry = new Map(entries.map((e) => [e.id, e.url.replace(/^\/|\/$/gu, '')]));
  server = await serveDist(ROOT_DIST);
  browser = await launchChromium();
  page = await browser.newPage();
  await openSearchPage(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Row {
  style: EverydayStyle;
  query: string;
  recall: number;
  rr: number;
  total: number;
  missing: string[];
  top: string[];
}

async function measure(queries: readonly EverydayQuery[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const q of queries) {
    const relevant = [...new Set(q.relevant.map((id) => pageOfEntry.get(id) ?? `?${id}`))];
    const result = await runQuery(page, q.query);
    const ranked = result.hits.map((h) => h.page);
    const top = ranked.slice(0, 5);
    const first = ranked.findIndex((p) => relevant.includes(p));
    rows.push({
      style: q.style,
      query: q.query,
      recall: relevant.filter((p) => top.includes(p)).length / Math.min(5, relevant.length),
      rr: first < 0 ? 0 : 1 / (first + 1),
      total: result.hits.length,
      missing: relevant.filter((p) => !top.includes(p)),
      top,
    });
  }
  return rows;
}

function summary(rows: readonly Row[]) {
  return {
    n: rows.length,
    recall: rows.reduce((s, r) => s + Math.min(1, r.recall), 0) / Math.max(1, rows.length),
    mrr: rows.reduce((s, r) => s + r.rr, 0) / Math.max(1, rows.length),
    empty: rows.filter((r) => r.total === 0).length,
  };
}

function report(name: string, rows: readonly Row[], details: boolean): void {
  console.log(`\neveryday search — ${name}: recall@5 / MRR`);
  for (const style of [...new Set(rows.map((r) => r.style))]) {
    const s = summary(rows.filter((r) => r.style === style));
    console.log(
      `  ${style.padEnd(14)} n=${String(s.n).padStart(2)}  recall@5 ${s.recall.toFixed(3)}  MRR ${s.mrr.toFixed(3)}  empty ${s.empty}`,
    );
  }
  const s = summary(rows);
  console.log(
    `  ${'all'.padEnd(14)} n=${String(s.n).padStart(2)}  recall@5 ${s.recall.toFixed(3)}  MRR ${s.mrr.toFixed(3)}  empty ${s.empty}`,
  );
  if (!details) return;
  for (const r of rows.filter((x) => x.recall < 1 || x.rr < 1)) {
    console.log(
      `  [${r.style}] ${r.query}  recall@5 ${r.recall.toFixed(2)} RR ${r.rr.toFixed(2)}  missing: ${r.missing.join(', ') || '—'}`,
    );
    console.log(`      top: ${r.top.join(', ')}`);
  }
}

const tuningOnly = process.env.EVERYDAY_HALF === 'tuning';

describe('everyday-language search (tests/search/everyday-*.ts)', () => {
  it('judges only entries that exist', () => {
    for (const q of [...EVERYDAY_TUNING, ...EVERYDAY_HELD_OUT_22])
      for (const id of q.relevant) expect(pageOfEntry.has(id), `${q.query}: ${id}`).toBe(true);
  });

  it('tuning half: every query returns something (scores printed, not asserted)', { timeout: 300_000 }, async () => {
    const rows = await measure(EVERYDAY_TUNING);
    report('tuning half', rows, true);
    expect(rows.filter((r) => r.total === 0).map((r) => r.query)).toEqual([]);
  });

  it.skipIf(tuningOnly).each(HELD_OUT)(
    '%s: recall@5 and MRR floors, and no more queries without a result than measured',
    { timeout: 300_000 },
    async (name, queries, floors) => {
      const rows = await measure(queries);
      report(name, rows, false);
      expect(rows.filter((r) => r.total === 0).length, `${name}: queries with no result`).toBeLessThanOrEqual(floors.empty);
      const s = summary(rows);
      expect(s.recall, `${name}: recall@5`).toBeGreaterThanOrEqual(floors.recall);
      expect(s.mrr, `${name}: MRR`).toBeGreaterThanOrEqual(floors.mrr);
    },
  );
});
