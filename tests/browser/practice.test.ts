/**
 * The practice page (issue 13), in Chromium on the built sites: choosing a scope (and its URL),
 * reveal → mark → the Leitner schedule, the keyboard flow and screen-reader labels, progress that
 * survives a reload, export → reset → import, the question page's link into practice, axe in light
 * and dark, and the same flow under the /kb/ sub-path. Expected numbers come from entries.json,
 * never from this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAudit } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from './support/site.ts';
import { readEntries, type Entry } from './site-support.ts';

let browser: Browser;
let server: StaticServer;
let entries: Entry[];

/** Questions in the order the catalog lists them (topics in order, then article order), with their answer counts. */
function questionsOf(list: Entry[], base: string): { id: string; title: string; topic: string; answers: number }[] {
  const byUrl = new Map<string, { id: string; title: string; topic: string; answers: number }>();
  for (const e of list) {
    const id = e.url.slice(base.length).replace(/\/$/u, '');
    const q = byUrl.get(id) ?? { id, title: e.question, topic: e.topic, answers: 0 };
    q.answers++;
    byUrl.set(id, q);
  }
  return [...byUrl.values()];
}

beforeAll(async () => {
  entries = readEntries(requireBuilt(ROOT_DIST));
  browser = await launchChromium();
  server = await serveDist(ROOT_DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Practice {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

async function openPractice(query = '', options: Parameters<Browser['newContext']>[0] = {}, context?: BrowserContext): Promise<Practice> {
  // Service workers are tested in offline.test.ts; here they would only add background requests.
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(`${server.url}practice/${query}`);
  await page.waitForSelector('[data-practice-card]:not([hidden]), [data-practice-done]:not([hidden])');
  return { page, context: ctx, errors };
}

const currentTitle = (page: Page) => page.locator('[data-practice-question]').innerText();
const stored = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('kb-practice') ?? '{"cards":{}}') as { cards: Record<string, { box: number; due: number }> },
  );

describe('practice: scope and data', () => {
  it('offers all, every topic and every article, with counts from the data, and a shareable URL for the choice', async () => {
    const { page, context, errors } = await openPractice();
    try {
      const all = questionsOf(entries, '/');
      const options = await page
        .locator('#practice-scope option')
        .evaluateAll((els) => els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? '' })));
      expect(options[0]).toEqual({ value: '', text: `全部（${all.length} 题）` });
      for (const topic of new Set(all.map((q) => q.topic))) {
        const n = all.filter((q) => q.topic === topic).length;
        expect(options.find((o) => o.value === `topic:${topic}`)?.text, topic).toMatch(new RegExp(`（${n} 题）$`, 'u'));
      }
      const articleCount = new Set(entries.map((e) => e.source.file)).size;
      expect(options.filter((o) => o.value.startsWith('article:'))).toHaveLength(articleCount);

      await page.selectOption('#practice-scope', 'topic:training');
      expect(new URL(page.url()).search).toBe('?topic=training');
      const training = all.filter((q) => q.topic === 'training');
      await expect.poll(() => page.locator('[data-practice-status]').innerText()).toContain(`还剩 ${training.length} 题`);
      expect(await currentTitle(page)).toBe(training[0]!.title);

      // The shared URL opens the same choice.
      await page.goto(`${server.url}practice/?article=003`);
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      expect(await page.locator('#practice-scope').inputValue()).toBe('article:003');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the question page opens its question in practice', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const q = questionsOf(entries, '/').at(-1)!;
      await page.goto(`${server.url}${q.id}/`);
      await page.getByRole('link', { name: '在练习中打开' }).click();
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      expect(await currentTitle(page)).toBe(q.title);
    } finally {
      await context.close();
    }
  });
});

describe('practice: reveal, mark, schedule', () => {
  it('hides answers until revealed, shows every source’s rendered answer, and schedules by the marks', async () => {
    // The topic with the most questions: the flow below needs five.
    const all = questionsOf(entries, '/');
    const count = (t: string) => all.filter((q) => q.topic === t).length;
    const topic = [...new Set(all.map((q) => q.topic))].sort((a, b) => count(b) - count(a))[0]!;
    const { page, context, errors } = await openPractice(`?topic=${topic}`);
    try {
      const concepts = all.filter((q) => q.topic === topic);
      expect(concepts.length).toBeGreaterThanOrEqual(5);
      const [first, second, third, fourth, fifth] = concepts;

      // Answers hidden; the reveal button says what it controls.
      expect(await currentTitle(page)).toBe(first!.title);
      expect(await page.locator('#practice-answers').isHidden()).toBe(true);
      expect(await page.getByRole('button', { name: /^会了/u }).isHidden()).toBe(true);
      const reveal = page.getByRole('button', { name: /显示答案/u });
      expect(await reveal.getAttribute('aria-expanded')).toBe('false');
      expect(await reveal.getAttribute('aria-controls')).toBe('practice-answers');

      // Space reveals: one section per source, with provenance and the rendered answer.
      await page.keyboard.press('Space');
      await page.waitForSelector('.practice-answer');
      expect(await page.locator('.practice-answer').count()).toBe(first!.answers);
      expect(await page.locator('.practice-answer .provenance').first().innerText()).toMatch(/出自《.+》/u);
      expect((await page.locator('.practice-answer .prose').first().innerText()).length).toBeGreaterThan(20);
      expect(await page.getByRole('group', { name: '标记这道题' }).isVisible()).toBe(true);
      // Focus moves to the answers (a labelled region), so a screen reader reads them next; the marks follow them.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('答案');
      expect(
        await page.evaluate(() => {
          const answers = document.getElementById('practice-answers')!;
          const known = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith('会了'))!;
          return Boolean(answers.compareDocumentPosition(known) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);

      // 1 = 会了: box 2, due tomorrow; the next question comes up.
      await page.keyboard.press('1');
      expect(await currentTitle(page)).toBe(second!.title);
      const afterKnown = await stored(page);
      expect(afterKnown.cards[first!.id]!.box).toBe(2);
      expect(afterKnown.cards[first!.id]!.due - Date.now()).toBeGreaterThan(20 * 3600_000);
      await expect.poll(() => page.locator(`[data-topic="${topic}"] [data-figures]`).innerText()).toBe(`会了 1 / ${concepts.length}`);

      // 2 = 还不熟: box 1, due now, and back after three other questions.
      await page.keyboard.press('Space');
      await page.waitForSelector('.practice-answer');
      await page.keyboard.press('2');
      expect((await stored(page)).cards[second!.id]!.box).toBe(1);
      const seen: string[] = [];
      for (let i = 0; i < 4; i++) {
        seen.push(await currentTitle(page));
        await page.keyboard.press('ArrowRight');
      }
      expect(seen).toEqual([third!.title, fourth!.title, fifth!.title, second!.title]);

      // Arrows move both ways without marking.
      await page.keyboard.press('ArrowLeft');
      expect(await currentTitle(page)).toBe(second!.title);
      expect(await page.locator('[data-practice-status]').innerText()).toContain(`剩下 ${concepts.length - 1} 题中的第 4 题`);
      expect(Object.keys((await stored(page)).cards)).toHaveLength(2);

      // Reload: progress is kept, the known question is not due, the unsure one comes first.
      await page.reload();
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      expect(await currentTitle(page)).toBe(second!.title);
      expect(await page.locator('[data-practice-status]').innerText()).toContain(`还剩 ${concepts.length - 1} 题`);
      expect(await page.locator(`[data-topic="${topic}"] [data-figures]`).innerText()).toBe(`会了 1 / ${concepts.length} · 待复习 1`);
      expect(await page.locator(`[data-topic="${topic}"] progress`).evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renders formulas with KaTeX in revealed answers', async () => {
    // An answer with display math in its generated source (an editor's note may have formulas too,
    // but notes are not practised).
    const math = entries.find((e) => {
      const file = join('content', e.url, `${e.id}.mdx`);
      return existsSync(file) && readFileSync(file, 'utf8').includes('$$');
    });
    expect(math, 'the real content has a question with formulas').toBeDefined();
    const id = math!.url.slice(1, -1);
    const { page, context } = await openPractice(`?q=${id}`);
    try {
      expect(await currentTitle(page)).toBe(math!.question);
      await page.getByRole('button', { name: /显示答案/u }).click();
      await page.waitForSelector('.practice-answer .katex');
      // KaTeX's stylesheet arrives with the first formula (the page does not link it): its MathML copy is then hidden.
      await expect
        .poll(() =>
          page
            .locator('.practice-answer .katex-mathml')
            .first()
            .evaluate((el) => getComputedStyle(el).position),
        )
        .toBe('absolute');
    } finally {
      await context.close();
    }
  });

  it('exports progress to a file, resets, and imports it back', async () => {
    const { page, context } = await openPractice('?topic=challenges', { acceptDownloads: true });
    try {
      for (const key of ['1', '2', '1']) {
        await page.keyboard.press('Space');
        await page.waitForSelector('.practice-answer');
        await page.keyboard.press(key);
      }
      const before = await stored(page);
      expect(Object.keys(before.cards)).toHaveLength(3);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^大模型知识库-练习进度-\d{4}-\d{2}-\d{2}\.json$/u);
      const file = await download.path();

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: '重置进度' }).click();
      await expect.poll(async () => Object.keys((await stored(page)).cards).length).toBe(0);
      expect(await page.locator('[data-topic="challenges"] [data-figures]').innerText()).toMatch(/^会了 0 \//u);

      await page.setInputFiles('#practice-import', file);
      await expect.poll(async () => (await stored(page)).cards).toEqual(before.cards);
      expect(await page.locator('[data-topic="challenges"] [data-figures]').innerText()).toMatch(/^会了 2 \/ \d+ · 待复习 1$/u);

      // A file that is not a progress file is refused with a message, and nothing changes.
      let message = '';
      page.once('dialog', (d) => void ((message = d.message()), d.accept()));
      await page.setInputFiles('#practice-import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      await expect.poll(() => message).toMatch(/^导入失败：/u);
      expect((await stored(page)).cards).toEqual(before.cards);
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('practice page, axe-core in %s mode', (scheme) => {
  it('finds no violations, answers shown', async () => {
    const { page, context } = await openPractice('', { colorScheme: scheme, reducedMotion: 'reduce' });
    try {
      await page.getByRole('button', { name: /显示答案/u }).click();
      await page.waitForSelector('.practice-answer');
      const { violations } = await axeAudit(page);
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe(`practice under ${SUBPATH_BASE}`, () => {
  it('loads its data and answers from the sub-path and links inside it', async () => {
    const sub = await serveDist(requireBuilt(SUBPATH_DIST), SUBPATH_BASE);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
      await page.goto(`${sub.url}practice/?topic=compression`);
      await page.waitForSelector('[data-practice-card]:not([hidden])');
      await page.keyboard.press('Space');
      await page.waitForSelector('.practice-answer');
      const links = await page
        .locator('.practice-answer a, [data-practice-page], .topic-nav a')
        .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const path of links) expect(path.startsWith(SUBPATH_BASE), path).toBe(true);
      expect(await page.getByRole('link', { name: '练习' }).getAttribute('aria-current')).toBe('page');
      expect(failed).toEqual([]);
    } finally {
      await context.close();
      await sub.close();
    }
  });
});
