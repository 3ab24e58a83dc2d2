/**
 * Writes <outDir>/sw.js at the end of every `astro build` (src/sw/service-worker.ts, bundled with
 * esbuild), so any build — root, sub-path, another outDir — ships a worker that matches it:
 *  - its build id is a hash of every file the build wrote, so a deploy with any change gets a new
 *    worker (browsers compare sw.js byte for byte) and a new cache, and an unchanged rebuild does not;
 *  - its precache list is the practice page with everything it loads (stylesheets, scripts and
 *    their static imports), KaTeX's stylesheet (answers with formulas load it) and the practice
 *    answers files, so practice works offline after one visit to any page.
 * Self-contained (no import from scripts/): project copies for benchmarks and the hostile-input
 * tests carry src/ but not scripts/.
 * Pagefind runs after Astro and its index is a function of these pages, so it needs no part in the id.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SW_FILE = 'sw.js';
/** An on-demand module this small or smaller is precached with the page that may load it. */
const LAZY_MODULE_MAX = 16_000;
/** Uncompressed bytes of practice answers precached at most (see precacheList). */
const PRECACHE_ANSWERS_MAX = 2_000_000;

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Hash of the worker's source and of the paths and contents of every file of a built site (sw.js and Pagefind's output excepted). */
export function buildId(dist: string, workerSource = ''): string {
  const hash = createHash('sha256').update(workerSource).update('\0');
  for (const file of files(dist)) {
    if (file === SW_FILE || file.startsWith('pagefind/')) continue;
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dist, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** A page's stylesheets and module scripts with their static imports, as dist-relative paths. */
function pageAssets(dist: string, page: string, base: string): string[] {
  const found = new Set<string>();
  const local = (url: string) => (url.startsWith(base) ? url.slice(base.length) : null);
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const queue: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/gu)) {
    const file = local(m[1]!);
    if (file) found.add(file);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)) {
    const file = local(m[1]!);
    if (file) queue.push(file);
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (found.has(file) || !existsSync(join(dist, file))) continue;
    found.add(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/gu)) queue.push(dir + m[1]!.slice(2));
    // Small modules loaded on demand (the diagram loader): a page read before must not fail offline
    // when it asks for one. Large ones (Mermaid itself) stay out; pages fall back without them.
    for (const m of code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/gu)) {
      const lazy = dir + m[1]!.slice(2);
      if (existsSync(join(dist, lazy)) && statSync(join(dist, lazy)).size <= LAZY_MODULE_MAX) queue.push(lazy);
    }
  }
  return [...found];
}

/** Base-relative paths the worker stores on install. */
export function precacheList(dist: string, base: string): string[] {
  const list = new Set<string>(['practice/', 'favicon.svg']);
  if (existsSync(join(dist, 'practice', 'index.html'))) for (const file of pageAssets(dist, 'practice', base)) list.add(file);
  const assets = join(dist, '_astro');
  if (existsSync(assets)) for (const f of readdirSync(assets).sort()) if (/^katex\.min\.[\w-]+\.css$/u.test(f)) list.add(`_astro/${f}`);
  // Pre-rendered Mermaid drawings: the diagram loader fetches them, online or not.
  const diagrams = join(dist, 'diagrams');
  if (existsSync(diagrams)) for (const f of readdirSync(diagrams).sort()) if (f.endsWith('.svg')) list.add(`diagrams/${f}`);
  // Answers are precached while they are small (today ≈ 50 KB gzip in all). A much larger corpus
  // would make every first visit download them in the background: then they are kept only as a
  // reader practises (the page fetches a topic's file when it shows one of its questions).
  const answers = join(dist, 'practice', 'answers');
  if (existsSync(answers)) {
    const files = readdirSync(answers).sort();
    const bytes = files.reduce((n, f) => n + statSync(join(answers, f)).size, 0);
    if (bytes <= PRECACHE_ANSWERS_MAX) for (const f of files) list.add(`practice/answers/${f}`);
  }
  return [...list];
}

/** Bundles the worker for the built site in `dist` and writes it as <dist>/sw.js; returns its build id. */
export async function writeServiceWorker(dist: string, base: string): Promise<{ id: string; precache: string[] }> {
  const entry = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));
  // A change to the worker alone is a new build too: its caching rules may differ.
  const id = buildId(dist, readFileSync(entry, 'utf8'));
  const precache = precacheList(dist, base);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    define: {
      __BUILD_ID__: JSON.stringify(id),
      __BASE__: JSON.stringify(base),
      __PRECACHE__: JSON.stringify(precache),
    },
  });
  writeFileSync(join(dist, SW_FILE), result.outputFiles[0]!.contents);
  return { id, precache };
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { id, precache } = await writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`${SW_FILE}: build ${id}, ${precache.length} files precached`);
      },
    },
  };
}
