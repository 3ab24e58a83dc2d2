/**
 * What a reader does on the built site, in Chromium: formulas rendered by KaTeX, the Mermaid
 * diagram drawn as SVG (following the theme, without shifting the page, readable without JS),
 * deep links to one answer, copy-link and copy-code buttons, the dark-mode toggle, the keyboard
 * alone, and the glossary's filter box (Chinese, English or pinyin; nothing found points to the site
 * search; its code loads only when the box is focused, and without JavaScript there is no box).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES, readEntries } from './site-support.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  requireBuilt(ROOT_DIST);
  browser = await launchChromium();
  server = await serveDist(ROOT_DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ARTICLE = PAGE_TYPES['article (long-form, math, diagram, code)'];
const QUESTION = PAGE_TYPES.question;

describe('formulas', () => {
  it.each([ARTICLE, PAGE_TYPES['question with math']])('are rendered by KaTeX at build time, with its fonts, on %s', async (path) => {
    const { page, errors, close } = await openPage(browser, server.url + path);
    try {
      const display = page.locator('.katex-display');
      expect(await display.count()).toBeGreaterThanOrEqual(2);
      // KaTeX's HTML, laid out by its stylesheet: a sized box with KaTeX_Main glyphs.
      const box = await display.first().locator('.katex-html').boundingBox();
      expect(box!.height).toBeGreaterThan(40);
      expect(
        await display
          .first()
          .locator('.mord')
          .first()
          .evaluate((el) => getComputedStyle(el).fontFamily),
      ).toMatch(/KaTeX/u);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
      // Screen readers get MathML, not symbol soup.
      expect(await display.first().locator('math').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the Mermaid diagram', () => {
  it('is drawn when it comes near, from its pre-rendered SVG (no Mermaid code), and follows the theme', async () => {
    const { page, errors, requests, close } = await openPage(browser, server.url + ARTICLE, {
      colorScheme: 'light',
      viewport: { width: 1280, height: 400 },
    });
    try {
      const figure = page.locator('figure[data-mermaid]');
      expect(await figure.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(2 * 400);
      expect(await figure.getAttribute('data-rendered')).toBeNull();
      expect(requests.filter((r) => /\/diagrams\//u.test(r))).toEqual([]);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      // A few KB of SVG instead of ~200 KB of Mermaid: the renderer is never fetched.
      expect(requests.filter((r) => /\/diagrams\/d[0-9a-f]{8}\.svg$/u.test(r))).toHaveLength(1);
      expect(requests.filter((r) => /mermaid\.core/u.test(r))).toEqual([]);
      const svg = figure.locator('.mermaid-svg svg');
      expect(await svg.count()).toBe(1);
      expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
      expect(await figure.locator('.mermaid-svg').getAttribute('aria-label')).toMatch(/^流程图：数据收集、数据预处理/u);
      expect(await figure.locator('details.mermaid-code pre.mermaid-source').textContent()).toMatch(/^graph TD/u);
      const look = () =>
        svg.evaluate((el) => ({
          box: getComputedStyle(el.querySelector('.node rect')!).fill,
          text: getComputedStyle(el.querySelector('.node text')!).fill,
          anchor: getComputedStyle(el.querySelector('.node text')!).textAnchor,
        }));
      const light = await look();
      expect(light.anchor).toBe('middle');
      expect(light.text).toBe('rgb(27, 31, 38)');

      await page.locator('[data-theme-toggle]').click();
      const dark = await look();
      expect(dark.box).not.toBe(light.box);
      expect(dark.text).toBe('rgb(231, 233, 238)');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('falls back to Mermaid in the browser when no drawing matches, and redraws it for the theme', async () => {
    const { page, context, errors, requests, close } = await openPage(browser, 'about:blank', {
      colorScheme: 'light',
      viewport: { width: 1280, height: 400 },
    });
    try {
      await context.route('**/diagrams/*.svg', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(server.url + ARTICLE, { waitUntil: 'networkidle' });
      const figure = page.locator('figure[data-mermaid]');
      expect(requests.filter((r) => /mermaid\.core/u.test(r))).toEqual([]);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('light');
      expect(requests.filter((r) => /mermaid\.core/u.test(r))).toHaveLength(1);
      const svg = figure.locator('.mermaid-svg svg');
      const fill = () =>
        svg
          .locator('.node rect, .node polygon')
          .first()
          .evaluate((el) => getComputedStyle(el).fill);
      const lightFill = await fill();
      await page.locator('[data-theme-toggle]').click();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('dark');
      expect(await fill()).not.toBe(lightFill);
      // The 404 of the missing drawing is expected; nothing else may fail.
      expect(errors.filter((e) => !/diagrams\/d[0-9a-f]{8}\.svg/u.test(e) && !/status of 404/u.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    ['scrolls down to it', 'scroll'],
    ['jumps to a spot where it is on screen before it is drawn', 'jump'],
  ])('does not shift the page when a reader %s', async (_how, how) => {
    const { page, close } = await openPage(browser, server.url + ARTICLE, { viewport: { width: 390, height: 800 }, isMobile: true });
    try {
      await page.evaluate(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const figure = page.locator('figure[data-mermaid]');
      const top = await figure.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      if (how === 'scroll') {
        for (let y = 0; y < top + 800; y += 250) {
          await page.mouse.wheel(0, 250);
          await page.waitForTimeout(120);
        }
      } else {
        // The diagram's top a third down the screen, text below it visible, nothing drawn yet.
        await page.evaluate((y) => window.scrollTo({ top: y - 260, behavior: 'instant' }), top);
      }
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      expect(cls).toBeLessThan(0.01);
      expect((await figure.locator('.mermaid-svg svg').boundingBox())!.height).toBeGreaterThan(150);
    } finally {
      await close();
    }
  });

  it('shows its source as text without JavaScript', async () => {
    const { page, close } = await openPage(browser, server.url + ARTICLE, { javaScriptEnabled: false });
    try {
      const source = page.locator('figure[data-mermaid] pre.mermaid-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.innerText()).toMatch(/graph TD[\s\S]*-->/u);
      // Buttons that need JavaScript are not offered.
      expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('links to one answer', () => {
  it('scrolls a deep link (#answer-…) to that answer and highlights it', async () => {
    const last = readEntries(ROOT_DIST)
      .filter((e) => e.url === `/${QUESTION}`)
      .at(-1)!;
    const { page, close } = await openPage(browser, `${server.url}${QUESTION}#${last.anchor}`, { viewport: { width: 1280, height: 700 } });
    try {
      const heading = page.locator(`#${last.anchor}`);
      await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top), { timeout: 5000 }).toBeLessThan(200);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
      expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      const border = await page.locator(`[data-answer="${last.anchor}"]`).evaluate((el) => getComputedStyle(el).borderTopColor);
      const other = await page
        .locator('[data-answer]')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopColor);
      expect(border).not.toBe(other);
    } finally {
      await close();
    }
  });

  it('copies the permalink of an answer and of the question', async () => {
    const { page, context, close } = await openPage(browser, server.url + QUESTION);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const answer = page.locator('[data-answer]').nth(1);
      const anchor = (await answer.getAttribute('data-answer'))!;
      const button = answer.locator('button.copy-link');
      await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${QUESTION}#${anchor}`);
      expect(await button.innerText()).toMatch(/已复制/u);
      await expect.poll(() => page.locator('[data-announcer]').textContent()).toMatch(/已复制/u);

      await page.locator('.q-meta button.copy-link').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${QUESTION}`);
      // Every answer has its own button.
      expect(await page.locator('[data-answer] button.copy-link').count()).toBe(await page.locator('[data-answer]').count());
    } finally {
      await close();
    }
  });

  it('copies a code block with its button', async () => {
    const { page, context, close } = await openPage(browser, server.url + ARTICLE);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const block = page.locator('.code-block').first();
      const button = block.locator('button.copy-code');
      await block.scrollIntoViewIfNeeded();
      await button.click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^import tensorflow as tf\nimport numpy as np\n/u);
      expect(copied).toContain('# 数据集');
      expect(copied).not.toMatch(/python|复制/u);
      // Highlighted at build time: colored spans are in the HTML, not made by a script.
      expect(await block.locator('pre.astro-code span[style*="--shiki-dark"]').count()).toBeGreaterThan(10);
    } finally {
      await close();
    }
  });
});

describe('dark mode', () => {
  it('follows the system, toggles, and persists across reloads', async () => {
    const { page, close } = await openPage(browser, server.url + QUESTION, { colorScheme: 'dark' });
    try {
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await theme()).toBe('dark');
      const dark = await background();
      const toggle = page.locator('[data-theme-toggle]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');

      await toggle.click();
      expect(await theme()).toBe('light');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await background()).not.toBe(dark);

      await page.reload({ waitUntil: 'networkidle' });
      expect(await theme()).toBe('light');
      await page.goto(server.url, { waitUntil: 'networkidle' });
      expect(await theme()).toBe('light');
    } finally {
      await close();
    }
  });

  it('is applied before the page paints, by the inline head script alone (no flash)', async () => {
    const { page, context, close } = await openPage(browser, server.url + QUESTION, { colorScheme: 'light' });
    try {
      await page.evaluate(() => localStorage.setItem('theme', 'dark'));
      // Without any external script, the stored choice still applies on the first paint.
      await context.route('**/*.js', (route) => route.abort());
      await page.reload({ waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');
      // …because the script runs in <head>, before any stylesheet or body content.
      const order = await page.evaluate(() => {
        const head = [...document.head.children];
        const script = head.findIndex((el) => el.tagName === 'SCRIPT' && /localStorage/u.test(el.textContent ?? ''));
        const css = head.findIndex((el) => el.matches('link[rel="stylesheet"]'));
        return { script, css };
      });
      expect(order.script).toBeGreaterThanOrEqual(0);
      expect(order.script).toBeLessThan(order.css);
    } finally {
      await close();
    }
  });
});

describe('the keyboard alone', () => {
  it('reaches the skip link first, which moves focus to the main content', async () => {
    const { page, close } = await openPage(browser, server.url + QUESTION);
    try {
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        cls: document.activeElement?.className,
        text: (document.activeElement as HTMLElement).innerText,
      }));
      expect(first.cls).toBe('skip-link');
      expect(first.text).toBe('跳到正文');
      expect(await page.locator('.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside main, with a visible focus ring.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          inMain: el.closest('main') !== null,
          outline: getComputedStyle(el).outlineStyle,
          width: getComputedStyle(el).outlineWidth,
        };
      });
      expect(next.inMain).toBe(true);
      expect(next.outline).not.toBe('none');
      expect(parseFloat(next.width)).toBeGreaterThanOrEqual(2);
    } finally {
      await close();
    }
  });

  it('focuses search with "/" and submits it with Enter', async () => {
    const { page, close } = await openPage(browser, server.url + QUESTION);
    try {
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      expect(await page.locator('#site-search').inputValue()).toBe('');
      await page.keyboard.type('quantization');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=quantization/u);
    } finally {
      await close();
    }
  });

  it('operates the theme toggle and copy buttons', async () => {
    const { page, context, close } = await openPage(browser, server.url + QUESTION, { colorScheme: 'light' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.locator('[data-theme-toggle]').focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.locator('[data-answer] button.copy-link').first().focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#answer-/u);
    } finally {
      await close();
    }
  });
});

const GLOSSARY = PAGE_TYPES.glossary;
const terms = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { zh: string; en: string }[];

const shownTerms = (page: Page) =>
  page
    .locator('.glossary-term:not([hidden])')
    .evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector('.zh')?.textContent?.trim() ?? ''),
    );

describe('the glossary filter', () => {
  it('narrows the list by Chinese, English, full pinyin and initials, and gives it all back when cleared', async () => {
    const { page, errors, close } = await openPage(browser, server.url + GLOSSARY);
    try {
      const input = page.getByLabel('筛选术语');
      expect(await shownTerms(page)).toHaveLength(terms.length);
      // Its code loads when the box is first focused.
      await input.focus();
      await page.locator('[data-glossary-filter][data-ready]').waitFor();

      await input.fill('蒸馏');
      const byChinese = await shownTerms(page);
      expect(byChinese).toContain('知识蒸馏');
      for (const zh of byChinese) expect(zh).toContain('蒸馏');
      expect(await page.locator('[data-glossary-count]').textContent()).toBe(`${byChinese.length} 个术语`);

      // The same terms by their pinyin, in full (spaces and capitals do not matter) and by initials.
      await input.fill('Zheng Liu');
      expect(await shownTerms(page)).toEqual(byChinese);
      await input.fill('zszl');
      expect(await shownTerms(page)).toContain('知识蒸馏');

      // An English abbreviation the vocabulary gives the term.
      await input.fill('LLM');
      expect(await shownTerms(page)).toContain('大模型');

      await input.fill('knowledge distillation');
      expect(await shownTerms(page)).toContain('知识蒸馏');
      // A letter with no term left is not shown empty; the letter index is put away while filtering.
      expect(await page.locator('section:has(.glossary-term):visible').count()).toBe(1);
      expect(await page.locator('.letter-index').isVisible()).toBe(false);

      await input.fill('');
      expect(await shownTerms(page)).toHaveLength(terms.length);
      expect(await page.locator('.letter-index').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finding nothing, offers the site search for the words typed', async () => {
    const { page, close } = await openPage(browser, server.url + GLOSSARY);
    try {
      // Typed at once, before its code has loaded: what was typed is applied when it has.
      await page.getByLabel('筛选术语').fill('胡说八道');
      await page.locator('[data-glossary-filter][data-ready]').waitFor();
      expect(await shownTerms(page)).toEqual([]);
      const link = page.locator('[data-glossary-empty] a');
      expect(await link.isVisible()).toBe(true);
      expect(await link.textContent()).toBe('在全站问题里搜索「胡说八道」');
      await link.click();
      await page.waitForURL(/\/search\/\?q=/u);
      expect(new URL(page.url()).searchParams.get('q')).toBe('胡说八道');
    } finally {
      await close();
    }
  });

  it('is not shown without JavaScript, where it could not work', async () => {
    const { page, close } = await openPage(browser, server.url + GLOSSARY, { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-glossary-filter]').isVisible()).toBe(false);
      expect(await page.locator('.letter-index').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
