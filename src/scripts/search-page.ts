/** /search/?q=…&topic=…&source=… — the query lives in the URL so a search can be shared. */
import { search } from '../lib/search/client.ts';

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !results || !status) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  };

  const run = async () => {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
    results.replaceChildren();
    if (query === '') {
      status.textContent = '输入关键词开始搜索。';
      return;
    }
    status.textContent = '搜索中…';
    const hits = await search(query, filters);
    status.textContent = hits.length === 0 ? `没有找到与「${query}」相关的问题。` : `找到 ${hits.length} 个相关问题。`;
    for (const hit of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [hit.topicName, hit.sources.join('、')].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind excerpts are escaped text with <mark> only; rebuild them as nodes, never as HTML.
      for (const [i, piece] of hit.excerpt.split(/<\/?mark>/u).entries()) {
        const text = document.createTextNode(decode(piece));
        if (i % 2 === 1) {
          const mark = document.createElement('mark');
          mark.append(text);
          excerpt.append(mark);
        } else excerpt.append(text);
      }
      li.append(a, meta, excerpt);
      results.append(li);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    history.replaceState(null, '', `${location.pathname}?${params}`);
    void run();
  });
  readUrl();
  void run();
}

function decode(html: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = html;
  return t.value;
}
