/**
 * Search behaviour on the built site (dist/) in Chromium: Chinese word segmentation, loading on
 * demand, the header combobox by keyboard, the search page's URL and filters, results that name
 * question, topic and source and land on the answer, highlighting on the target page, one result
 * per question, and hostile input.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { axeAudit } from './support/axe.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openSearchPage, runQuery } from '../search/harness.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  server = await serveDist(ROOT_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page that records console errors and uncaught exceptions. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, errors };
}

const DISTILL = 'compression/da-mo-xing-ru-he-jin-xing-zhi-shi-zheng-liu';
const DEPLOY = 'compression/da-mo-xing-zai-zi-yuan-shou-xian-she-bei-shang-de-bu-shu';
const COMPRESS = 'compression/da-mo-xing-de-ya-suo-ji-shu-you-na-xie';

describe('Chinese word segmentation in the index (Pagefind extended)', () => {
  it('indexes 蒸馏 as a word, not as characters or as part of a longer run', async () => {
    const { context, page } = await freshPage();
    await page.goto(server.url);
    // A string, so the test runner does not rewrite import() for Node.
    await page.evaluate(
      `import('${new URL(server.url).pathname}pagefind/pagefind.js').then((m) => { window.__pf = m; return m.options({}); })`,
    );
    const out = await page.evaluate(async () => {
      const pf = (window as unknown as { __pf: { search: (q: string | null) => Promise<{ results: never[] }> } }).__pf;
      const read = async (q: string) => {
        const r = await pf.search(q);
        return Promise.all(
          r.results.map(async (x: { data: () => Promise<{ url: string; excerpt: string; content: string; word_count: number }> }) =>
            x.data(),
          ),
        );
      };
      const all = await Promise.all(
        (await pf.search(null)).results.map((x: { data: () => Promise<{ url: string; content: string }> }) => x.data()),
      );
      return {
        word: await read('蒸馏'),
        phrase: await read('"知识蒸馏"'),
        straddle: await read('"识蒸"'),
        containing: all.filter((d: { content: string }) => d.content.includes('蒸馏')).map((d: { url: string }) => d.url),
        straddleText: all.filter((d: { content: string }) => d.content.includes('识蒸')).map((d: { url: string }) => d.url),
      };
    });
    await context.close();

    const urls = out.word.map((d) => d.url.replace(/^\/|\/$/gu, ''));
    // Every page whose text has 蒸馏 is found …
    expect(new Set(urls)).toEqual(new Set(out.containing.map((u) => u.replace(/^\/|\/$/gu, ''))));
    expect(urls).toEqual(expect.arrayContaining([DISTILL, COMPRESS, DEPLOY]));
    // … and the match sits inside a run of Chinese (「模型<mark>蒸馏</mark>」): the index knows where
    // the word 蒸馏 begins within 模型蒸馏. Without segmentation the whole run would be one token, and
    // neither a prefix search for 蒸馏 nor the highlight could land in its middle.
    expect(out.word.some((d) => /\p{Script=Han}<mark>蒸馏<\/mark>/u.test(d.excerpt))).toBe(true);
    // The highlighted unit is the word 蒸馏, not 蒸 and 馏 apart (character indexing).
    for (const d of out.word) expect(d.excerpt).toContain('<mark>蒸馏</mark>');
    // Words, not characters: the page has far fewer words than Chinese characters.
    const distill = out.word.find((d) => d.url.includes(DISTILL))!;
    const han = [...distill.content].filter((c) => /\p{Script=Han}/u.test(c)).length;
    const latin = distill.content.match(/[\p{Script=Latin}\p{N}]+/gu)?.length ?? 0;
    expect(distill.word_count - latin).toBeLessThan(han * 0.75);
    // 知识蒸馏 is two words side by side, so the phrase matches …
    expect(out.phrase.map((d) => d.url)).toEqual(expect.arrayContaining([`/${DISTILL}/`, `/${COMPRESS}/`]));
    // … but 识蒸, a substring of the same text that straddles the word boundary, is no word
    // sequence at all: a substring search would find it, word search does not.
    expect(out.straddleText.length).toBeGreaterThan(0);
    expect(out.straddle).toEqual([]);
  });

  it('finds 蒸馏 through the search client, highlighted as one word', async () => {
    const { context, page } = await freshPage();
    await openSearchPage(page, server.url);
    const result = await runQuery(page, '蒸馏');
    await context.close();
    expect(new Set(result.hits.map((h) => h.page))).toEqual(new Set([DISTILL, COMPRESS, DEPLOY]));
    for (const h of result.hits) expect(h.excerptHtml).toContain('<mark>蒸馏</mark>');
  });
});

describe('loading on demand', () => {
  it('downloads nothing for search until the reader starts searching', async () => {
    const { context, page, errors } = await freshPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}${DISTILL}/`);
    await page.waitForLoadState('networkidle');
    const searchy = () => requested.filter((p) => /pagefind|search-lexicon|search-box/u.test(p));
    expect(searchy()).toEqual([]);

    await page.focus('#site-search');
    await page.waitForLoadState('networkidle');
    // Focus brings the (small) search box module, not the index.
    expect(searchy().some((p) => p.includes('/pagefind/'))).toBe(false);
    expect(searchy().some((p) => p.includes('search-lexicon'))).toBe(false);

    await page.keyboard.type('剪枝');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(searchy().some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(searchy().some((p) => p.endsWith('/search-lexicon.json'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('header search box (combobox)', () => {
  it('opens with / and Ctrl+K, lists results as you type, and is driven by the keyboard', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(server.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await page.keyboard.type('知识蒸馏');
    const input = page.locator('#site-search');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe('site-search-listbox');
    expect(await page.getAttribute('#site-search-listbox', 'role')).toBe('listbox');
    const status = page.locator('form[data-search-box] [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/找到 \d+ 个问题/u);

    const first = page.locator('#site-search-listbox [role="option"]').first();
    expect(await first.textContent()).toContain('大模型如何进行知识蒸馏');
    expect(await first.textContent()).toContain('压缩与部署');

    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    // Focus stays in the input while moving through options.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(active);

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.isHidden('#site-search-listbox')).toBe(true);
    await page.keyboard.press('ArrowDown'); // reopens the same results
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await Promise.all([page.waitForURL(/#answer-/u), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/${DISTILL}/`);
    expect(url.hash).toMatch(/^#answer-/u);
    expect(url.searchParams.get('highlight')).toContain('知识');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Enter with no option chosen opens the search page for the query', async () => {
    const { context, page } = await freshPage();
    await page.goto(server.url);
    await page.focus('#site-search');
    await page.keyboard.type('federated learning');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await Promise.all([page.waitForURL(/\/search\/\?q=/u), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('federated learning');
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('with no question holding the words typed, offers the search page that searches their meaning', async () => {
    const { context, page } = await freshPage();
    await page.goto(server.url);
    await page.focus('#site-search');
    await page.keyboard.type('蝈蝈');
    const option = page.locator('#site-search-listbox [role="option"]');
    await expect.poll(() => option.count()).toBe(1);
    expect(await option.textContent()).toBe('没有直接包含这些词的问题，在搜索页按意思查找「蝈蝈」');
    expect(new URL((await option.getAttribute('href'))!, server.url).searchParams.get('q')).toBe('蝈蝈');
    const status = page.locator('#site-search').locator('xpath=ancestor::form').locator('[role="status"]');
    expect(await status.textContent()).toBe('没有直接包含这些词的问题，可以在搜索页按意思查找');
    await context.close();
  });
});

describe('search page', () => {
  it('reads the query and filters from the URL and names question, topic and source of each result', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('量化')}&topic=compression`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    expect(await page.inputValue('#search-q')).toBe('量化');
    expect(await page.isChecked('input[name="topic"][value="compression"]')).toBe(true);
    const hits = await page.$$eval('[data-search-results] > li', (lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        title: li.querySelector('a')!.textContent!,
        meta: li.querySelector('.meta')!.textContent!,
        excerpt: li.querySelector('.excerpt')!.innerHTML,
      })),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.href).toMatch(/^\/compression\/[a-z0-9-]+\/\?highlight=[^#]+#answer-[a-z0-9-]+$/u);
      expect(h.meta).toContain('主题：压缩与部署');
      expect(h.meta).toMatch(/来源：\S+/u);
    }
    expect(hits[0]!.title).toBe('大模型的量化技术');
    expect(hits[0]!.excerpt).toContain('<mark>量化</mark>');
    // Not 量化投资 in finance: that page is filtered out by topic.
    expect(hits.some((h) => h.href.startsWith('/applications/'))).toBe(false);

    // Changing a filter re-runs the search and updates the URL (shareable).
    await page.check('input[name="topic"][value="applications"]');
    await page.waitForFunction(() => location.search.includes('topic=applications'));
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('topic').sort()).toEqual(['applications', 'compression']);
    expect(params.get('q')).toBe('量化');

    // Source filter from the URL.
    await page.goto(
      `${server.url}search/?q=${encodeURIComponent('挑战')}&source=${encodeURIComponent('AI 大模型创业：如何利用竞争优势？')}`,
    );
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    const metas = await page.$$eval('[data-search-results] > li .meta', (ms) => ms.map((m) => m.textContent!));
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('AI 大模型创业：如何利用竞争优势？');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a question answered by several sources once, landing on the best answer', async () => {
    const { context, page } = await freshPage();
    await openSearchPage(page, server.url);
    const result = await runQuery(page, '什么是大模型');
    const pages = result.hits.map((h) => h.page);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages[0]).toBe('concepts/shen-me-shi-da-mo-xing');
    expect(result.hits[0]!.meta).toMatch(/5 个来源的回答/u);
    // Within one question, the answer that matches best is the one linked.
    const energy = await runQuery(page, '数据并行');
    const top = energy.hits[0]!;
    expect(top.href).toMatch(/#answer-/u);
    await context.close();
  });

  it("shows an excerpt from the answer, not the title above it again nor the article's 题目/答案 labels", async () => {
    // Found by a newcomer: answers open with their heading, so excerpts began with the result's own
    // title, then 「题目：」 and 「答案：」 from article 001.
    const { context, page } = await freshPage();
    await openSearchPage(page, server.url);
    const result = await runQuery(page, '训练过程');
    expect(result.hits.length).toBeGreaterThan(3);
    for (const hit of result.hits) {
      const excerpt = (
        await page.evaluate((html) => Object.assign(document.createElement('div'), { innerHTML: html }).textContent ?? '', hit.excerptHtml)
      ).trim();
      expect(excerpt.length, hit.title).toBeGreaterThan(0);
      // The title as a heading of its own (a space or a full stop after it), not a sentence opening with its words.
      expect(
        new RegExp(`^${hit.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[\\s.。．：:]`, 'u').test(excerpt),
        `${hit.title}: ${excerpt}`,
      ).toBe(false);
      expect(excerpt, hit.title).not.toMatch(/(?:^|\s)(?:题目|答案)：/u);
    }
    await context.close();
  });

  it('shows ten results, then ten more on 「显示更多结果」 without moving the first ones, focus on the first new one', async () => {
    const { context, page, errors } = await freshPage();
    await openSearchPage(page, server.url);
    const first = await runQuery(page, '应用');
    expect(first.hits).toHaveLength(10);
    const [, about, count] = /找到(约 | )(\d+) 个/u.exec(first.status) ?? [];
    const total = Number(count);
    expect(total).toBeGreaterThan(20);
    const more = page.locator('[data-search-more]');
    await expect.poll(() => more.textContent()).toBe(`显示更多结果（还有${about}${total - 10} 个）`);
    await more.focus();
    await page.keyboard.press('Enter');
    const links = page.locator('[data-search-results] > li h2 a');
    await expect.poll(() => links.count()).toBe(20);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 10)).toEqual(first.hits.map((h) => h.href));
    expect(new Set(hrefs.map((h) => h!.split(/[?#]/u)[0])).size).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[10]);
    // The count may be refined as more of Pagefind's matches are read (one may be a question already counted).
    const after = /^找到(?:约 | )(\d+) 个相关问题，显示前 20 个。$/u.exec((await page.locator('[data-search-status]').textContent()) ?? '');
    expect(Number(after?.[1])).toBeGreaterThanOrEqual(20);
    expect(Number(after?.[1])).toBeLessThanOrEqual(total);
    // A new search starts again at ten.
    expect((await runQuery(page, '知识蒸馏')).hits.length).toBeLessThanOrEqual(10);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights the searched words on the question page it links to', async () => {
    const { context, page, errors } = await freshPage();
    await openSearchPage(page, server.url);
    const result = await runQuery(page, 'knowledge distillation');
    const href = result.hits.find((h) => h.page === DISTILL)!.href;
    await page.goto(new URL(href, server.url).toString());
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain('知识蒸馏');
    // The marks are inside the answer the link points at.
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`section[data-answer="${hash}"] mark.search-hit`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('handles empty, very long, punctuation-only and markup-looking queries without injecting markup', async () => {
    const { context, page, errors } = await freshPage();
    await openSearchPage(page, server.url);
    const status = () => page.textContent('[data-search-status]');

    const empty = await runQuery(page, '   ');
    expect(empty.hits).toEqual([]);
    expect(await status()).toContain('输入');

    const punctuation = await runQuery(page, '？？？!!!。。、、……——');
    expect(punctuation.hits).toEqual([]);
    expect(await status()).toMatch(/没有可以搜索的词/u);

    const long = await runQuery(page, '知识蒸馏'.repeat(500));
    expect(long.hits.length).toBeGreaterThan(0);
    expect(long.notes).toMatch(/查询太长/u);

    const xss = '<img src=x onerror=alert(1)>';
    const injected = await runQuery(page, xss);
    expect(await page.locator('main img').count()).toBe(0);
    expect(
      await page.$$eval('[data-search-results] *, [data-search-status] *, [data-search-notes] *', (els) =>
        els.map((e) => e.tagName.toLowerCase()),
      ),
    ).not.toContain('img');
    expect(injected.status + injected.notes).not.toContain('<img');

    // Through the URL too, and in the header box.
    await page.goto(`${server.url}search/?q=${encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>')}`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
    await page.fill('#site-search', xss);
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(await page.locator('#site-search-listbox img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with results shown and the suggestion list open (%s)', async (scheme) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('知识蒸馏 federated learning')}&topic=compression`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    await page.focus('#site-search');
    await page.keyboard.type('量化');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.keyboard.press('ArrowDown');
    const { violations } = await axeAudit(page);
    expect(violations, violations.join('\n')).toEqual([]);
    // The question page a result leads to, with the searched words marked.
    const href = await page.getAttribute('[data-search-results] > li a', 'href');
    await page.goto(new URL(href!, server.url).toString());
    await page.waitForSelector('mark.search-hit');
    const target = await axeAudit(page);
    expect(target.violations, target.violations.join('\n')).toEqual([]);
    await context.close();
  });
});
