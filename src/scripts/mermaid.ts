/**
 * Renders ```mermaid figures in the browser, only when one comes within a screen of the viewport,
 * so a phone that never reaches the diagram never pays for it. The source stays in the page
 * (shown without JS, kept in a <details> after rendering) and the diagram follows the theme.
 */
type Mermaid = (typeof import('mermaid'))['default'];

let mermaidPromise: Promise<Mermaid> | undefined;
let counter = 0;
/** Renders run one at a time: mermaid.initialize is global state. */
let queue: Promise<void> = Promise.resolve();

function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  return mermaidPromise;
}

async function render(figure: HTMLElement): Promise<void> {
  const source = figure.querySelector('.mermaid-source')?.textContent ?? '';
  const mermaid = await loadMermaid();
  const dark = document.documentElement.dataset.theme === 'dark';
  const font = getComputedStyle(document.body).fontFamily;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'neutral', layout: 'dagre', fontFamily: font });
  try {
    const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
    let target = figure.querySelector<HTMLElement>('.mermaid-svg');
    if (!target) {
      // Swapping the source for the drawing must not move what the reader is looking at: when the
      // figure is on screen, the drawing takes exactly the height the source had.
      const box = figure.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.top < innerHeight;
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
        target.style.height = `${sourceHeight - codeHeight}px`;
        target.classList.add('fitted');
      }
    }
    target.innerHTML = svg;
    const drawing = target.querySelector('svg');
    if (drawing && !target.classList.contains('fitted')) {
      // On a phone, shrink no further than legible (22rem) and let the reader pan the rest.
      const natural = parseFloat(drawing.style.maxWidth) || 0;
      if (natural > 0) drawing.style.minWidth = `${Math.min(natural, 352)}px`;
      if (target.scrollWidth > target.clientWidth) target.tabIndex = 0;
    }
    const labels = [...target.querySelectorAll('.nodeLabel')].map((n) => n.textContent?.trim()).filter(Boolean);
    target.setAttribute('aria-label', labels.length > 0 ? `流程图：${labels.join('、')}` : '流程图');
    figure.dataset.rendered = dark ? 'dark' : 'light';
  } catch (error) {
    figure.dataset.rendered = 'error';
    console.warn('Mermaid could not render a diagram; its source is shown instead.', error);
  }
}

const enqueue = (figure: HTMLElement) => {
  queue = queue.then(() => render(figure));
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
    // Start a screen ahead, so the swap from source to diagram happens out of sight.
    { rootMargin: '100% 0px' },
  );
  figures.forEach((f) => observer.observe(f));
  document.addEventListener('themechange', () => {
    figures.filter((f) => f.dataset.rendered === 'light' || f.dataset.rendered === 'dark').forEach((f) => void enqueue(f));
  });
}
