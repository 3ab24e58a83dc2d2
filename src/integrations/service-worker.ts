/**
 * Writes <outDir>/sw.js at the end of every `astro build` (src/sw/service-worker.ts, bundled with
 * esbuild), so any build — root, sub-path, another outDir — ships a worker that matches it:
 *  - its build id is a hash of every file the build wrote, so a deploy with any change gets a new
 *    worker (browsers compare sw.js byte for byte) and a new cache, and an unchanged rebuild does not;
 *  - its precache list is the practice page with everything it loads (stylesheets, scripts and
 *    their static imports, as scripts/quality/first-load.ts works them out) and the practice
 *    answers files, so practice works offline after one visit to any page.
 * Pagefind runs after Astro and its index is a function of these pages, so it needs no part in the id.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../scripts/quality/first-load.ts';

export const SW_FILE = 'sw.js';

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

/** Hash of the paths and contents of every file of a built site (sw.js and Pagefind's output excepted). */
export function buildId(dist: string): string {
  const hash = createHash('sha256');
  for (const file of files(dist)) {
    if (file === SW_FILE || file.startsWith('pagefind/')) continue;
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dist, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Base-relative paths the worker stores on install. */
export function precacheList(dist: string, base: string): string[] {
  const list = new Set<string>(['practice/', 'favicon.svg']);
  if (existsSync(join(dist, 'practice', 'index.html'))) {
    const load = firstLoad(dist, 'practice/', base);
    for (const a of [...load.css, ...load.js]) list.add(a.file);
  }
  const answers = join(dist, 'practice', 'answers');
  if (existsSync(answers)) for (const f of readdirSync(answers).sort()) list.add(`practice/answers/${f}`);
  return [...list];
}

/** Bundles the worker for the built site in `dist` and writes it as <dist>/sw.js; returns its build id. */
export async function writeServiceWorker(dist: string, base: string): Promise<{ id: string; precache: string[] }> {
  const id = buildId(dist);
  const precache = precacheList(dist, base);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
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
