/**
 * node tests/search/tune.ts '<json list of configs>' — tries ranking constants on the TUNING half
 * of the everyday query set (and the existing query set, which must not get worse) in the real
 * search page of the built site (dist/), one Chromium session, and prints recall@5 and MRR for each
 * configuration. Never runs the held-out half. Each config: { fusion?: {...}, weights?: {...} }
 * (client.ts FUSION, retriever.ts WEIGHTS), applied through the page's __searchTuning hook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../browser/support/chromium.ts';
import { serveDist } from '../browser/support/server.ts';
import { openSearchPage, runQuery } from './harness.ts';
import { EVERYDAY_TUNING } from './everyday-tuning.ts';
import { QUERIES } from './queries.ts';

const dist = 'dist';
const entries = JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as { id: string; url: string }[];
const pageOf = new Map(entries.map((e) => [e.id, e.url.replace(/^\/|\/$/gu, '')]));
const redirects = (JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { redirects: Record<string, string> }).redirects;
const sets = {
  everyday: EVERYDAY_TUNING.map((q) => ({
    query: q.query,
    relevant: [...new Set(q.relevant.map((id) => pageOf.get(id)!))],
    kind: q.style,
  })),
  // Pages moved since the queries were judged are found at their new address, as search-quality.test.ts does.
  existing: QUERIES.map((q) => ({
    query: q.query,
    relevant: [...new Set(q.relevant.map((p) => redirects[p] ?? p))],
    kind: q.kind as string,
  })),
};
const configs = JSON.parse(process.argv[2] ?? '[{}]') as object[];
const server = await serveDist(dist);
const browser = await launchChromium();
try {
  for (const config of configs) {
    const page = await browser.newPage();
    await page.addInitScript((c) => ((globalThis as { __searchTuning?: unknown }).__searchTuning = c), config);
    await openSearchPage(page, server.url);
    const line: string[] = [JSON.stringify(config)];
    for (const [name, set] of Object.entries(sets)) {
      let recall = 0;
      let rr = 0;
      let empty = 0;
      const byKind = new Map<string, number[]>();
      const rrByKind = new Map<string, number[]>();
      for (const q of set) {
        const ranked = (await runQuery(page, q.query)).hits.map((h) => h.page);
        if (ranked.length === 0) empty++;
        const top = ranked.slice(0, 5);
        const r = q.relevant.filter((p) => top.includes(p)).length / Math.min(5, q.relevant.length);
        const first = ranked.findIndex((p) => q.relevant.includes(p));
        recall += r;
        rr += first < 0 ? 0 : 1 / (first + 1);
        byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), r]);
        rrByKind.set(q.kind, [...(rrByKind.get(q.kind) ?? []), first < 0 ? 0 : 1 / (first + 1)]);
      }
      line.push(`${name} R ${(recall / set.length).toFixed(3)} MRR ${(rr / set.length).toFixed(3)} empty ${empty}`);
      if (name === 'existing')
        line.push(
          [...byKind]
            .map(
              ([k, v]) =>
                `${k} ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}/${((rrByKind.get(k) ?? []).reduce((a, b) => a + b, 0) / v.length).toFixed(2)}`,
            )
            .join(' '),
        );
    }
    console.log(line.join(' | '));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
