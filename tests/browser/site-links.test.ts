/**
 * A crawl of every HTML file of the built site, at the root (dist/) and under a sub-path
 * (tests/.tmp/dist-kb, built with BASE_PATH=/kb/): every internal link, asset and #fragment must
 * resolve to a file of the build and an id on the target page. Chromium's own HTML parser reads
 * the files (DOMParser, no scripts run), so what is checked is what a browser would see.
 *
 * Also checked from the same parse: ids are ASCII and unique per page; KaTeX's stylesheet is
 * linked on exactly the pages that have formulas; sitemap and robots.txt point at real pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { diagramId } from '../../src/lib/diagram-id.ts';
import { htmlFiles, servedPath } from './site-support.ts';

interface Parsed {
  ids: string[];
  refs: { attr: string; value: string; tag: string; rel: string }[];
  hasKatex: boolean;
  diagrams: string[];
  noindex: boolean;
  canonical: string | null;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Parses HTML documents in the browser and pulls out ids and every URL-bearing attribute. */
async function parse(htmls: string[]): Promise<Parsed[]> {
  return page.evaluate((docs) => {
    const parser = new DOMParser();
    return docs.map((html) => {
      const doc = parser.parseFromString(html, 'text/html');
      const refs: { attr: string; value: string; tag: string; rel: string }[] = [];
      const take = (selector: string, attr: string) =>
        doc.querySelectorAll(selector).forEach((el) => {
          const value = el.getAttribute(attr);
          if (value !== null) refs.push({ attr, value, tag: el.tagName.toLowerCase(), rel: el.getAttribute('rel') ?? '' });
        });
      take('a[href], area[href], link[href]', 'href');
      take('script[src], img[src], iframe[src], source[src], video[src], audio[src]', 'src');
      take('form[action]', 'action');
      doc.querySelectorAll('meta[http-equiv="refresh" i]').forEach((m) => {
        const url = /url=(.*)$/iu.exec(m.getAttribute('content') ?? '')?.[1];
        if (url) refs.push({ attr: 'refresh', value: url.trim(), tag: 'meta', rel: '' });
      });
      return {
        ids: [...doc.querySelectorAll('[id]')].map((el) => el.id),
        refs,
        hasKatex: doc.querySelector('.katex') !== null,
        diagrams: [...doc.querySelectorAll('[data-mermaid] .mermaid-source')].map((el) => el.textContent ?? ''),
        noindex: /noindex/iu.test(doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
        canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      };
    });
  }, htmls);
}

interface Site {
  name: string;
  dir: string;
  base: string;
}

const SITES: Site[] = [
  { name: 'at the root (dist/)', dir: ROOT_DIST, base: '/' },
  { name: `under the sub-path ${SUBPATH_BASE} (${SUBPATH_DIST})`, dir: SUBPATH_DIST, base: SUBPATH_BASE },
];

describe.each(SITES)('built site $name', ({ dir, base }) => {
  const pages = new Map<string, Parsed>();
  let siteOrigin = '';

  beforeAll(async () => {
    requireBuilt(dir);
    const files = htmlFiles(dir);
    for (let i = 0; i < files.length; i += 40) {
      const batch = files.slice(i, i + 40);
      const parsed = await parse(batch.map((f) => readFileSync(join(dir, f), 'utf8')));
      batch.forEach((f, j) => pages.set(f, parsed[j]!));
    }
    siteOrigin = new URL(pages.get('index.html')!.canonical!).origin;
  });

  /** The built file a same-site URL path points at, or null when it leaves the base. */
  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    const rest = decodeURIComponent(pathname.slice(base.length));
    return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  };

  it('has the pages the site is made of', () => {
    expect(pages.size).toBeGreaterThan(100);
    for (const f of [
      'index.html',
      '404.html',
      'glossary/index.html',
      'search/index.html',
      'articles/index.html',
      'articles/002/index.html',
    ]) {
      expect(pages.has(f), f).toBe(true);
    }
  });

  it('has no broken internal link, asset or #fragment on any page', () => {
    const broken: string[] = [];
    const external = new Set<string>();
    let checked = 0;
    for (const [file, parsed] of pages) {
      const from = new URL(servedPath(file, base), siteOrigin);
      for (const ref of parsed.refs) {
        if (/^(mailto|tel|data|javascript):/iu.test(ref.value)) {
          if (/^javascript:/iu.test(ref.value)) broken.push(`${file}: javascript: URL in <${ref.tag}>`);
          continue;
        }
        const url = new URL(ref.value, from);
        if (url.origin !== siteOrigin) {
          external.add(url.href);
          continue;
        }
        checked++;
        const where = `${file}: <${ref.tag} ${ref.attr}="${ref.value}">`;
        const target = fileFor(url.pathname);
        if (target === null) {
          broken.push(`${where} leaves the base ${base}`);
          continue;
        }
        const path = join(dir, target);
        if (!existsSync(path) || statSync(path).isDirectory()) {
          broken.push(`${where} → missing ${target}`);
          continue;
        }
        if (url.hash.length > 1) {
          const id = decodeURIComponent(url.hash.slice(1));
          const targetPage = pages.get(target);
          if (!targetPage) broken.push(`${where} → #fragment on a non-HTML file`);
          else if (!targetPage.ids.includes(id)) broken.push(`${where} → no element with id "${id}" in ${target}`);
        }
      }
    }
    expect(broken, broken.slice(0, 30).join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
    // The content has no outbound links today; if some appear they are fine as links (requests are
    // checked elsewhere) but should be known.
    expect([...external].filter((u) => !u.startsWith('https://schema.org'))).toEqual([]);
  });

  it('uses only ASCII ids, each once per page', () => {
    const bad: string[] = [];
    for (const [file, parsed] of pages) {
      const seen = new Set<string>();
      for (const id of parsed.ids) {
        if (!/^[A-Za-z][\w.:-]*$/u.test(id)) bad.push(`${file}: id "${id}" is not ASCII`);
        if (seen.has(id)) bad.push(`${file}: duplicate id "${id}"`);
        seen.add(id);
      }
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });

  it('links KaTeX’s stylesheet on exactly the pages with formulas', () => {
    const wrong: string[] = [];
    let withMath = 0;
    for (const [file, parsed] of pages) {
      const linksKatex = parsed.refs.some((r) => r.tag === 'link' && r.rel === 'stylesheet' && /katex/iu.test(r.value));
      if (parsed.hasKatex) withMath++;
      if (parsed.hasKatex !== linksKatex) wrong.push(`${file}: formulas ${parsed.hasKatex}, KaTeX CSS ${linksKatex}`);
    }
    expect(wrong).toEqual([]);
    expect(withMath).toBeGreaterThanOrEqual(2);
  });

  it('ships a current pre-rendered drawing for every Mermaid diagram (else: npx node scripts/diagrams/prerender.ts)', () => {
    const missing: string[] = [];
    let count = 0;
    for (const [file, parsed] of pages) {
      for (const source of parsed.diagrams) {
        count++;
        const svg = join(dir, 'diagrams', `${diagramId(source)}.svg`);
        if (!existsSync(svg) || !readFileSync(svg, 'utf8').startsWith('<svg')) missing.push(`${file}: ${diagramId(source)}.svg`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(2);
    expect(missing).toEqual([]);
  });

  it('keeps the 404 page’s links absolute, so it works at any depth', () => {
    const relativeRefs = pages.get('404.html')!.refs.filter((r) => !/^(\/|#|https?:)/u.test(r.value));
    expect(relativeRefs).toEqual([]);
  });

  it('lists every indexable page in the sitemap, and only existing ones', () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((s) => {
      const file = fileFor(new URL(s).pathname)!;
      return [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    });
    const listed = new Set<string>();
    for (const loc of locs) {
      const url = new URL(loc);
      expect(url.origin, loc).toBe(siteOrigin);
      const file = fileFor(url.pathname);
      expect(file !== null && pages.has(file), `${loc} is in the sitemap but not in the build`).toBe(true);
      listed.add(file!);
    }
    const indexable = [...pages].filter(([f, p]) => f !== '404.html' && !p.noindex).map(([f]) => f);
    expect(indexable.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => pages.get(f)?.noindex)).toEqual([]);

    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    const sitemapLine = /^Sitemap: (\S+)$/mu.exec(robots)?.[1];
    expect(sitemapLine && fileFor(new URL(sitemapLine).pathname)).toBe('sitemap-index.xml');
  });
});
