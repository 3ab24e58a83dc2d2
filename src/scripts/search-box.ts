/**
 * Results-as-you-type under the header search box. Loaded on first focus; Pagefind itself is
 * imported on first keystroke, from the site's own /pagefind/ folder (works under any base).
 */
import { search, type SearchHit } from '../lib/search/client.ts';

export function attachSearchBox(input: HTMLInputElement): void {
  const form = input.form!;
  const list = document.createElement('ul');
  list.id = 'search-suggestions';
  list.className = 'search-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '搜索结果');
  list.hidden = true;
  form.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');

  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(status);

  let active = -1;
  let seq = 0;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const setActive = (index: number) => {
    const items = options();
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    items.forEach((a, i) => a.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', active >= 0 ? items[active]!.id : '');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = (hits: SearchHit[], query: string) => {
    list.replaceChildren();
    hits.slice(0, 6).forEach((hit, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'presentation');
      const a = document.createElement('a');
      a.id = `search-option-${i}`;
      a.setAttribute('role', 'option');
      a.href = hit.url;
      const title = document.createElement('span');
      title.className = 'suggestion-title';
      title.textContent = hit.title;
      const meta = document.createElement('span');
      meta.className = 'suggestion-meta';
      meta.textContent = [hit.topicName, hit.sources.join('、')].filter(Boolean).join(' · ');
      a.append(title, meta);
      li.append(a);
      list.append(li);
    });
    const all = document.createElement('li');
    all.setAttribute('role', 'presentation');
    const more = document.createElement('a');
    more.id = `search-option-${hits.length}`;
    more.setAttribute('role', 'option');
    more.className = 'suggestion-all';
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.textContent = hits.length === 0 ? `没有直接结果，打开搜索页查看「${query}」` : `查看全部结果（${hits.length}）`;
    all.append(more);
    list.append(all);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = hits.length === 0 ? '没有找到结果' : `找到 ${hits.length} 个问题`;
    active = -1;
  };

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (query === '') return close();
    const hits = await search(query);
    if (mine === seq) show(hits, query);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]?.click();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim() !== '') input.dispatchEvent(new Event('input'));
}
