/**
 * The one module every page loads (deferred, after first paint): theme toggle, search shortcut,
 * copy buttons. Heavy parts — search UI, Mermaid — are imported only when needed.
 */

import { registerServiceWorker } from './register-sw.ts';

const root = document.documentElement;
const announcer = document.querySelector<HTMLElement>('[data-announcer]');
const announce = (text: string) => {
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after a tick, so screen readers repeat the same message.
  setTimeout(() => (announcer.textContent = text), 50);
};

// ── Theme: the inline head script already applied it; this keeps the toggle and the system in sync.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const storedTheme = () => {
  try {
    return localStorage.getItem('theme');
  } catch {
    return null;
  }
};
const applyTheme = (theme: 'light' | 'dark') => {
  root.dataset.theme = theme;
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
  document.dispatchEvent(new CustomEvent('themechange', { detail: theme }));
};
toggle?.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
toggle?.addEventListener('click', () => {
  const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyTheme(next);
});
// Until the reader picks a theme, follow the system as it changes (e.g. at sunset).
systemDark.addEventListener('change', (event) => {
  if (storedTheme() === null) applyTheme(event.matches ? 'dark' : 'light');
});

// ── Search: `/` or Ctrl/⌘+K focuses the search box from anywhere, unless the reader is typing.
const searchInput = document.querySelector<HTMLInputElement>('[data-search-input]');
document.addEventListener('keydown', (event) => {
  if (!searchInput || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const combo = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (slash || combo) {
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  }
});

let searchLoaded = false;
const loadSearch = () => {
  if (searchLoaded || !searchInput) return;
  searchLoaded = true;
  void import('./search-box.ts').then((m) => m.attachSearchBox(searchInput));
};
searchInput?.addEventListener('focus', loadSearch, { once: true });
searchInput?.addEventListener('input', loadSearch, { once: true });

// ── The glossary's filter box: its code loads when the reader turns to the box (or the browser
// restored what was typed there), so the glossary stays a reading page with no script of its own.
const glossaryFilter = document.querySelector<HTMLInputElement>('[data-glossary-filter] input');
const loadGlossaryFilter = () => void import('./glossary-filter.ts').then((m) => m.runGlossaryFilter());
if (glossaryFilter?.value) loadGlossaryFilter();
else glossaryFilter?.addEventListener('focus', loadGlossaryFilter, { once: true });

// ── Copy buttons: one delegated listener. data-copy holds a permalink; data-copy-code copies the
// code block it sits in.
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (plain http, old browser): the selection-based fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = (() => {
      try {
        return document.execCommand('copy');
      } catch {
        return false;
      }
    })();
    area.remove();
    return copied;
  }
}

const timers = new WeakMap<HTMLElement, number>();
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy], [data-copy-code]');
  if (!button) return;
  const isCode = button.hasAttribute('data-copy-code');
  const text = isCode
    ? (button.closest('.code-block')?.querySelector('pre')?.innerText ?? '').replace(/\n$/u, '')
    : new URL(button.dataset.copy ?? '', location.href).toString();
  void writeClipboard(text).then((ok) => {
    const label = button.querySelector<HTMLElement>('[data-copy-label]');
    if (!label) return;
    label.dataset.idle ??= label.textContent ?? '';
    label.textContent = ok ? '已复制' : '复制失败';
    if (ok) button.dataset.copied = '';
    announce(ok ? (isCode ? '代码已复制到剪贴板' : '链接已复制到剪贴板') : '复制失败，请手动复制');
    clearTimeout(timers.get(button));
    timers.set(
      button,
      window.setTimeout(() => {
        label.textContent = label.dataset.idle ?? '';
        delete button.dataset.copied;
      }, 1800),
    );
  });
});

// Code blocks get their copy button here (highlighting itself happened at build time).
const codeBlocks = document.querySelectorAll<HTMLPreElement>('pre.astro-code');
for (const pre of codeBlocks) {
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.setAttribute('data-copy-code', '');
  button.innerHTML = '<span data-copy-label>复制</span><span class="visually-hidden">代码</span>';
  pre.replaceWith(wrap);
  wrap.append(pre, button);
}

// ── Mermaid diagrams: the renderer loads only on pages that have one, when one comes near.
// Arrived from search (…?highlight=…): mark the searched words. Tiny module, loaded only then.
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./search-highlight.ts');
}

const drawDiagrams = () => {
  if (document.querySelector('[data-mermaid]')) void import('./mermaid.ts').then((m) => m.renderDiagrams());
};
drawDiagrams();
// Pages that insert content later (the practice page's answers) ask for their diagrams with this
// event, rather than importing the renderer themselves: a second importer would split Vite's
// preload helper out of this module into an extra request on every page.
document.addEventListener('kb:content', drawDiagrams);

registerServiceWorker();
