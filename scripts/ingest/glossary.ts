/**
 * Terms for the glossary page and for search: what the sources gloss (`模型剪枝（Model Pruning）`,
 * harvested while parsing) and the vocabulary of the field (content/vocabulary.yaml).
 */
import { glossaryTermSchema, type Entry, type GlossaryTerm } from '../../src/lib/schema.ts';
import type { ParsedArticle } from './articles.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { normalizeForm, type VocabularyConcept } from '../../src/lib/vocabulary/match.ts';
import type { AttachableTerm, HarvestedTerm, LexiconTerm } from './terms.ts';

/**
 * The vocabulary's concepts that make glossary entries and chips on answers: terms and domains of
 * the field, not question frames (挑战, 应用) nor words so broad that they would tag every answer.
 */
export function vocabularyTerms(concepts: readonly VocabularyConcept[]): LexiconTerm[] {
  return concepts
    .filter((c) => c.kind !== 'aspect' && !c.broad)
    .map(({ zh, en, also, say }) => ({ zh, en, also, names: [zh, en, ...also, ...say] }));
}

const termKey = (term: { zh: string; en: string }): string => `${term.zh}|${term.en.toLowerCase()}`;

/**
 * The vocabulary's term a source's gloss names, if any: by its Chinese first (自然语言处理（NLP）
 * is 自然语言处理 whatever the English), then by its English (计算工具（function calling） is
 * 工具调用). The field's term is the one readers look up; the writer's wording is kept with it.
 */
export function glossedConcept(gloss: { zh: string; en: string }, lexicon: readonly LexiconTerm[]): LexiconTerm | undefined {
  const index = nameIndex(lexicon);
  return index.get(nameKey(gloss.zh)) ?? index.get(nameKey(gloss.en));
}

/**
 * The gloss as the writer worded it, cut back to the term's own name where the words before the
 * bracket run on past it (「该做微调（fine-tuning）」 glosses 微调, not 该做微调): the harvest stops at
 * function words only, and 该做 or 先用 is none.
 */
function writersWording(gloss: { zh: string; en: string }, term: LexiconTerm): { zh: string; en: string } {
  const ends = (term.names ?? [term.zh]).filter((name) => name !== '' && gloss.zh.endsWith(name));
  const longest = ends.sort((a, b) => b.length - a.length)[0];
  return { zh: longest ?? gloss.zh, en: gloss.en };
}

const nameKey = (name: string) => normalizeForm(name).trim();
const nameIndexes = new WeakMap<readonly LexiconTerm[], Map<string, LexiconTerm>>();

/** Each name of the lexicon's terms → the first term bearing it; built once per lexicon, read for every gloss. */
function nameIndex(lexicon: readonly LexiconTerm[]): Map<string, LexiconTerm> {
  let index = nameIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const term of lexicon) {
    for (const name of term.names ?? [term.zh, term.en, ...term.also]) {
      const key = nameKey(name);
      if (!index.has(key)) index.set(key, term);
    }
  }
  nameIndexes.set(lexicon, index);
  return index;
}

/**
 * Terms an entry can be tagged with. Curated terms first, each found in an answer by its own word
 * or by a source's gloss of it; the glosses of words the vocabulary lacks after them.
 */
export function attachableTerms(articles: readonly ParsedArticle[], lexicon: readonly LexiconTerm[]): AttachableTerm[] {
  const forms = new Map<LexiconTerm, string[]>(lexicon.map((term) => [term, [term.zh]]));
  const others: AttachableTerm[] = [];
  for (const gloss of uniqueBy(
    articles.flatMap((a) => a.harvested),
    termKey,
  )) {
    const concept = glossedConcept(gloss, lexicon);
    if (concept === undefined) others.push({ zh: gloss.zh, en: gloss.en, also: [] });
    else {
      const { zh } = writersWording(gloss, concept);
      if (!forms.get(concept)!.includes(zh)) forms.get(concept)!.push(zh);
    }
  }
  return [...lexicon.map(({ zh, en, also }, i) => ({ zh, en, also, forms: forms.get(lexicon[i]!)! })), ...others];
}

/**
 * glossary.json: every term some answer uses or a source glosses, with where the sources gloss it
 * and the questions using it. A gloss of a vocabulary term is that term's entry, with the writer's
 * wording kept (`glossed`), so the glossary lists 自然语言处理 once, not once per spelling.
 */
export function buildGlossary(
  articles: readonly ParsedArticle[],
  lexicon: readonly LexiconTerm[],
  entries: readonly Entry[],
): (GlossaryTerm & { id: string })[] {
  const harvested: HarvestedTerm[] = articles.flatMap((a) => a.harvested);
  const byKey = new Map<string, GlossaryTerm>();
  const glosses = harvested.map((gloss) => ({ gloss, concept: glossedConcept(gloss, lexicon) }));
  // Glosses of words the vocabulary lacks first, then the vocabulary's terms: the order that gives
  // a slug its suffix when two spell alike, kept as it was before glosses joined their terms.
  for (const { gloss } of glosses.filter((g) => g.concept === undefined)) {
    const key = termKey(gloss);
    const entry = byKey.get(key) ?? { slug: '', zh: gloss.zh, en: gloss.en, origin: 'source', glossed: [], occurrences: [], questions: [] };
    entry.occurrences.push({ file: gloss.file, line: gloss.line });
    byKey.set(key, entry);
  }
  for (const term of lexicon) {
    const key = termKey(term);
    if (!byKey.has(key))
      byKey.set(key, { slug: '', zh: term.zh, en: term.en, origin: 'lexicon', glossed: [], occurrences: [], questions: [] });
  }
  for (const { gloss, concept } of glosses) {
    if (concept === undefined) continue;
    const entry = byKey.get(termKey(concept))!;
    entry.origin = 'source';
    entry.occurrences.push({ file: gloss.file, line: gloss.line });
    const wording = writersWording(gloss, concept);
    const known = [entry, ...entry.glossed].some((w) => termKey(w) === termKey(wording));
    if (!known) entry.glossed.push(wording);
  }
  // An answer shows one chip per Chinese term (termsIn): two glosses of one word in different
  // English (卷积网络（CNN）, 卷积网络（ConvNet）) are used by the same questions.
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
