/**
 * /entries.json — the public catalog (SPEC: "The build publishes /entries.json"). One object per
 * entry, in article order; `url` is base-aware, `anchor` is the id of the answer on that page.
 */
import type { APIRoute } from 'astro';
import { knowledgeBase, questionPath } from '../lib/kb.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const { questions, articles } = await knowledgeBase();
  const order = new Map(articles.map((a) => [a.data.file, a.data.order]));
  const entries = questions
    .flatMap((q) => q.entries.map((e) => ({ q, e })))
    .sort((a, b) => (order.get(a.e.data.source.file) ?? 0) - (order.get(b.e.data.source.file) ?? 0) || a.e.data.order - b.e.data.order)
    .map(({ q, e }) => ({
      id: e.data.id,
      question: q.title,
      topic: q.topic,
      url: href(questionPath(q)),
      anchor: e.data.anchor,
      source: { file: e.data.source.file, heading: e.data.source.heading, index: e.data.source.index, line: e.data.source.line },
      truncated: e.data.truncated,
    }));
  return new Response(`${JSON.stringify(entries, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
