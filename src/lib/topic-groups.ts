/**
 * The sections of a topic page: each question is listed under the `group` of the most telling
 * concept in its title, as the vocabulary (content/vocabulary.yaml) files it — a domain first
 * (医疗, 金融: what a reader scans 应用 and 挑战 lists for), then a specific term (隐私, 分布式训练),
 * then the question's aspect (挑战 → 总体挑战). Groups appear in the vocabulary's order, so the
 * maintainer who orders the file orders the pages; a short topic is one plain list.
 */
import type { VocabularyConcept, VocabularyMatcher } from './vocabulary/match.ts';

/** Below this many questions a topic page is one list: sections of one or two would only add noise. */
export const MIN_GROUPED = 10;
export const OTHER = '其他';

function rank(c: VocabularyConcept): number {
  const kind = c.kind === 'domain' ? 0 : c.kind === 'term' ? 1 : 2;
  return kind * 2 + (c.broad ? 1 : 0);
}

/** The group a question title is listed under, or undefined when no concept in it has one. */
export function groupOf(title: string, matcher: VocabularyMatcher): VocabularyConcept | undefined {
  return matcher
    .find(title)
    .map((m) => m.concept)
    .filter((c) => c.group !== undefined)
    .reduce<VocabularyConcept | undefined>((best, c) => (best === undefined || rank(c) < rank(best) ? c : best), undefined);
}

export function groupQuestions<T extends { title: string }>(
  questions: readonly T[],
  matcher: VocabularyMatcher,
): { name: string; questions: T[] }[] {
  if (questions.length < MIN_GROUPED) return [{ name: '', questions: [...questions] }];
  const buckets = new Map<string, { line: number; questions: T[] }>();
  for (const q of questions) {
    const concept = groupOf(q.title, matcher);
    const name = concept?.group ?? OTHER;
    // A group sits where its first concept is in the vocabulary; 其他 goes last.
    const line = concept ? Math.min(...matcher.concepts.filter((c) => c.group === name).map((c) => c.line)) : Number.POSITIVE_INFINITY;
    const bucket = buckets.get(name) ?? { line, questions: [] };
    bucket.questions.push(q);
    buckets.set(name, bucket);
  }
  const groups = [...buckets].sort((a, b) => a[1].line - b[1].line).map(([name, b]) => ({ name, questions: b.questions }));
  return groups.length > 1 ? groups : [{ name: '', questions: [...questions] }];
}
