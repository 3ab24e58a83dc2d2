/**
 * The parts of the search lexicon fetched on demand (src/pages/search-*.json.ts). Build-time only.
 */
import { getCollection } from 'astro:content';
import { knowledgeBase } from '../kb.ts';
import { buildLexicon, conceptRows, termShard, type BilingualTerm, type Lexicon } from './lexicon.ts';
import { vocabulary } from './retriever-build.ts';
import { buildThesaurusShards, type ThesaurusShard } from './thesaurus.ts';

let shardsOnce: Promise<Map<string, Pick<Lexicon, 'terms'>>> | undefined;

/**
 * English → Chinese: the terms attached to entries, the glossary and the vocabulary's English, by
 * shard (termShard); built once per build, read by every shard's page.
 */
export function termsShards(): Promise<Map<string, Pick<Lexicon, 'terms'>>> {
  shardsOnce ??= buildTermsShards();
  return shardsOnce;
}

async function buildTermsShards(): Promise<Map<string, Pick<Lexicon, 'terms'>>> {
  const { questions } = await knowledgeBase();
  const glossary = await getCollection('glossary');
  const terms: BilingualTerm[] = [
    ...questions.flatMap((q) => q.entries).flatMap((e) => e.data.terms),
    ...glossary.flatMap((g) => [{ zh: g.data.zh, en: g.data.en }, ...g.data.glossed]),
    ...vocabulary().map((c) => ({ zh: c.zh, en: c.en, also: c.also })),
  ];
  const shards = new Map<string, Pick<Lexicon, 'terms'>>();
  for (const row of buildLexicon([], terms, []).terms) {
    const shard = termShard(row[0]!);
    const part = shards.get(shard) ?? { terms: [] };
    part.terms.push(row);
    shards.set(shard, part);
  }
  return shards;
}

let thesaurusOnce: ThesaurusShard[] | undefined;

/** The thesaurus (the vocabulary's Chinese forms) in shards by character (thesaurus.ts); built once per build. */
export function thesaurusShards(): ThesaurusShard[] {
  const concepts = vocabulary();
  thesaurusOnce ??= buildThesaurusShards(concepts, conceptRows(concepts));
  return thesaurusOnce;
}

/** Glossary terms, offered when a search finds no full match. */
export async function glossaryPart(): Promise<Pick<Lexicon, 'glossary'>> {
  const glossary = await getCollection('glossary');
  return { glossary: glossary.map((g): [string, string, string] => [g.data.zh, g.data.en, g.data.slug]) };
}
