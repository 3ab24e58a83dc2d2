/**
 * Reading polish seen on screenshots, kept fixed:
 *  - the Mermaid drawing's labels render at ≥ 12 px at 1280 and 360 px (a drawing wider than the
 *    column scrolls sideways instead of shrinking; it was drawn at ~44%, labels ~7 px);
 *  - a drawing held at its source's height on a page too short to scroll can be shown whole (it
 *    used to stay clipped);
 *  - on a phone the search page shows its first result on the first screen (the filter panel used
 *    to open by default and push every result below it);
 *  - Chinese text is drawn with a CJK font: a machine without one renders boxes, and this fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { requireBuilt, ROOT_DIST } from './support/site.ts';
import { openPage, PAGE_TYPES } from './site-support.ts';

const ARTICLE = PAGE_TYPES['article (long-form, math, diagram, code)'];
const MIN_LABEL_PX = 12;

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

/** Rendered size of every label of a drawing: its font size times the drawing's on-screen scale. */
async function labelSizes(page: Page, figure: string): Promise<{ sizes: number[]; scale: number }> {
  return page.locator(`${figure} .mermaid-svg svg`).evaluate((svg) => {
    const el = svg as SVGSVGElement;
    const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
    const labels = [...el.querySelectorAll('.node text, .nodeLabel, .edgeLabel text')];
    return { scale, sizes: labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale) };
  });
}

describe('Mermaid labels are legible', () => {
  it.each([
    ['scrolls to it', 1280],
    ['scrolls to it', 360],
    ['jumps to it', 1280],
    ['jumps to it', 360],
  ] as const)('when a reader %s at %i px', async (how, width) => {
    const { page, errors, close } = await openPage(browser, server.url + ARTICLE, { viewport: { width, height: 800 } });
    try {
      const figure = page.locator('figure[data-mermaid]').first();
      if (how === 'jumps to it') {
        const top = await figure.evaluate((el) => el.getBoundingClientRect().top + scrollY);
        await page.evaluate((y) => scrollTo({ top: y - 100, behavior: 'instant' }), top);
      } else {
        const top = await figure.evaluate((el) => el.getBoundingClientRect().top + scrollY);
        for (let y = 0; y < top; y += 400) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(60);
        }
      }
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      const { sizes, scale } = await labelSizes(page, 'figure[data-mermaid]');
      expect(sizes.length).toBeGreaterThan(5);
      expect(Math.min(...sizes), `scale ${scale.toFixed(2)}`).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      // Wider than the column: the drawing scrolls in its own box (reachable by keyboard), the page does not.
      const box = figure.locator('.mermaid-svg');
      const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      if (scrolls) expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('at 360 px a drawing wider than the column opens on its first node, and its caption says it scrolls', async () => {
    const { page, errors, close } = await openPage(browser, server.url + ARTICLE, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    try {
      const figure = page.locator('figure[data-mermaid]').first();
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      const seen = await figure.locator('.mermaid-svg').evaluate((box) => {
        const node = box.querySelector('.node')!.getBoundingClientRect();
        const view = box.getBoundingClientRect();
        return { wider: box.scrollWidth > box.clientWidth + 1, centre: node.left + node.width / 2, left: view.left, right: view.right };
      });
      expect(seen.wider).toBe(true);
      expect(seen.centre).toBeGreaterThan(seen.left);
      expect(seen.centre).toBeLessThan(seen.right);
      expect(await figure.locator('figcaption').getAttribute('data-scrolls-sideways')).not.toBeNull();
      expect(await figure.locator('figcaption').evaluate((c) => getComputedStyle(c, '::after').content)).toContain('左右滑动');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the drawing of the editor’s note too, at 360 px', async () => {
    const { page, close } = await openPage(browser, server.url + PAGE_TYPES.question, { viewport: { width: 360, height: 740 } });
    try {
      const figure = page.locator('[data-editor-note] figure[data-mermaid]');
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      const { sizes } = await labelSizes(page, '[data-editor-note] figure[data-mermaid]');
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    } finally {
      await close();
    }
  });
});

/** A question page (not an article) whose answer holds a diagram, found in the build. */
function questionPageWithDiagram(): string {
  for (const topic of readdirSync(ROOT_DIST, { withFileTypes: true })) {
    if (!topic.isDirectory() || topic.name === 'articles') continue;
    for (const question of readdirSync(join(ROOT_DIST, topic.name), { withFileTypes: true })) {
      const file = join(ROOT_DIST, topic.name, question.name, 'index.html');
      if (question.isDirectory() && existsSync(file) && readFileSync(file, 'utf8').includes('data-mermaid'))
        return `${topic.name}/${question.name}/`;
    }
  }
  throw new Error('no question page with a diagram in the build');
}

describe('a drawing held at the source’s height while on screen at load', () => {
  it('on a page too short to scroll away, the expand button shows all of it', async () => {
    const { page, errors, close } = await openPage(browser, server.url + questionPageWithDiagram(), {
      viewport: { width: 1280, height: 2400 },
    });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
      const figure = page.locator('figure[data-mermaid]').first();
      await expect.poll(() => figure.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('static');
      const box = figure.locator('.mermaid-svg');
      // Held: the drawing is taller than its box, and the reader cannot scroll the figure out of sight.
      expect(await box.evaluate((el) => el.classList.contains('fitted') && el.scrollHeight > el.clientHeight + 1)).toBe(true);
      const before = (await figure.boundingBox())!.height;
      const expand = figure.getByRole('button', { name: '展开完整流程图' });
      await expand.click();
      expect(await box.evaluate((el) => !el.classList.contains('fitted') && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      expect((await figure.boundingBox())!.height).toBeGreaterThan(before);
      expect(await expand.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.closest('figure[data-mermaid]') !== null)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the search page on a phone', () => {
  it('shows the first result on the first screen, filters folded away but reachable', async () => {
    const { page, close } = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('知识蒸馏')}`, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const first = page.locator('[data-search-results] li').first();
      await first.waitFor({ timeout: 20_000 });
      const title = await first.locator('a').first().boundingBox();
      expect(title!.y + title!.height).toBeLessThanOrEqual(740);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      // The filters are one tap away.
      const topic = page.locator('.search-filters input[name="topic"]').first();
      expect(await topic.isVisible()).toBe(false);
      await page.locator('.search-filters > summary').tap();
      expect(await topic.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('says when filters from a shared link are on while the panel is closed', async () => {
    const { page, close } = await openPage(browser, `${server.url}search/?q=${encodeURIComponent('挑战')}&topic=challenges`, {
      viewport: { width: 360, height: 740 },
    });
    try {
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
      const summary = await page
        .locator('.search-filters > summary')
        .evaluate((el) => `${el.textContent}${getComputedStyle(el, '::after').content}`);
      expect(summary).toContain('已启用');
    } finally {
      await close();
    }
  });

  it('keeps the filters in view on a wide screen', async () => {
    const { page, close } = await openPage(browser, `${server.url}search/`, { viewport: { width: 1280, height: 900 } });
    try {
      expect(await page.locator('.search-filters input[name="topic"]').first().isVisible()).toBe(true);
      expect(await page.locator('.search-filters input[name="source"]').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('Chinese text', () => {
  it('is drawn with a CJK font, not as boxes', async () => {
    const { page, close } = await openPage(browser, server.url + PAGE_TYPES.question);
    try {
      // Which fonts Chromium actually used for the heading's glyphs.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const cjk = fonts.filter((f) =>
        /CJK|Han Sans|Han Serif|Hei|Song|Ming|Kai|PingFang|YaHei|WenQuanYi|Noto Sans SC|Droid Sans Fallback|AR PL/iu.test(f.familyName),
      );
      expect(
        cjk.length,
        `fonts used: ${fonts.map((f) => f.familyName).join(', ')} — install a CJK font (apt-get install fonts-noto-cjk)`,
      ).toBeGreaterThan(0);
      // And the glyphs differ: with no CJK font every character is the same empty box.
      const distinct = await page.evaluate(() => {
        const font = getComputedStyle(document.querySelector('main h1')!).fontFamily;
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 40;
        const ctx = canvas.getContext('2d')!;
        const shapes = ['大', '模', '型', '识', '库'].map((ch) => {
          ctx.clearRect(0, 0, 40, 40);
          ctx.font = `32px ${font}`;
          ctx.fillText(ch, 2, 34);
          return Array.from(ctx.getImageData(0, 0, 40, 40).data.filter((_, i) => i % 4 === 3)).join(',');
        });
        return new Set(shapes).size;
      });
      expect(distinct).toBe(5);
    } finally {
      await close();
    }
  });
});
