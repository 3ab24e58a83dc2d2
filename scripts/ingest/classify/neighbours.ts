/**
 * When the vocabulary cannot decide — no topic word at all, or two topics within a point of each
 * other — the questions most like this one decide: those whose topic the vocabulary did settle
 * clearly vote, each with its similarity. A reader sees which questions voted.
 */
import { TOPIC_IDS, TOPICS, type TopicId } from '../../../src/lib/topics.ts';
import type { Classification } from './classify.ts';

/** A lead smaller than this (one broad word's worth) leaves the decision to the neighbours. */
export const UNSURE_MARGIN = 1;
/** How many neighbours vote, and how similar one must be to vote at all. */
export const NEIGHBOURS = 5;
export const MIN_SIMILARITY = 0.2;

export interface Classified {
  title: string;
  classification: Classification;
}

export function margin(scores: Record<TopicId, number>): number {
  const sorted = TOPIC_IDS.map((t) => scores[t]).sort((a, b) => b - a);
  return sorted[0]! - sorted[1]!;
}

export function isUnsure(c: Classification): boolean {
  return margin(c.scores) < UNSURE_MARGIN;
}

/** The decided questions most like `question`, with their similarity (0–1). */
export type Nearest<T> = (question: T, decided: readonly T[]) => { other: T; sim: number }[];

/** Settle unsure classifications by a vote of similar, clearly classified questions. */
export function settleByNeighbours<T extends Classified>(questions: readonly T[], nearest: Nearest<T>): Classification[] {
  const sure = questions.filter((q) => !isUnsure(q.classification));
  return questions.map((q) => {
    if (!isUnsure(q.classification)) return q.classification;
    const voters = nearest(q, sure)
      .filter((v) => v.sim >= MIN_SIMILARITY)
      .sort((a, b) => b.sim - a.sim || a.other.title.localeCompare(b.other.title))
      .slice(0, NEIGHBOURS);
    if (voters.length === 0) return q.classification;
    const tally = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
    for (const v of voters) tally[v.other.classification.topic] += v.sim;
    // Neighbours only choose among the topics the question's own words allow, when there are any.
    const best = Math.max(...TOPIC_IDS.map((t) => q.classification.scores[t]));
    const allowed = TOPIC_IDS.filter((t) => best === 0 || q.classification.scores[t] >= best - UNSURE_MARGIN);
    const topic = allowed.reduce(
      (a, t) => (tally[t] > tally[a] ? t : a),
      allowed.includes(q.classification.topic) ? q.classification.topic : allowed[0]!,
    );
    if (tally[topic] === 0 || topic === q.classification.topic) return q.classification;
    const who = voters
      .filter((v) => v.other.classification.topic === topic)
      .map((v) => `「${v.other.title}」`)
      .slice(0, 3)
      .join('、');
    return {
      ...q.classification,
      topic,
      // The decision first: the vocabulary's own reading names another topic, which a reader of
      // 「为什么归入「应用与商业」？」 would otherwise read first as the answer.
      reason: `分数相近，由最相似的已归类问题投票归入「${TOPICS[topic].name}」：${who}。${q.classification.reading ?? ''}`,
    };
  });
}
