/**
 * The practice page's behaviour (loaded only by /practice/). The scope comes from the URL
 * (?topic=… / ?article=… / ?q=<topic>/<slug>), so a choice can be shared; progress lives in
 * localStorage under one key; answers are fetched per topic from files of the same build.
 */
import { emptyState, mark, merge, nextDue, parseState, progress, queue, RETRY_GAP, type PracticeState } from '../lib/practice/schedule.ts';
import type { PracticeAnswers, PracticeCatalog, PracticeQuestion } from '../lib/practice/types.ts';
import katexCss from 'katex/dist/katex.min.css?url';

const STORAGE_KEY = 'kb-practice';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

function loadState(): PracticeState {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? parseState(text) : emptyState();
  } catch {
    // Storage blocked or a damaged record: start afresh rather than break the page.
    return emptyState();
  }
}

function saveState(state: PracticeState): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

const announcer = $('[data-announcer]');
function announce(text: string) {
  if (!announcer) return;
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = text), 50);
}

/**
 * KaTeX's stylesheet, added the first time an answer has a formula. The page does not link it
 * itself: like every page, it links it only when its own HTML has math (tests check that), and
 * most answers have none. The service worker precaches it for offline practice.
 */
function ensureKatexCss() {
  if (document.querySelector('link[data-katex]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = katexCss;
  link.dataset.katex = '';
  document.head.append(link);
}

const formatDate = (ms: number) =>
  new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);

export function startPractice(): void {
  const dataEl = document.getElementById('practice-catalog');
  if (!dataEl?.textContent) return;
  const catalog = JSON.parse(dataEl.textContent) as PracticeCatalog;
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const topicName = new Map(catalog.topics.map((t) => [t.id, t.name]));

  const card = $('[data-practice-card]')!;
  const done = $('[data-practice-done]')!;
  const status = $('[data-practice-status]')!;
  const heading = $('[data-practice-question]')!;
  const reveal = $<HTMLButtonElement>('[data-practice-reveal]')!;
  const marks = $('[data-practice-marks]')!;
  const answersBox = $('[data-practice-answers]')!;
  const pageLink = $<HTMLAnchorElement>('[data-practice-page]')!;
  const prevButton = $<HTMLButtonElement>('[data-practice-move="-1"]')!;
  const nextButton = $<HTMLButtonElement>('[data-practice-move="1"]')!;
  const select = $<HTMLSelectElement>('#practice-scope')!;

  let state = loadState();
  let ids: string[] = [];
  let order: string[] = [];
  let at = 0;
  let revealed = false;
  let early = false;

  // ── Scope: URL ⇄ <select>. The URL is the shareable form of the choice.
  const params = new URLSearchParams(location.search);
  const scopeFromUrl = () => {
    const topic = params.get('topic');
    const article = params.get('article');
    if (topic && catalog.topics.some((t) => t.id === topic)) return `topic:${topic}`;
    if (article && catalog.articles.some((a) => a.slug === article)) return `article:${article}`;
    return '';
  };
  const inScope = (scope: string) => (q: PracticeQuestion) => {
    const [kind, value] = scope.split(':');
    if (kind === 'topic') return q.topic === value;
    if (kind === 'article') return q.articles.includes(value!);
    return true;
  };
  select.value = scopeFromUrl();
  const focusId = params.get('q');

  function setScope(scope: string, first?: string | null) {
    ids = catalog.questions.filter(inScope(scope)).map((q) => q.id);
    early = false;
    order = queue(ids, state, Date.now());
    if (first && byId.has(first)) order = [first, ...order.filter((id) => id !== first)];
    at = 0;
    show();
  }

  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.search = '';
    const [kind, value] = select.value.split(':');
    if (kind && value) url.searchParams.set(kind, value);
    history.replaceState(null, '', url);
    setScope(select.value);
    announce(`练习范围：${select.selectedOptions[0]?.textContent ?? ''}`);
  });

  // ── Answers: one file per topic, fetched once (and kept by the service worker for offline use).
  const answerFiles = new Map<string, Promise<PracticeAnswers>>();
  function answersOf(q: PracticeQuestion) {
    const url = catalog.answerFiles[q.topic]!;
    if (!answerFiles.has(url)) {
      const load = fetch(url).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<PracticeAnswers>;
      });
      load.catch(() => answerFiles.delete(url));
      answerFiles.set(url, load);
    }
    return answerFiles.get(url)!;
  }

  function renderAnswers(q: PracticeQuestion, answers: PracticeAnswers) {
    const list = answers[q.id] ?? [];
    answersBox.replaceChildren();
    list.forEach((a, i) => {
      const section = document.createElement('section');
      section.className = 'practice-answer';
      section.setAttribute('aria-label', `回答 ${i + 1}：${a.source}`);
      const source = document.createElement('p');
      source.className = 'provenance';
      const link = document.createElement('a');
      link.href = a.url;
      link.textContent = `《${a.source}》`;
      source.append(list.length > 1 ? `回答 ${i + 1} / ${list.length} · 出自` : '出自', link, a.label ? ` ${a.label}` : '');
      const prose = document.createElement('div');
      prose.className = 'prose';
      // Our own build's HTML (rendered from escaped Markdown at build time), parsed inert.
      const doc = new DOMParser().parseFromString(`<body>${a.html}</body>`, 'text/html');
      // Ids would collide with this page's and with each other's.
      for (const el of doc.body.querySelectorAll('[id]')) el.removeAttribute('id');
      prose.append(...doc.body.childNodes);
      section.append(source);
      if (a.truncated) {
        const note = document.createElement('p');
        note.className = 'notice';
        note.setAttribute('role', 'note');
        note.textContent = '原文在此处被截断：这条回答的最后一句不完整。';
        section.append(note);
      }
      section.append(prose);
      answersBox.append(section);
    });
    if (answersBox.querySelector('.katex')) ensureKatexCss();
    // The site module draws diagrams (src/scripts/site.ts); importing Mermaid here would cost every page.
    document.dispatchEvent(new Event('kb:content'));
  }

  // ── The card.
  function show() {
    renderProgress();
    revealed = false;
    const id = order[at];
    const q = id === undefined ? undefined : byId.get(id);
    card.hidden = !q;
    done.hidden = Boolean(q);
    if (!q) {
      const when = nextDue(ids, state, Date.now());
      $('[data-practice-next]')!.textContent =
        ids.length === 0
          ? '这个范围里没有题目。'
          : when === null
            ? `这个范围的 ${ids.length} 道题都练过了。`
            : `这个范围的 ${ids.length} 道题都已安排复习，最早的一道在 ${formatDate(when)} 到期。`;
      $<HTMLButtonElement>('[data-practice-early]')!.hidden = ids.length === 0;
      return;
    }
    const c = state.cards[q.id];
    const kind = !c || c.box === 0 ? '新题' : c.due <= Date.now() || early ? `复习 · 第 ${c.box} 盒` : `第 ${c.box} 盒`;
    status.replaceChildren(
      // The queue shrinks as questions are marked: 「第 1 / 4 题」 after two marks read as a miscount
      // (found by a newcomer), so it says how many are left, and where among them when moved on.
      ...[at === 0 ? `还剩 ${order.length} 题` : `剩下 ${order.length} 题中的第 ${at + 1} 题`, topicName.get(q.topic) ?? q.topic, kind].map(
        (text) => {
          const span = document.createElement('span');
          span.textContent = text;
          return span;
        },
      ),
    );
    heading.textContent = q.title;
    pageLink.href = q.url;
    reveal.hidden = false;
    reveal.setAttribute('aria-expanded', 'false');
    marks.hidden = true;
    answersBox.hidden = true;
    answersBox.replaceChildren();
    prevButton.disabled = at === 0;
    nextButton.disabled = at >= order.length - 1;
    // Load this topic's answers now, so revealing is instant (and they are cached for offline use).
    void answersOf(q).catch(() => undefined);
  }

  async function doReveal() {
    const q = byId.get(order[at] ?? '');
    if (!q || revealed) return;
    revealed = true;
    reveal.hidden = true;
    reveal.setAttribute('aria-expanded', 'true');
    answersBox.hidden = false;
    marks.hidden = false;
    answersBox.textContent = '正在载入答案…';
    try {
      renderAnswers(q, await answersOf(q));
      announce('答案已显示。按 1 标记会了，按 2 标记还不熟。');
    } catch {
      answersBox.textContent = navigator.onLine
        ? '答案载入失败，请稍后再试，或打开问题页阅读。'
        : '现在离线，这道题的答案还没有保存在本机。联网后打开一次练习页即可离线使用。';
    }
    // Focus the answers (a screen reader reads them next; the view scrolls to them); 「会了」/「还不熟」 follow.
    answersBox.focus();
  }

  function doMark(knew: boolean) {
    const id = order[at];
    if (id === undefined || !revealed) return;
    state = mark(state, id, knew, Date.now());
    const saved = saveState(state);
    if (!knew) {
      // 还不熟: it comes back a few questions later in this session.
      order.splice(Math.min(order.length, at + 1 + RETRY_GAP), 0, id);
    }
    order.splice(at, 1);
    if (at > order.length) at = order.length;
    announce(`${knew ? '已标记会了' : '已标记还不熟，稍后会再出现'}${saved ? '' : '（浏览器不允许保存进度）'}`);
    show();
    focusCard();
  }

  function move(delta: number) {
    const next = at + delta;
    if (next < 0 || next >= order.length) return;
    at = next;
    show();
    focusCard();
  }

  function focusCard() {
    (card.hidden ? $('#practice-done-title') : heading)?.focus();
  }

  reveal.addEventListener('click', () => void doReveal());
  marks.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-practice-mark]');
    if (button) doMark(button.dataset.practiceMark === 'known');
  });
  prevButton.addEventListener('click', () => move(-1));
  nextButton.addEventListener('click', () => move(1));
  $('[data-practice-early]')!.addEventListener('click', () => {
    early = true;
    order = queue(ids, state, Date.now(), true);
    at = 0;
    show();
    focusCard();
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || card.hidden) return;
    const target = event.target as HTMLElement | null;
    // Keys keep their usual meaning in form fields, and Space/Enter on a focused control press it.
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const onControl = Boolean(target?.closest('button, a, summary'));
    if (event.key === ' ' && !onControl && !revealed) {
      event.preventDefault();
      void doReveal();
    } else if ((event.key === '1' || event.key === '2') && revealed) {
      event.preventDefault();
      doMark(event.key === '1');
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      move(event.key === 'ArrowRight' ? 1 : -1);
    }
  });

  // ── Progress per topic.
  function renderProgress() {
    const now = Date.now();
    for (const li of document.querySelectorAll<HTMLElement>('[data-practice-progress] [data-topic]')) {
      const topicIds = catalog.questions.filter((q) => q.topic === li.dataset.topic).map((q) => q.id);
      const p = progress(topicIds, state, now);
      li.querySelector('progress')!.value = p.known;
      li.querySelector('[data-figures]')!.textContent = `会了 ${p.known} / ${p.total}${p.due > 0 ? ` · 待复习 ${p.due}` : ''}`;
    }
  }

  // ── Export, import, reset.
  $('[data-practice-export]')!.addEventListener('click', () => {
    const blob = new Blob([`${JSON.stringify({ app: '大模型知识库', ...state }, null, 1)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `大模型知识库-练习进度-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    announce('进度已导出。');
  });
  const importInput = $<HTMLInputElement>('[data-practice-import]')!;
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    try {
      const imported = parseState(await file.text());
      state = merge(state, imported);
      saveState(state);
      setScope(select.value);
      announce(`已导入 ${Object.keys(imported.cards).length} 道题的进度。`);
    } catch (error) {
      announce(`导入失败：${(error as Error).message}`);
      alert(`导入失败：${(error as Error).message}`);
    } finally {
      importInput.value = '';
    }
  });
  $('[data-practice-reset]')!.addEventListener('click', () => {
    if (!confirm('清除这个浏览器里的全部练习进度？此操作无法撤销（可先导出进度）。')) return;
    state = emptyState();
    saveState(state);
    setScope(select.value);
    announce('练习进度已清除。');
  });

  // Another tab practised: pick up its progress.
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    state = loadState();
    renderProgress();
  });

  setScope(select.value, focusId);
}
