/**
 * The one module every page loads (deferred, after first paint): theme toggle, search shortcut,
 * copy-link buttons. Heavy parts — search UI, Mermaid — are imported only when needed.
 */

const root = document.documentElement;

document.querySelector<HTMLButtonElement>('[data-theme-toggle]')?.addEventListener('click', () => {
  const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
  root.dataset.theme = next;
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
});

// `/` or Ctrl/⌘+K focuses the search box from anywhere, unless the reader is typing.
const searchInput = document.querySelector<HTMLInputElement>('[data-search-input]');
document.addEventListener('keydown', (event) => {
  if (!searchInput) return;
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

// Copy-link buttons: one delegated listener; the permalink is the button's data-copy URL.
document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('[data-copy]');
  if (!button) return;
  const url = new URL(button.dataset.copy ?? '', location.href).toString();
  const done = (ok: boolean) => {
    const label = button.querySelector('[data-copy-label]');
    if (!label) return;
    const before = label.textContent;
    label.textContent = ok ? '已复制' : '复制失败';
    setTimeout(() => (label.textContent = before), 1600);
  };
  navigator.clipboard?.writeText(url).then(() => done(true), () => done(false)) ?? done(false);
});

if (document.querySelector('[data-mermaid]')) {
  void import('./mermaid.ts').then((m) => m.renderDiagrams());
}
