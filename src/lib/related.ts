/** Related questions: the ones sharing the most terms with this one, same topic first on ties. */
import type { Question } from './kb.ts';

// Terms nearly every answer uses say nothing about relatedness.
const UBIQUITOUS = new Set(['大模型', '参数', '模型', '人工智能', '深度学习']);

const termsOf = (q: Question) => new Set(q.entries.flatMap((e) => e.data.terms.map((t) => t.zh)));

interface TermIndex {
  terms: Map<Question, Set<string>>;
  /** term → the questions using it, in the order of `all`. */
  byTerm: Map<string, Question[]>;
  position: Map<Question, number>;
}

// Built once per question list: comparing every question with every other one, re-deriving term
// sets each time, took ~9 minutes for 12,000 questions (scripts/bench); the index takes seconds.
const indexes = new WeakMap<readonly Question[], TermIndex>();

function termIndex(all: readonly Question[]): TermIndex {
  let index = indexes.get(all);
  if (!index) {
    const terms = new Map(all.map((q) => [q, termsOf(q)]));
    const byTerm = new Map<string, Question[]>();
    for (const q of all) {
      for (const t of terms.get(q)!) {
        const list = byTerm.get(t);
        if (list) list.push(q);
        else byTerm.set(t, [q]);
      }
    }
    index = { terms, byTerm, position: new Map(all.map((q, i) => [q, i])) };
    indexes.set(all, index);
  }
  return index;
}

export function relatedQuestions(question: Question, all: readonly Question[], limit = 5): Question[] {
  const { terms, byTerm, position } = termIndex(all);
  const mine = [...(terms.get(question) ?? termsOf(question))].filter((t) => !UBIQUITOUS.has(t));
  // Only questions sharing a term can reach the threshold (a same-topic bonus alone is 0.5).
  const shared = new Map<Question, number>();
  for (const t of mine) for (const q of byTerm.get(t) ?? []) if (q !== question) shared.set(q, (shared.get(q) ?? 0) + 1);
  return [...shared]
    .map(([q, n]) => ({ q, score: n + (q.topic === question.topic ? 0.5 : 0) }))
    .filter((x) => x.score >= 1.5)
    .sort((a, b) => b.score - a.score || position.get(a.q)! - position.get(b.q)!)
    .slice(0, limit)
    .map((x) => x.q);
}
