/**
 * Draws ```mermaid figures, only when one comes within a screen of the viewport, so a phone that
 * never reaches the diagram never pays for it. The source stays in the page (shown without JS,
 * kept in a <details> after drawing).
 *
 * First choice: the drawing pre-rendered by scripts/diagrams/prerender.ts (public/diagrams/<id>.svg,
 * a few KB, themed by the site's CSS, so it follows light/dark with no work). Fallback, for a
 * diagram without a current drawing: Mermaid itself in the browser, re-run on theme changes.
 */
import type mermaidApi from 'mermaid';
import { diagramId } from '../lib/diagram-id.ts';
import { initialScrollLeft } from '../lib/diagram-scroll.ts';

type Mermaid = typeof mermaidApi;

let mermaidPromise: Promise<Mermaid> | undefined;
let counter = 0;
/** Renders run one at a time: mermaid.initialize is global state. */
let queue: Promise<void> = Promise.resolve();
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  return mermaidPromise;
}

async function prerendered(source: string): Promise<string | null> {
  try {
    const response = await fetch(`${BASE}diagrams/${diagramId(source)}.svg`);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('svg')) return null;
    const svg = await response.text();
    return svg.trimStart().startsWith('<svg') ? svg : null;
  } catch {
    return null;
  }
}

async function drawWithMermaid(source: string, dark: boolean): Promise<string> {
  const mermaid = await loadMermaid();
  const font = getComputedStyle(document.body).fontFamily;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'neutral', layout: 'dagre', fontFamily: font });
  return (await mermaid.render(`mermaid-${++counter}`, source)).svg;
}

/** The horizontal centre of the drawing's first node (its flow's start), as a fraction of its width. */
function firstNodeAt(svg: SVGSVGElement): number | undefined {
  const node = svg.querySelector('.node');
  const drawing = svg.getBoundingClientRect();
  if (!node || drawing.width <= 0) return undefined;
  const { left, width } = node.getBoundingClientRect();
  return (left + width / 2 - drawing.left) / drawing.width;
}

/**
 * Smallest scale a drawing is shown at. Mermaid draws labels at 16 px, so they never drop below
 * 12.8 px: a drawing wider than the column scrolls sideways instead of shrinking into illegible
 * text (it used to be squeezed into the source's height, ~44%, labels ~7 px).
 */
const MIN_SCALE = 0.8;

/** Natural size at most, down to MIN_SCALE to fit the column, never smaller (the box scrolls). */
function size(target: HTMLElement): void {
  const svg = target.querySelector('svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width <= 0 || box.height <= 0) return;
  // Attributes (not style="…", which the CSP blocks inside inserted markup) give the intrinsic size;
  // CSSOM styles set from script are allowed and add the floor.
  svg.setAttribute('width', String(Math.round(box.width)));
  svg.setAttribute('height', String(Math.round(box.height)));
  svg.style.minWidth = `${Math.round(box.width * MIN_SCALE)}px`;
  // A box that scrolls must be reachable by keyboard.
  if (target.scrollWidth > target.clientWidth + 1 || target.scrollHeight > target.clientHeight + 1) target.tabIndex = 0;
  else target.removeAttribute('tabindex');
  // Nothing else tells a phone reader that the cut-off drawing goes on sideways: the caption says so.
  target
    .closest('figure')
    ?.querySelector('figcaption')
    ?.toggleAttribute('data-scrolls-sideways', target.scrollWidth > target.clientWidth + 1);
  if (target.scrollLeft === 0) target.scrollLeft = initialScrollLeft(box, target.scrollWidth, target.clientWidth, firstNodeAt(svg));
}

/** Gives a drawing held at the source's height its own height back; the expand button goes with the hold. */
function release(figure: HTMLElement, target: HTMLElement): void {
  target.style.height = '';
  target.classList.remove('fitted');
  figure.querySelector('.mermaid-expand')?.remove();
  size(target);
}

/**
 * Releases the hold as soon as that moves nothing the reader sees: when the figure's lower edge is
 * off screen (below, or scrolled past — then the browser's scroll anchoring keeps the text in
 * place). On a page too short to scroll that never comes: the expand button is the reader's way.
 */
function releaseWhenAway(figure: HTMLElement, target: HTMLElement): void {
  const check = () => {
    const { top, bottom } = figure.getBoundingClientRect();
    if (target.classList.contains('fitted') && bottom < innerHeight && bottom > 0 && top < innerHeight) return;
    removeEventListener('scroll', check);
    removeEventListener('resize', check);
    if (target.classList.contains('fitted')) release(figure, target);
  };
  addEventListener('scroll', check, { passive: true });
  addEventListener('resize', check, { passive: true });
}

/**
 * The expand button under a held drawing, in the hold's own height (the figure does not grow). A
 * layout shift the reader asks for by a click is expected, and not counted as one.
 */
function addExpandButton(figure: HTMLElement, target: HTMLElement): number {
  const expand = document.createElement('button');
  expand.type = 'button';
  expand.className = 'mermaid-expand';
  expand.textContent = '展开完整流程图';
  expand.addEventListener('click', () => {
    release(figure, target);
    // Focus stays in the figure rather than falling back to the top of the page.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  });
  target.after(expand);
  return expand.offsetHeight + parseFloat(getComputedStyle(expand).marginTop);
}

/** Puts the drawing in place of the source; when the figure is on screen, within the source's height. */
function place(figure: HTMLElement, svg: string, kind: 'static' | 'mermaid'): void {
  let target = figure.querySelector<HTMLElement>('.mermaid-svg');
  if (!target) {
    // Swapping the source for the drawing must not move what the reader is looking at.
    // Only when what follows the figure is on screen would a taller drawing push visible text.
    const box = figure.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.bottom < innerHeight;
    const sourceHeight = figure.querySelector<HTMLElement>('.mermaid-source')?.offsetHeight ?? 0;
    target = document.createElement('div');
    target.className = 'mermaid-svg';
    target.setAttribute('role', 'img');
    figure.prepend(target);
    const pre = figure.querySelector('.mermaid-source');
    if (pre) {
      const details = document.createElement('details');
      details.className = 'mermaid-code';
      const summary = document.createElement('summary');
      summary.textContent = '查看流程图源码';
      details.append(summary, pre);
      figure.append(details);
    }
    const code = figure.querySelector<HTMLElement>('.mermaid-code');
    const codeHeight = code ? code.offsetHeight + parseFloat(getComputedStyle(code).marginTop) : 0;
    if (onScreen && sourceHeight > codeHeight) {
      // Keep the source's height and let the legible drawing scroll inside it until the reader moves on.
      const held = sourceHeight - codeHeight - addExpandButton(figure, target);
      if (held > 0) {
        target.style.height = `${held}px`;
        target.classList.add('fitted');
        releaseWhenAway(figure, target);
      } else figure.querySelector('.mermaid-expand')?.remove();
    }
  }
  target.classList.toggle('static', kind === 'static');
  target.innerHTML = svg;
  size(target);
  // Shown only while the hold hides part of the drawing; its room stays so that nothing moves.
  figure.querySelector('.mermaid-expand')?.classList.toggle('idle', target.scrollHeight <= target.clientHeight + 1);
  const drawing = target.querySelector('svg');
  // The drawing is described by the figure; its own roles would only repeat it.
  drawing?.setAttribute('aria-hidden', 'true');
  const labels = [...target.querySelectorAll('.nodeLabel, .node text')].map((n) => n.textContent?.trim()).filter(Boolean);
  target.setAttribute('aria-label', labels.length > 0 ? `流程图：${[...new Set(labels)].join('、')}` : '流程图');
}

async function render(figure: HTMLElement, themeOnly = false): Promise<void> {
  const source = figure.querySelector('.mermaid-source')?.textContent ?? '';
  const dark = document.documentElement.dataset.theme === 'dark';
  try {
    const svg = themeOnly ? null : await prerendered(source);
    if (svg) {
      place(figure, svg, 'static');
      figure.dataset.rendered = 'static';
      return;
    }
    place(figure, await drawWithMermaid(source, dark), 'mermaid');
    figure.dataset.rendered = dark ? 'dark' : 'light';
  } catch (error) {
    figure.dataset.rendered = 'error';
    console.warn('Mermaid could not render a diagram; its source is shown instead.', error);
  }
}

const enqueue = (figure: HTMLElement, themeOnly = false) => {
  queue = queue.then(() => render(figure, themeOnly));
  return queue;
};

export function renderDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-mermaid]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void enqueue(entry.target as HTMLElement);
      }
    },
    // Start a screen ahead, so the swap from source to drawing happens out of sight.
    { rootMargin: '100% 0px' },
  );
  figures.forEach((f) => observer.observe(f));
  // Pre-rendered drawings follow the theme through CSS; Mermaid's own must be drawn again.
  document.addEventListener('themechange', () => {
    figures.filter((f) => f.dataset.rendered === 'light' || f.dataset.rendered === 'dark').forEach((f) => void enqueue(f, true));
  });
}
