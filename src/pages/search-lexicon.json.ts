/**
 * /search-lexicon.json — what the search client needs beyond Pagefind's index for every query: a
 * Traditional → Simplified table for the characters of this corpus and the words on most pages
 * (src/lib/search/lexicon.ts). Three more parts are fetched only by the queries that need them
 * (search-terms/<letter>.json for the Latin words of a query, search-thesaurus/<n>.json for the characters of
 * a query on the full search page, search-glossary.json when a search finds no full match); they are built
 * by src/lib/search/lexicon-build.ts.
 */
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../lib/kb.ts';
import { buildLexicon, commonWords } from '../lib/search/lexicon.ts';
import { vocabulary } from '../lib/search/retriever-build.ts';
import { t2sCandidates } from '../lib/search/t2s-candidates.ts';

export const GET: APIRoute = async () => {
  const { questions, articles } = await knowledgeBase();
  const entries = questions.flatMap((q) => q.entries);
  const texts = [
    ...questions.map((q) => q.title),
    ...articles.map((a) => a.data.title),
    ...entries.flatMap((e) => [e.data.title, e.body ?? '', ...e.data.terms.map((t) => t.zh)]),
  ];
  // What each question page offers the index: its question, answers and term chips.
  const pages = questions.map((q) =>
    [q.title, ...q.entries.flatMap((e) => [e.data.title, e.body ?? '', ...e.data.terms.flatMap((t) => [t.zh, t.en, ...t.also])])].join(
      '\n',
    ),
  );
  const { v, t2s } = buildLexicon([...texts, ...vocabulary().flatMap((c) => [c.zh, ...c.say])], [], t2sCandidates());
  return new Response(JSON.stringify({ v, t2s, common: commonWords(pages) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
