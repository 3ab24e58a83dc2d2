/**
 * Terms for the glossary page and for search: what the sources gloss (`模型剪枝（Model Pruning）`,
 * harvested while parsing) and the vocabulary of the field (content/vocabulary.yaml).
 */
import { glossaryTermSchema, type Entry, type GlossaryTerm } from '../../src/lib/schema.ts';
import type { ParsedArticle } from './articles.ts';
import { slugify, uniqueSlug } from './slug.ts';
import type { VocabularyConcept } from '../../src/lib/vocabulary/match.ts';
import type { AttachableTerm, HarvestedTerm, LexiconTerm } from './terms.ts';

/**
 * The vocabulary's concepts that make glossary entries and chips on answers: terms and domains of
 * the field, not question frames (挑战, 应用) nor words so broad that they would tag every answer.
 */
export function vocabularyTerms(concepts: readonly VocabularyConcept[]): LexiconTerm[] {
  return concepts.filter((c) => c.kind !== 'aspect' && !c.broad).map(({ zh, en, also }) => ({ zh, en, also }));
}

const termKey = (term: { zh: string; en: string }): string => `${term.zh}|${term.en.toLowerCase()}`;

/** Terms an entry can be tagged with. Curated terms first: where both gloss the same word, the curated one carries the aliases. */
export function attachableTerms(articles: readonly ParsedArticle[], lexicon: readonly LexiconTerm[]): AttachableTerm[] {
  const harvested = uniqueBy(
    articles.flatMap((a) => a.harvested),
    termKey,
  );
  return [...lexicon, ...harvested.map((t) => ({ zh: t.zh, en: t.en, also: [] }))];
}

/** glossary.json: every harvested term with where it occurs, curated terms some answer uses, and the questions using each. */
export function buildGlossary(
  articles: readonly ParsedArticle[],
  lexicon: readonly LexiconTerm[],
  entries: readonly Entry[],
): (GlossaryTerm & { id: string })[] {
  const harvested: HarvestedTerm[] = articles.flatMap((a) => a.harvested);
  const byKey = new Map<string, GlossaryTerm>();
  for (const term of harvested) {
    const key = termKey(term);
    const existing = byKey.get(key);
    if (existing) existing.occurrences.push({ file: term.file, line: term.line });
    else
      byKey.set(key, {
        slug: '',
        zh: term.zh,
        en: term.en,
        origin: 'source',
        occurrences: [{ file: term.file, line: term.line }],
        questions: [],
      });
  }
  for (const term of lexicon) {
    const key = termKey(term);
    if (!byKey.has(key)) byKey.set(key, { slug: '', zh: term.zh, en: term.en, origin: 'lexicon', occurrences: [], questions: [] });
  }
  // An answer shows one chip per Chinese term (termsIn): a source's gloss of a word the vocabulary
  // also has (自然语言处理（NLP）) is used by the questions whose chip is the vocabulary's.
  const questionsByTerm = new Map<string, Set<string>>();
  const questionsByZh = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const t of e.terms) {
      for (const [map, key] of [
        [questionsByTerm, termKey(t)],
        [questionsByZh, t.zh],
      ] as const) {
        if (!map.has(key)) map.set(key, new Set());
        map.get(key)!.add(`${e.topic}/${e.questionSlug}`);
      }
    }
  }
  const taken = new Set<string>();
  const result: (GlossaryTerm & { id: string })[] = [];
  for (const [key, term] of byKey) {
    const using = term.origin === 'source' ? questionsByZh.get(term.zh) : questionsByTerm.get(key);
    term.questions = [...(using ?? [])].sort();
    // Curated terms no answer uses would be dead links on the glossary page.
    if (term.origin === 'lexicon' && term.questions.length === 0) continue;
    const slug = uniqueSlug(slugify(term.en, 48) || slugify(term.zh, 48) || 'term', taken);
    taken.add(slug);
    result.push({ id: slug, ...glossaryTermSchema.parse({ ...term, slug }) });
  }
  return result.sort((a, b) => a.slug.localeCompare(b.slug));
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
