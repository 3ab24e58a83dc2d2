/**
 * /entries.json is a public contract (SPEC): every entry's url + anchor must land on an element
 * with that id on that page, carrying data-source-file / data-source-line equal to the entry's
 * source, with the provenance also in visible text; and every answer on the site must be in it.
 * Checked at the root and under the sub-path build, from the built files parsed by Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { htmlFiles, readEntries, type Entry } from './site-support.ts';

interface Target {
  tag: string;
  file: string | null;
  line: string | null;
  /** Text of the answer section the element belongs to (or the element itself). */
  text: string;
  /** href of the link inside the element (article pages link each item to its question page). */
  link: string | null;
}
interface ParsedPage {
  anchors: Record<string, Target>;
  answers: string[];
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

async function parse(htmls: string[]): Promise<ParsedPage[]> {
  return page.evaluate((docs) => {
    const parser = new DOMParser();
    return docs.map((html) => {
      const doc = parser.parseFromString(html, 'text/html');
      const anchors: Record<string, Target> = {};
      doc.querySelectorAll('[id]').forEach((el) => {
        anchors[el.id] = {
          tag: el.tagName.toLowerCase(),
          file: el.getAttribute('data-source-file'),
          line: el.getAttribute('data-source-line'),
          text: (el.closest('[data-answer]') ?? el.closest('section') ?? el).textContent?.replace(/\s+/gu, ' ') ?? '',
          link: el.querySelector('a[href]')?.getAttribute('href') ?? null,
        };
      });
      return { anchors, answers: [...doc.querySelectorAll('[data-answer]')].map((el) => el.getAttribute('data-answer') ?? '') };
    });
  }, htmls);
}

describe.each([
  { name: 'at the root', dir: ROOT_DIST, base: '/' },
  { name: `under ${SUBPATH_BASE}`, dir: SUBPATH_DIST, base: SUBPATH_BASE },
])('/entries.json $name', ({ dir, base }) => {
  let entries: Entry[];
  const pages = new Map<string, ParsedPage>();
  const articleTitles = new Map<string, { slug: string; title: string }>();

  beforeAll(async () => {
    requireBuilt(dir);
    entries = readEntries(dir);
    const files = htmlFiles(dir);
    for (let i = 0; i < files.length; i += 40) {
      const batch = files.slice(i, i + 40);
      const parsed = await parse(batch.map((f) => readFileSync(join(dir, f), 'utf8')));
      batch.forEach((f, j) => pages.set(f, parsed[j]!));
    }
    const articles = JSON.parse(readFileSync('content/articles.json', 'utf8')) as { file: string; slug: string; title: string }[];
    for (const a of articles) articleTitles.set(a.file, a);
  });

  const pageOf = (url: string) => pages.get(`${url.slice(base.length)}index.html`);

  it('has the documented shape, base-aware URLs and unique ids and anchors', () => {
    expect(entries.length).toBeGreaterThan(100);
    const ids = new Set<string>();
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['anchor', 'id', 'question', 'source', 'topic', 'truncated', 'url']);
      expect(Object.keys(e.source).sort()).toEqual(['file', 'heading', 'index', 'line']);
      expect(e.url.startsWith(base), e.url).toBe(true);
      expect(e.url).toMatch(/^[\x21-\x7e]+\/$/u);
      expect(e.anchor).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
    }
  });

  it('points every entry at an element with its id and its provenance, on its question page', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const target = pageOf(e.url)?.anchors[e.anchor];
      if (!target) {
        problems.push(`${e.id}: ${e.url}#${e.anchor} does not exist`);
        continue;
      }
      if (target.file !== e.source.file || target.line !== String(e.source.line)) {
        problems.push(`${e.id}: element #${e.anchor} has data-source-file=${target.file} data-source-line=${target.line}`);
      }
      // The same provenance in visible text: article title, and 第 N 题 / 第 N 节 when numbered.
      const article = articleTitles.get(e.source.file);
      if (!article || !target.text.includes(article.title)) problems.push(`${e.id}: article title not shown with the answer`);
      if (e.source.index !== null && !new RegExp(`第 ${String(e.source.index).replace('.', '\\.')} [题节]`, 'u').test(target.text)) {
        problems.push(`${e.id}: 第 ${e.source.index} 题/节 not shown with the answer`);
      }
      if (e.truncated && !/截断/u.test(target.text)) problems.push(`${e.id}: truncated, but no notice next to the answer`);
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('lists every answer the question pages show, once', () => {
    const listed = new Set(entries.map((e) => `${e.url}#${e.anchor}`));
    const shown: string[] = [];
    for (const [file, parsed] of pages) {
      if (file.startsWith('articles/')) continue;
      for (const anchor of parsed.answers) shown.push(`${base}${file.replace(/index\.html$/u, '')}#${anchor}`);
    }
    expect(shown.length).toBe(entries.length);
    expect(shown.filter((s) => !listed.has(s))).toEqual([]);
  });

  it('finds every entry in its article too, in source order, linking to its question page', () => {
    const problems: string[] = [];
    const lastLine = new Map<string, number>();
    for (const e of entries) {
      const article = articleTitles.get(e.source.file)!;
      const target = pages.get(`articles/${article.slug}/index.html`)?.anchors[e.anchor];
      if (!target) problems.push(`${e.id}: not on articles/${article.slug}/`);
      else {
        if (target.file !== e.source.file || target.line !== String(e.source.line))
          problems.push(`${e.id}: wrong provenance on the article page`);
        if (target.link !== `${e.url}#${e.anchor}`) problems.push(`${e.id}: article heading links to ${target.link}`);
      }
      if ((lastLine.get(e.source.file) ?? 0) >= e.source.line) problems.push(`${e.id}: out of source order in entries.json`);
      lastLine.set(e.source.file, e.source.line);
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });
});
