/**
 * The sections of a topic page: each question is listed under the `group` of the most telling
 * concept in its title, as the vocabulary (content/vocabulary.yaml) files it — a domain first
 * (医疗, 金融: what a reader scans 应用 and 挑战 lists for), then a specific term of the page's
 * topic (隐私 on the challenges page, 分布式训练 on the training page), then its aspect (挑战 →
 * 总体挑战), then anything else, broad words last. Groups appear in the vocabulary's order, so the
 * maintainer who orders the file orders the pages; a group of one joins 其他, and a short topic
 * is one plain list.
 */
import type { TopicId } from './topics.ts';
import type { VocabularyConcept, VocabularyMatcher } from './vocabulary/match.ts';

/** Below this many questions a topic page is one list: sections of one or two would only add noise. */
export const MIN_GROUPED = 10;
export const OTHER = '其他';

function rank(c: VocabularyConcept, topic: TopicId): number {
  if (c.broad) return 5;
  if (c.kind === 'domain') return 0;
  if (c.kind === 'term' && c.topic === topic) return 1;
  if (c.kind === 'aspect' && c.topic === topic) return 2;
  return c.kind === 'term' ? 3 : 4;
}

/** The concept whose group a question title is listed under, or undefined when none has one. */
export function groupOf(title: string, topic: TopicId, matcher: VocabularyMatcher): VocabularyConcept | undefined {
  return matcher
    .find(title)
    .map((m) => m.concept)
    .filter((c) => c.group !== undefined)
    .reduce<VocabularyConcept | undefined>((best, c) => (best === undefined || rank(c, topic) < rank(best, topic) ? c : best), undefined);
}

export function groupQuestions<T extends { title: string }>(
  topic: TopicId,
  questions: readonly T[],
  matcher: VocabularyMatcher,
): { name: string; questions: T[] }[] {
  if (questions.length < MIN_GROUPED) return [{ name: '', questions: [...questions] }];
  const chosen = questions.map((q) => groupOf(q.title, topic, matcher)?.group);
  const sizes = new Map<string, number>();
  for (const name of chosen) if (name !== undefined) sizes.set(name, (sizes.get(name) ?? 0) + 1);
  const buckets = new Map<string, { line: number; questions: T[] }>();
  for (const [i, q] of questions.entries()) {
    const group = chosen[i];
    const name = group !== undefined && sizes.get(group)! > 1 ? group : OTHER;
    // A group sits where its first concept is in the vocabulary; 其他 goes last.
    const line =
      name === OTHER ? Number.POSITIVE_INFINITY : Math.min(...matcher.concepts.filter((c) => c.group === name).map((c) => c.line));
    const bucket = buckets.get(name) ?? { line, questions: [] };
    bucket.questions.push(q);
    buckets.set(name, bucket);
  }
  const groups = [...buckets].sort((a, b) => a[1].line - b[1].line).map(([name, b]) => ({ name, questions: b.questions }));
  return groups.length > 1 ? groups : [{ name: '', questions: [...questions] }];
}
