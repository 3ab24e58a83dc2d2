/**
 * /search/?q=…&topic=…&source=… — the query and the filters live in the URL, so a search can be
 * shared and the back button walks through earlier searches.
 */
import { search, type SearchHit, type SearchResponse } from '../lib/search/client.ts';
import { appendSegments } from '../lib/search/marks.ts';
import { asTyped, describeExpansions, MAX_QUERY_CHARS } from '../lib/search/query.ts';
import { hasHan } from '../lib/text/chinese.ts';
import { isTopicId, TOPIC_IDS, TOPICS } from '../lib/topics.ts';

/**
 * Results shown at first and added by each 「显示更多结果」: every result costs a fragment download,
 * and readers look at the first few.
 */
const PAGE = 10;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const notes = document.querySelector<HTMLElement>('[data-search-notes]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !results || !status || !notes || !more) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const baseTitle = document.title;
  const glossaryUrl = form.dataset.glossary ?? '/glossary/';
  let seq = 0;
  /** The search on screen: what was asked, and the questions shown so far (in order). */
  let current: { query: string; filters: Record<string, string[]>; shown: string[]; total: number; estimated: boolean } | undefined;

  /** The thesaurus is on unless the URL says expand=0 (「只搜索原词」). */
  let expand = true;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    expand = params.get('expand') !== '0';
    for (const box of boxes()) box.checked = params.getAll(box.name).includes(box.value);
  };

  const writeUrl = (mode: 'push' | 'replace') => {
    const params = new URLSearchParams();
    const q = input.value.trim();
    if (q) params.set('q', q);
    for (const box of boxes()) if (box.checked) params.append(box.name, box.value);
    if (!expand) params.set('expand', '0');
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // An estimate (client.ts: some of Pagefind's matches not read yet) says 「约」: it may fall as more are read.
  const showing = (total: number, shown: number, estimated: boolean) =>
    `找到${estimated && total > shown ? '约 ' : ' '}${total} 个相关问题${total > shown ? `，显示前 ${shown} 个` : ''}。`;

  const append = (hits: SearchHit[]): HTMLAnchorElement[] => {
    const links: HTMLAnchorElement[] = [];
    for (const hit of hits) {
      const li = document.createElement('li');
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = hit.url;
      appendSegments(a, hit.title);
      h2.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      const topic = document.createElement('span');
      topic.textContent = `主题：${hit.topicName}`;
      const sources = document.createElement('span');
      sources.textContent = `来源：${hit.sources.join('、')}${hit.sources.length > 1 ? `（${hit.sources.length} 个来源的回答）` : ''}`;
      meta.append(topic, ' · ', sources);
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      appendSegments(excerpt, hit.excerpt);
      li.append(h2, meta, excerpt);
      results.append(li);
      links.push(a);
    }
    return links;
  };

  const updateMore = () => {
    const left = current ? current.total - current.shown.length : 0;
    more.hidden = left <= 0;
    more.textContent = `显示更多结果（还有${current?.estimated ? '约 ' : ' '}${left} 个）`;
  };

  const render = (response: SearchResponse, query: string, filtered: boolean) => {
    results.replaceChildren();
    notes.replaceChildren();
    const note = (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      notes.append(p);
    };
    /** A note with a link that re-runs the search with the thesaurus on or off. */
    const toggle = (text: string, label: string, on: boolean) => {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = '#';
      a.dataset.searchExpand = on ? '1' : '0';
      a.textContent = label;
      p.append(text, a);
      notes.append(p);
    };
    if (response.plan.truncated) note(`查询太长，只搜索了前 ${MAX_QUERY_CHARS} 个字符。`);
    if (response.plan.concepts.length === 0) {
      status.textContent = `「${query}」里没有可以搜索的词，请换用具体的术语，例如「知识蒸馏」或「federated learning」。`;
      return;
    }
    // English terms are searched as the Chinese terms the knowledge base uses: say which.
    // The reader's words are quoted as typed (上AI, not the normalised 上ai).
    const typed = (word: string) => asTyped(word, query);
    const asTypedFrom = (list: readonly { from: string; to: string }[]) => list.map((e) => ({ ...e, from: typed(e.from) }));
    const translated = asTypedFrom(response.plan.translated);
    if (translated.length > 0) note(`英文术语按中文搜索：${describeExpansions(translated)}。`);
    const expanded = asTypedFrom(response.plan.expanded);
    if (expanded.length > 0) {
      toggle(`也搜索了：${describeExpansions(expanded)}。`, '只搜索原词', false);
    } else if (!response.plan.expand) {
      toggle('只搜索了原词，没有使用同义词。', '同时搜索同义词', true);
    }
    const searched = response.plan.concepts.filter((c) => !c.phrase).map((c) => c.label);
    const found = searched.filter((w) => !response.unmatched.includes(w));
    const missing = response.unmatched.map(typed);
    if (response.overview && isTopicId(response.overview)) {
      // Nothing matched, but the query names a concept of a topic: its overview questions follow.
      // An everyday word is missing with the term it stands for (胡说八道 → 幻觉): name both.
      const absent = missing.length > 0 ? missing : searched.map(typed);
      const standsFor = [...new Set(expanded.filter((e) => absent.includes(e.from)).map((e) => e.to))].filter((t) => !absent.includes(t));
      note(
        `知识库的问题和答案里还没有「${absent.join('」「')}」${standsFor.length > 0 ? `或「${standsFor.join('」「')}」` : ''}，它属于「${TOPICS[response.overview].name}」这一主题。`,
      );
    } else if (response.total > 0 && response.partial) {
      // An everyday word (胡说八道 → 幻觉) or an English phrase (make things up → 幻觉) not found
      // though it names a concept of the field: say which concept it is and that neither word is in
      // the questions and answers. Only that: the results may still be about it, found through
      // related words (在手机上跑 → 端侧部署, and first 大模型在资源受限设备上的部署).
      const uncovered = [...expanded, ...translated].filter((e) => missing.includes(e.from) && !missing.includes(e.to));
      const uncoveredNote =
        uncovered.length > 0
          ? `（${uncovered.map((e) => `「${e.from}」即「${e.to}」`).join('，')}，问题和答案里都没有出现${uncovered.length > 1 ? '这些词' : '这个词'}）`
          : '';
      note(
        found.length === 0 && response.unmatched.length > 0
          ? // Nothing of the query was found as typed: say so once, and what the results are.
            `没有找到：「${missing.join('」「')}」${uncoveredNote}。下面的问题只有个别${hasHan(query) ? '字' : '词'}与查询相近，仅供参考。`
          : `没有完全符合的问题，下面是最接近的。搜索了：「${searched.map(typed).join('」「')}」` +
              (response.unmatched.length > 0
                ? `；没有找到：「${missing.join('」「')}」${uncoveredNote}`
                : found.length > 1
                  ? '（没有一个问题同时包含全部）'
                  : '') +
              '。',
      );
    }
    if (response.glossary.length > 0) {
      const p = document.createElement('p');
      p.append('术语表中相关的词：');
      response.glossary.forEach(([zh, en, slug], i) => {
        const a = document.createElement('a');
        a.href = `${glossaryUrl}#term-${slug}`;
        a.textContent = `${zh}（${en}）`;
        p.append(i > 0 ? '、' : '', a);
      });
      notes.append(p);
    }
    // A question that matches nothing is not a dead end: what was looked for, and where to go from
    // here. A question in English is one too when words were dropped as filler (「how does it
    // work」 searches 「work」); Latin letters that match nothing and hold no such word — qwxzjv —
    // get a bare 「没有结果」.
    const han = hasHan(query);
    const sentence = searched.length > 0 && (han || response.plan.dropped.length > 0);
    if (response.total === 0 && !filtered && sentence) {
      const p = document.createElement('p');
      p.append(
        `搜索了：「${searched.map(typed).join('」「')}」，知识库的问题和答案里${searched.length === 1 ? '没有这个词' : '都没有这些词'}。` +
          (han
            ? '可以换个说法（例如用术语），或按主题浏览：'
            : '知识库以中文写成：可以用中文提问，或用英文术语（例如「quantization」「knowledge distillation」），或按主题浏览：'),
      );
      const base = glossaryUrl.replace(/glossary\/$/u, '');
      TOPIC_IDS.forEach((id, i) => {
        const a = document.createElement('a');
        a.href = `${base}${id}/`;
        a.textContent = TOPICS[id].name;
        p.append(i > 0 ? '、' : '', a);
      });
      p.append('。');
      notes.append(p);
    }
    if (response.total === 0) {
      status.textContent = filtered
        ? `在所选主题和来源中没有找到与「${query}」相关的问题，可以取消部分筛选再试。`
        : response.glossary.length > 0
          ? `没有找到与「${query}」相关的问题，可以看看下面的术语。`
          : sentence
            ? `没有找到与「${query}」相关的问题。`
            : '没有结果。';
      return;
    }
    status.textContent =
      response.overview && isTopicId(response.overview)
        ? `没有找到与「${query}」直接相关的问题，列出「${TOPICS[response.overview].name}」的 ${response.hits.length} 个总览问题。`
        : showing(response.total, response.hits.length, response.estimated);
    append(response.hits);
  };

  /** The next PAGE results, after the ones shown (which keep their places). */
  const showMore = async () => {
    const shownBefore = current;
    if (!shownBefore) return;
    const mine = seq;
    more.disabled = true;
    try {
      const response = await search(shownBefore.query, { filters: shownBefore.filters, limit: shownBefore.shown.length + PAGE, expand });
      if (mine !== seq || current !== shownBefore) return;
      const fresh = response.hits.filter((h) => !shownBefore.shown.includes(h.question)).slice(0, PAGE);
      const links = append(fresh);
      shownBefore.shown.push(...fresh.map((h) => h.question));
      shownBefore.total = fresh.length === 0 ? shownBefore.shown.length : Math.max(response.total, shownBefore.shown.length);
      shownBefore.estimated = fresh.length > 0 && response.estimated;
      status.textContent = showing(shownBefore.total, shownBefore.shown.length, shownBefore.estimated);
      // Keyboard and screen-reader users continue at the first new result.
      links[0]?.focus();
    } finally {
      more.disabled = false;
      updateMore();
    }
  };
  more.addEventListener('click', () => void showMore());

  const run = async () => {
    const mine = ++seq;
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const box of boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
    const filtered = Object.keys(filters).length > 0;
    results.dataset.state = 'busy';
    current = undefined;
    updateMore();
    document.title = query ? `「${[...query].slice(0, 30).join('')}」的搜索结果 · ${baseTitle}` : baseTitle;
    if (query === '') {
      results.replaceChildren();
      notes.replaceChildren();
      status.textContent = '输入问题、术语或英文关键词开始搜索。';
      results.dataset.state = 'done';
      results.dataset.query = '';
      return;
    }
    status.textContent = '搜索中…';
    try {
      const response = await search(query, { filters, limit: PAGE, expand });
      if (mine !== seq) return;
      render(response, query, filtered);
      current = { query, filters, shown: response.hits.map((h) => h.question), total: response.total, estimated: response.estimated };
      updateMore();
    } catch {
      if (mine !== seq) return;
      results.replaceChildren();
      status.textContent = '搜索暂时不可用，请刷新页面重试。';
    }
    results.dataset.state = 'done';
    results.dataset.query = query;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl('push');
    void run();
  });
  notes.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('[data-search-expand]');
    if (!link) return;
    event.preventDefault();
    expand = link.dataset.searchExpand === '1';
    writeUrl('push');
    void run().then(() => notes.querySelector<HTMLAnchorElement>('[data-search-expand]')?.focus());
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
      writeUrl('replace');
      void run();
    }
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });
  readUrl();
  if (input.value.trim() === '' && !location.search) input.focus();
  void run();
}
