/**
 * Terms for the glossary page and for search: what the sources gloss (`模型剪枝（Model Pruning）`,
 * harvested while parsing) and the curated list (content/terms.yaml).
 */
import { glossaryTermSchema, type Entry, type GlossaryTerm } from '../../src/lib/schema.ts';
import type { ParsedArticle } from './articles.ts';
import { slugify, uniqueSlug } from './slug.ts';
import type { AttachableTerm, HarvestedTerm, LexiconTerm } from './terms.ts';

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
  const questionsByTerm = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const t of e.terms) {
      const key = termKey(t);
      if (!questionsByTerm.has(key)) questionsByTerm.set(key, new Set());
      questionsByTerm.get(key)!.add(`${e.topic}/${e.questionSlug}`);
    }
  }
  const taken = new Set<string>();
  const result: (GlossaryTerm & { id: string })[] = [];
  for (const [key, term] of byKey) {
    term.questions = [...(questionsByTerm.get(key) ?? [])].sort();
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
