/**
 * node scripts/pagefind.ts --site dist [other pagefind options]
 *
 * The last step of every build (`npm run build`, `npm test`'s two builds, `npm run bench`): the
 * Pagefind CLI, with its word index cut into small chunks.
 *
 * Pagefind sorts the words of the index and cuts them into chunks of about 20,000 word positions
 * by default (≈ 28 KB each here); a query downloads every chunk that holds one of its words, so
 * 「知识蒸馏」 (知识, 蒸馏) cost two such chunks, 45 KB of a 143 KB first query. Smaller chunks
 * cost a query only the words it looks up and their neighbours; the price is one line per chunk
 * in Pagefind's metadata file, which every first query downloads too. That first query's gzip
 * bytes, measured (tests/browser/search-perf.test.ts at 1×, `npm run bench` at 100×):
 *
 *   chunk size   1×: index + meta = total    100×: index + meta = total
 *   20,000       45 KB + 1 KB   ≈ 131 KB     32 KB + 39 KB ≈ 166 KB
 *   10,000       30 KB + 1 KB   ≈ 115 KB     19 KB + 42 KB ≈ 156 KB
 *    5,000       16 KB + 1 KB   ≈ 101 KB      9 KB + 46 KB ≈ 150 KB
 *    2,000        7 KB + 2 KB   ≈  93 KB      4 KB + 54 KB ≈ 153 KB
 *
 * (without Pagefind's worker, client.ts; the metadata at 100× is mostly its list of 5,159 pages).
 * 2,000 is the lightest at 1× and within 3 KB of the lightest at 100×; queries of more words gain more.
 *
 * One side effect: Pagefind loads one chunk per word of a query, so words that merely extend it
 * (风控 → 风控系统) and sit in the next chunk are not prefix-matched; smaller chunks make such a
 * boundary more likely. Measured on tests/search/ with 2,000: recall@5 and MRR exactly as with
 * 20,000 (with 5,000 one query ranked higher: a word's scores depend on the words Pagefind has loaded).
 *
 * Pagefind 1.6 reads the size only from the environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * ("unstable": a Pagefind upgrade may rename or drop it; the chunk sizes in dist/pagefind/index/ and
 * tests/browser/search-perf.test.ts's budget would show it). A value already set in the environment wins,
 * for experiments.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Word positions per index chunk (Pagefind's default: 20,000). */
const INDEX_CHUNK_SIZE = 2000;

const bin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) },
});
process.exit(run.status ?? 1);
