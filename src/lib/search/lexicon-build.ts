/**
 * The parts of the search lexicon fetched on demand (src/pages/search-*.json.ts). Build-time only.
 */
import { getCollection } from 'astro:content';
import { knowledgeBase } from '../kb.ts';
import { buildLexicon, conceptRows, type BilingualTerm, type Lexicon } from './lexicon.ts';
import { retrieverData, vocabulary } from './retriever-build.ts';

/** English → Chinese: the terms attached to entries, the glossary and the vocabulary's English. */
export async function termsPart(): Promise<Pick<Lexicon, 'terms'>> {
  const { questions } = await knowledgeBase();
  const glossary = await getCollection('glossary');
  const terms: BilingualTerm[] = [
    ...questions.flatMap((q) => q.entries).flatMap((e) => e.data.terms),
    ...glossary.map((g) => ({ zh: g.data.zh, en: g.data.en })),
    ...vocabulary().map((c) => ({ zh: c.zh, en: c.en, also: c.also })),
  ];
  return { terms: buildLexicon([], terms, []).terms };
}

/** The thesaurus (the vocabulary's Chinese forms) and the question retriever's metadata. */
export async function thesaurusPart(): Promise<Pick<Lexicon, 'concepts' | 'questions'>> {
  return { concepts: conceptRows(vocabulary()), questions: (await retrieverData()).meta };
}

/** Glossary terms, offered when a search finds no full match. */
export async function glossaryPart(): Promise<Pick<Lexicon, 'glossary'>> {
  const glossary = await getCollection('glossary');
  return { glossary: glossary.map((g): [string, string, string] => [g.data.zh, g.data.en, g.data.slug]) };
}
