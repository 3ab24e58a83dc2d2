/**
 * What maintainers write in MDX (content/notes, content/topics, content/pages), on the built site:
 * the editor's note on 什么是大模型 renders its components (answer links, glossary links, callout,
 * formula, Mermaid drawing) inside a block marked 编者注, apart from the sources' answers; it is
 * part of the question in search; every topic page opens with its introduction; the about page
 * renders; counts in the page furniture come from the data. Screenshots (light and dark, 360 and
 * 1280 px) go to tests/.tmp/screenshots/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES, readEntries } from './site-support.ts';

const QUESTION = PAGE_TYPES.question;
const TOPICS = ['concepts', 'training', 'compression', 'applications', 'challenges'];
const SHOTS = 'tests/.tmp/screenshots';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  server = await serveDist(ROOT_DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the editor’s note on a question page', () => {
  it('sits above the answers, marked 编者注 and dated, never inside an answer', async () => {
    const { page, errors, close } = await openPage(browser, server.url + QUESTION);
    try {
      const note = page.locator('[data-editor-note]');
      expect(await note.count()).toBe(1);
      expect(await note.locator('h2 .editor-badge').innerText()).toBe('编者注');
      expect(await note.locator('.editor-meta').innerText()).toMatch(/不是原文内容[\s\S]*更新于 \d{4}-\d{2}-\d{2}/u);
      expect(await note.evaluate((el) => el.closest('[data-answer]'))).toBeNull();
      // It cites every answer on the page (answer-refs.test.ts has the case where it does not), so
      // it lists none as uncited.
      const answers = await page.locator('[data-answer]').count();
      expect(
        await note
          .locator('a[href*="#answer-"]')
          .evaluateAll((as) => new Set(as.map((a) => a.getAttribute('href')?.replace(/^.*#/u, ''))).size),
      ).toBe(answers);
      expect(await note.locator('.editor-uncited').count()).toBe(0);
      expect(await page.locator('[data-answer] [data-editor-note], [data-editor-note] [data-answer]').count()).toBe(0);
      // Before every answer, inside the indexed article: it counts as part of the question.
      expect(
        await note.evaluate((el) => {
          const first = document.querySelector('[data-answer]')!;
          return (
            Boolean(el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) && el.closest('[data-pagefind-body]') !== null
          );
        }),
      ).toBe(true);
      // Looks different from an answer card.
      const bg = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg('[data-editor-note]')).not.toBe(await bg('[data-answer]'));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('renders its components: answer links, glossary links, callout, formula and the Mermaid drawing', async () => {
    const { page, errors, requests, close } = await openPage(browser, server.url + QUESTION);
    try {
      const note = page.locator('[data-editor-note]');
      // <AnswerRef id>: links to answers on this page, by their anchors, labelled with their source.
      const refs = await note.locator('a[data-entry-ref]').evaluateAll((links) =>
        links.map((a) => ({
          id: a.getAttribute('data-entry-ref')!,
          hash: new URL((a as HTMLAnchorElement).href).hash,
          text: a.textContent ?? '',
        })),
      );
      expect(refs.length).toBeGreaterThanOrEqual(5);
      const entries = readEntries(ROOT_DIST);
      for (const ref of refs) {
        const entry = entries.find((e) => e.id === ref.id)!;
        expect(ref.hash, ref.id).toBe(`#${entry.anchor}`);
        expect(await page.locator(ref.hash).count(), ref.hash).toBe(1);
        expect(ref.text.trim().length).toBeGreaterThan(1);
      }
      // <Term>: glossary links whose anchors exist on the glossary page.
      const terms = await note.locator('a[data-term]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(terms.length).toBeGreaterThanOrEqual(5);
      const glossary = readFileSync(join(ROOT_DIST, 'glossary/index.html'), 'utf8');
      for (const t of terms) expect(glossary, t).toContain(`id="${new URL(t).hash.slice(1)}"`);
      // <Callout type="outdated">.
      expect(await note.locator('.callout-outdated .callout-title').innerText()).toBe('可能已过时');
      // A formula through KaTeX, as in entries (the page links KaTeX's stylesheet).
      expect(await note.locator('.katex-display').count()).toBe(1);
      expect(
        await note
          .locator('.katex-display .mord')
          .first()
          .evaluate((el) => getComputedStyle(el).fontFamily),
      ).toMatch(/KaTeX/u);
      // A Mermaid diagram through the same pre-rendered path as entries.
      const figure = note.locator('figure[data-mermaid]');
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      expect(requests.filter((r) => /\/diagrams\/d[0-9a-f]{8}\.svg$/u.test(r))).toHaveLength(1);
      expect(await figure.locator('.mermaid-svg').getAttribute('aria-label')).toMatch(/^流程图：海量数据/u);
      // Headings with ASCII ids, no percent-encoded Chinese.
      for (const id of await note.locator('h2[id], h3[id]').evaluateAll((hs) => hs.map((h) => h.id)))
        expect(id).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is found by search, on its question page', async () => {
    const { page, close } = await openPage(browser, server.url + QUESTION);
    try {
      // 混合专家 occurs in the note only, never in a source.
      expect(readdirSync('content/sources').some((f) => readFileSync(join('content/sources', f), 'utf8').includes('混合专家'))).toBe(false);
      // A string, not a function: vitest would rewrite import() inside a function it transforms.
      const base = new URL(server.url).pathname;
      const urls = (await page.evaluate(`(async () => {
        const pagefind = await import('${base}pagefind/pagefind.js');
        const search = await pagefind.search('混合专家');
        const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        return data.map((d) => d.url);
      })()`)) as string[];
      expect(urls).toContain(`/${QUESTION}`);
    } finally {
      await close();
    }
  });

  it.each([
    [360, 'light'],
    [360, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('screenshot at %i px, %s', async (width, scheme) => {
    const { page, close } = await openPage(browser, server.url + QUESTION, { viewport: { width, height: 900 }, colorScheme: scheme });
    try {
      const note = page.locator('[data-editor-note]');
      await note.locator('figure[data-mermaid]').scrollIntoViewIfNeeded();
      await expect.poll(() => note.locator('figure[data-mermaid]').getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(200);
      const path = `${SHOTS}/editor-note-${width}-${scheme}.png`;
      await note.screenshot({ path });
      expect(existsSync(path)).toBe(true);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } finally {
      await close();
    }
  });
});

describe('topic introductions and the about page', () => {
  it.each(TOPICS)('the %s page opens with its introduction, whose links resolve', async (topic) => {
    const { page, errors, close } = await openPage(browser, `${server.url}${topic}/`);
    try {
      const intro = page.locator('[data-editor-note]');
      expect(await intro.count()).toBe(1);
      expect(await intro.locator('.editor-badge').innerText()).toBe('编者注');
      // Above the question list.
      expect(await intro.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('.question-list')!) & 4))).toBe(true);
      expect((await intro.locator('.prose').innerText()).length).toBeGreaterThan(60);
      const links = await intro.locator('.prose a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) {
        const url = new URL(link);
        const file = join(ROOT_DIST, url.pathname, 'index.html');
        expect(existsSync(file), link).toBe(true);
        if (url.hash) expect(readFileSync(file, 'utf8'), link).toContain(`id="${url.hash.slice(1)}"`);
      }
      if (topic === 'compression') {
        await page.setViewportSize({ width: 360, height: 800 });
        await intro.screenshot({ path: `${SHOTS}/topic-intro-360-light.png` });
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the about page renders from MDX and every page links to it', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}about/`, { colorScheme: 'dark' });
    try {
      expect(await page.locator('main h1').innerText()).toBe('关于与使用说明');
      expect(await page.locator('[data-editorial="about"] .callout').count()).toBe(1);
      expect(await page.locator('[data-editorial="about"] a[data-term]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-editorial="about"] h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(
        expect.arrayContaining(['about-1']),
      );
      await page.screenshot({ path: `${SHOTS}/about-1280-dark.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    for (const path of ['', QUESTION, 'glossary/', '404.html']) {
      expect(readFileSync(join(ROOT_DIST, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8'), path).toMatch(
        /<a href="\/about\/">关于与使用说明<\/a>/u,
      );
    }
  });
});

describe('counts shown to readers come from the data', () => {
  it('home, footer, 404 and the article list state the number of articles the site has', async () => {
    const articles = readdirSync(join(ROOT_DIST, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(articles).toBeGreaterThan(0);
    const text = (path: string) => readFileSync(join(ROOT_DIST, path), 'utf8');
    expect(text('index.html')).toContain(`把 ${articles} 篇关于大模型的中文文章`);
    for (const page of ['index.html', 'glossary/index.html', '404.html', 'articles/index.html'])
      expect(text(page), page).toContain(`由 ${articles} 篇中文文章整理而成`);
    expect(text('404.html')).toContain(`${articles} 篇来源文章`);
    expect(text('articles/index.html')).toContain(`知识库的 ${articles} 篇来源文章`);
    // No spelled-out counts left in any page's furniture.
    for (const page of ['index.html', '404.html', 'articles/index.html', 'glossary/index.html'])
      expect(text(page), page).not.toMatch(/五篇|五个主题/u);
  });
});
