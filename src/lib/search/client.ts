/**
 * Browser-side search over the Pagefind index built into /pagefind/. Loaded on demand only.
 */
import { TOPICS, isTopicId } from '../topics.ts';

export interface SearchHit {
  title: string;
  url: string;
  topic: string;
  topicName: string;
  sources: string[];
  excerpt: string;
  score: number;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 40 });
    return module;
  })();
  return pagefind;
}

export async function search(query: string, filters: Record<string, string[]> = {}): Promise<SearchHit[]> {
  const engine = await loadPagefind();
  const response = await engine.search(query, { filters });
  const data = await Promise.all(response.results.slice(0, 20).map(async (r) => ({ r, d: await r.data() })));
  return data.map(({ r, d }) => {
    const topic = d.filters.topic?.[0] ?? '';
    const best = d.sub_results.find((s) => s.url.includes('#answer-')) ?? d.sub_results[0];
    return {
      title: d.meta.title ?? '',
      url: best?.url ?? d.url,
      topic,
      topicName: isTopicId(topic) ? TOPICS[topic].name : '',
      sources: d.filters.source ?? [],
      excerpt: best?.excerpt ?? d.excerpt,
      score: r.score,
    };
  });
}
