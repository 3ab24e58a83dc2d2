/**
 * Results-as-you-type under the header search box (ARIA 1.2 combobox with a listbox popup).
 * This module is imported on the box's first focus (site.ts); Pagefind and the lexicon are loaded
 * on the first keystroke, from the site's own <base>/pagefind/ (works under any base path).
 *
 * Keyboard: ↓/↑ move through the suggestions (the focus stays in the input, the active option is
 * aria-activedescendant), Enter opens the active suggestion or, with none active, the search
 * page; Escape closes the list, a second Escape clears the box. A polite live region says how
 * many questions were found.
 */
import { loadEngine, search, type SearchHit, type SearchResponse } from '../lib/search/client.ts';
import { appendSegments } from '../lib/search/marks.ts';

const SHOWN = 6;
const DELAY_MS = 120;

export function attachSearchBox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset.searchAttached) return;
  input.dataset.searchAttached = 'true';

  const list = document.createElement('ul');
  list.id = `${input.id || 'site-search'}-listbox`;
  list.className = 'search-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '搜索建议');
  list.hidden = true;
  form.append(list);

  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.append(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-haspopup', 'listbox');

  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  const setActive = (index: number) => {
    const items = options();
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    items.forEach((a, i) => a.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', items[active]!.id);
      items[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const option = (id: string, href: string) => {
    const li = document.createElement('li');
    li.setAttribute('role', 'presentation');
    const a = document.createElement('a');
    a.id = id;
    a.href = href;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    li.append(a);
    list.append(li);
    return a;
  };

  const pageUrl = (query: string) => `${form.getAttribute('action') ?? ''}?q=${encodeURIComponent(query)}`;

  const show = (response: SearchResponse, query: string) => {
    list.replaceChildren();
    const hits = response.hits.slice(0, SHOWN);
    hits.forEach((hit: SearchHit, i) => {
      const a = option(`${list.id}-${i}`, hit.url);
      const title = document.createElement('span');
      title.className = 'suggestion-title';
      appendSegments(title, hit.title);
      const meta = document.createElement('span');
      meta.className = 'suggestion-meta';
      meta.textContent = [hit.topicName, hit.sources.length > 1 ? `${hit.sources.length} 个来源` : hit.sources[0]]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('span');
      excerpt.className = 'suggestion-excerpt';
      appendSegments(excerpt, hit.excerpt);
      a.append(title, meta, excerpt);
    });
    const more = option(`${list.id}-all`, pageUrl(query));
    more.className = 'suggestion-all';
    more.textContent =
      // The box searches the words as typed (Pagefind alone, to stay light); the search page also
      // searches what they mean (the thesaurus, the question retriever), so nothing here is a dead end.
      response.total === 0
        ? `没有直接包含这些词的问题，在搜索页按意思查找「${query}」`
        : response.total > hits.length
          ? // No count: the search page also searches by meaning, so it finds a different number.
            '在搜索页查看全部结果'
          : '在搜索页打开';
    open();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const partial =
      response.unmatched.length > 0 && response.total > 0 ? `，未找到「${response.unmatched.join('」「')}」，按匹配程度排序` : '';
    status.textContent =
      response.total === 0
        ? '没有直接包含这些词的问题，可以在搜索页按意思查找'
        : `找到 ${response.total} 个问题${partial}。按上下方向键浏览`;
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (query === '') {
      close();
      status.textContent = '';
      return;
    }
    try {
      const response = await search(query, { limit: SHOWN, full: false });
      if (mine === seq && input.value.trim() === query) show(response, query);
    } catch {
      if (mine === seq) status.textContent = '搜索暂时不可用';
    }
  };

  input.addEventListener('input', () => {
    // Start loading Pagefind and the lexicon on the first keystroke, while the reader types.
    void loadEngine().catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // an IME is choosing characters: its keys are not ours
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (options().length === 0) return;
        open();
      }
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? active + 1 : active < 0 ? -1 : active - 1);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active]!.href);
      }
      // Otherwise the form submits to the search page.
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value !== '') {
        event.preventDefault();
        input.value = '';
        status.textContent = '';
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      // Home/End move the caret in the input (APG), not through the list.
      if (active >= 0) setActive(-1);
    }
  });
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !form.contains(next)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && options().length > 0) open();
  });
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input

  if (input.value.trim() !== '') void run();
}
