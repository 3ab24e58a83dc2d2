/** Related questions: the ones sharing the most terms with this one, same topic first on ties. */
import type { Question } from './kb.ts';

const termsOf = (q: Question) => new Set(q.entries.flatMap((e) => e.data.terms.map((t) => t.zh)));

// Terms nearly every answer uses say nothing about relatedness.
const UBIQUITOUS = new Set(['大模型', '参数', '模型', '人工智能', '深度学习']);

export function relatedQuestions(question: Question, all: readonly Question[], limit = 5): Question[] {
  const mine = [...termsOf(question)].filter((t) => !UBIQUITOUS.has(t));
  return all
    .filter((q) => q !== question)
    .map((q) => {
      const theirs = termsOf(q);
      const shared = mine.filter((t) => theirs.has(t)).length;
      return { q, score: shared + (q.topic === question.topic ? 0.5 : 0) };
    })
    .filter((x) => x.score >= 1.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.q);
}
