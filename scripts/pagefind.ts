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
 * in Pagefind's metadata file, which every first query downloads too. INDEX_CHUNK_SIZE balances
 * the two at 1× and at 100× the real corpus (measured with tests/browser/search-perf.test.ts and
 * `npm run bench`; see the commit that introduced it).
 *
 * One side effect: Pagefind loads one chunk per word of a query, so words that merely extend it
 * (风控 → 风控系统) and sit in the next chunk are not prefix-matched; smaller chunks make such a
 * boundary more likely. Measured on tests/search/ with 5,000: no query lost a result; one ranked
 * higher (the scores of a word depend on the words Pagefind happens to have loaded).
 *
 * Pagefind 1.6 reads the size only from the environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * ("unstable": a Pagefind upgrade may rename or drop it; the chunk sizes in dist/pagefind/index/ and
 * tests/browser/search-perf.test.ts's budget would show it). A value already set in the environment wins,
 * for experiments.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Word positions per index chunk (Pagefind's default: 20,000). */
const INDEX_CHUNK_SIZE = 5000;

const bin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) },
});
process.exit(run.status ?? 1);
