/**
 * The glossary's filter box: a long list (some 260 terms) narrowed as the reader types, on the
 * Chinese, the English or the pinyin (data-filter, written at build time). Without JavaScript the
 * box is not shown (data-js-only: decided before first paint, so it never shifts the list) and the
 * letter index does the job.
 */
import { href } from '../lib/url.ts';

/** How data-filter is written at build time and the reader's text is read: lower case, no spaces (「Zheng Liu」 finds zhengliu). */
export const filterKey = (text: string): string => text.toLowerCase().replace(/\s+/gu, '');

export function runGlossaryFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-glossary-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const count = box?.querySelector<HTMLElement>('[data-glossary-count]');
  const empty = box?.querySelector<HTMLElement>('[data-glossary-empty]');
  const searchLink = box?.querySelector<HTMLAnchorElement>('[data-glossary-search]');
  if (!box || !input || !count || !empty || !searchLink) return;
  const terms = [...document.querySelectorAll<HTMLElement>('.glossary-term[data-filter]')];
  const sections = terms.map((t) => t.closest('section')).filter((s, i, all): s is HTMLElement => s !== null && all.indexOf(s) === i);
  const letters = document.querySelector<HTMLElement>('.letter-index')?.closest('nav');

  const apply = () => {
    const key = filterKey(input.value);
    let shown = 0;
    for (const term of terms) {
      const hit = key === '' || (term.dataset.filter ?? '').includes(key);
      term.hidden = !hit;
      if (hit) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('.glossary-term:not([hidden])');
    // Jumping to a letter means nothing in a filtered list.
    if (letters) letters.hidden = key !== '';
    count.textContent = key !== '' && shown > 0 ? `${shown} 个术语` : '';
    empty.hidden = key === '' || shown > 0;
    const query = input.value.trim();
    searchLink.href = `${href('search/')}?q=${encodeURIComponent(query)}`;
    searchLink.textContent = `在全站问题里搜索「${query}」`;
  };
  input.addEventListener('input', apply);
  box.dataset.ready = '';
  // A value the browser restored (back button) applies at once.
  if (input.value !== '') apply();
}
