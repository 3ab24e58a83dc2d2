/**
 * Renders ```mermaid figures in the browser, only when one scrolls near the viewport, so a phone
 * that never reaches the diagram never pays for it. The source stays in the page (shown without
 * JS, kept in a <details> after rendering) and the diagram follows the light/dark theme.
 */
type Mermaid = (typeof import('mermaid'))['default'];

let mermaidPromise: Promise<Mermaid> | undefined;
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  return mermaidPromise;
}

async function render(figure: HTMLElement): Promise<void> {
  const source = figure.querySelector('.mermaid-source')?.textContent ?? '';
  const mermaid = await loadMermaid();
  const dark = document.documentElement.dataset.theme === 'dark';
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'neutral', layout: 'dagre', fontFamily: 'inherit' });
  try {
    const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
    let target = figure.querySelector<HTMLElement>('.mermaid-svg');
    if (!target) {
      target = document.createElement('div');
      target.className = 'mermaid-svg';
      target.setAttribute('role', 'img');
      target.setAttribute('aria-label', figure.querySelector('figcaption')?.textContent ?? '流程图');
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
    }
    target.innerHTML = svg;
    figure.dataset.rendered = 'true';
  } catch (error) {
    figure.dataset.rendered = 'error';
    console.warn('Mermaid could not render a diagram; its source is shown instead.', error);
  }
}

export function renderDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-mermaid]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void render(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  figures.forEach((f) => observer.observe(f));
  document.addEventListener('themechange', () => {
    figures.filter((f) => f.dataset.rendered === 'true').forEach((f) => void render(f));
  });
}
