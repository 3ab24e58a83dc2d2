/**
 * /search-lexicon.json — what the search client needs beyond Pagefind's index: a Traditional →
 * Simplified table for the characters of this corpus and the English → Chinese terms attached to
 * entries, the vocabulary of the field for the thesaurus, the question retriever's metadata and the
 * glossary (src/lib/search/lexicon.ts). Regenerated on every build; fetched on the first search.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { knowledgeBase } from '../lib/kb.ts';
import { buildLexicon, commonWords, conceptRows, type BilingualTerm } from '../lib/search/lexicon.ts';
import { retrieverData, vocabulary } from '../lib/search/retriever-build.ts';
import { t2sCandidates } from '../lib/search/t2s-candidates.ts';
import { SEARCH_VOCABULARY } from '../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const { questions, articles } = await knowledgeBase();
  const entries = questions.flatMap((q) => q.entries);
  const glossary = await getCollection('glossary');
  const texts = [
    ...questions.map((q) => q.title),
    ...articles.map((a) => a.data.title),
    ...entries.flatMap((e) => [e.data.title, e.body ?? '', ...e.data.terms.map((t) => t.zh)]),
  ];
  const terms: BilingualTerm[] = [
    ...entries.flatMap((e) => e.data.terms),
    ...glossary.map((g) => ({ zh: g.data.zh, en: g.data.en })),
    ...vocabulary().map((c) => ({ zh: c.zh, en: c.en, also: c.also })),
    ...SEARCH_VOCABULARY,
  ];
  // What each question page offers the index: its question, answers and term chips.
  const pages = questions.map((q) =>
    [q.title, ...q.entries.flatMap((e) => [e.data.title, e.body ?? '', ...e.data.terms.flatMap((t) => [t.zh, t.en, ...t.also])])].join(
      '\n',
    ),
  );
  const lexicon = {
    ...buildLexicon([...texts, ...vocabulary().flatMap((c) => [c.zh, ...c.say])], terms, t2sCandidates()),
    common: commonWords(pages),
    concepts: conceptRows(vocabulary()),
    questions: (await retrieverData()).meta,
    glossary: glossary.map((g): [string, string, string] => [g.data.zh, g.data.en, g.data.slug]),
  };
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
