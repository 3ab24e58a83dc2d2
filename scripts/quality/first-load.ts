/**
 * What a page costs on first load, worked out from the built files: the HTML, the stylesheets it
 * links, the module scripts it loads and everything those import statically (not `import()`,
 * which is on demand), each gzip-compressed as a host would send it. Fonts and images are
 * listed apart. tests/browser/perf-budgets.test.ts asserts budgets on these numbers and checks
 * in Chromium that a real first load fetches exactly these files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageFile } from './site-pages.ts';

export interface Asset {
  /** Path below the dist folder, e.g. `_astro/Base.x.css`. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface InlineScript {
  type: string;
  bytes: number;
  /** Executed by the browser (classic or module), as opposed to a data block like JSON-LD. */
  executable: boolean;
  content: string;
}

export interface FirstLoad {
  page: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
  inlineScripts: InlineScript[];
  /** HTML + CSS + JS, gzip. */
  totalGzip: number;
  jsGzip: number;
  cssGzip: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** dist-relative file for a URL referenced from `pagePath` (base-relative), or null if external. */
export function resolveRef(url: string, pagePath: string, base: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url) || url.startsWith('//')) return null;
  const pageUrl = new URL(`${base}${pagePath}`, 'http://site.invalid');
  const target = new URL(url, pageUrl);
  if (target.origin !== 'http://site.invalid') return null;
  const path = decodeURIComponent(target.pathname);
  if (!path.startsWith(base)) return null;
  return path.slice(base.length);
}

const STATIC_IMPORT = /(?:^|[;}\n)])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/gu;
const EXPORT_FROM = /(?:^|[;}\n)])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/gu;

/** Static imports of a module file (relative specifiers only; a bundle has no bare ones). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const re of [STATIC_IMPORT, EXPORT_FROM]) for (const m of code.matchAll(re)) found.add(m[1]!);
  return [...found];
}

function asset(dist: string, file: string): Asset {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gz(buf) };
}

export function firstLoad(dist: string, pagePath: string, base = '/'): FirstLoad {
  const htmlFile = pageFile(dist, pagePath);
  const source = readFileSync(htmlFile);
  const html = source.toString('utf8');
  const css = new Map<string, Asset>();
  const js = new Map<string, Asset>();

  for (const tag of html.match(/<link\b[^>]*>/giu) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/u);
    const href = attr(tag, 'href');
    if (!href) continue;
    const file = resolveRef(href, pagePath, base);
    if (file === null || !existsSync(join(dist, file))) continue;
    if (rel.includes('stylesheet')) css.set(file, asset(dist, file));
    if (rel.includes('modulepreload')) js.set(file, asset(dist, file));
  }

  const inlineScripts: InlineScript[] = [];
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const tag = `<script${m[1]}>`;
    const src = attr(tag, 'src');
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (src) {
      const file = resolveRef(src, pagePath, base);
      if (file !== null && existsSync(join(dist, file))) queue.push(file);
      continue;
    }
    const executable = type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    inlineScripts.push({ type: type || 'classic', bytes: Buffer.byteLength(m[2]!), executable, content: m[2]! });
  }
  // Follow static imports: the browser fetches them before the module runs.
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (js.has(file)) continue;
    js.set(file, asset(dist, file));
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      const target = resolveRef(spec, dir, base);
      if (target !== null && existsSync(join(dist, target)) && !js.has(target)) queue.push(target);
    }
  }

  const htmlAsset: Asset = { file: htmlFile.slice(dist.length + 1), bytes: source.length, gzip: gz(source) };
  const cssGzip = [...css.values()].reduce((n, a) => n + a.gzip, 0);
  const jsGzip = [...js.values()].reduce((n, a) => n + a.gzip, 0);
  return {
    page: pagePath,
    html: htmlAsset,
    css: [...css.values()],
    js: [...js.values()],
    inlineScripts,
    totalGzip: htmlAsset.gzip + cssGzip + jsGzip,
    jsGzip,
    cssGzip,
  };
}
