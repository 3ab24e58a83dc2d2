/**
 * Pipeline stage "classify": every question gets a topic from a classifier, which sees the question's
 * headings, the sections they sit in and the answers, and explains its choice. Questions the
 * classifier cannot decide are settled by a vote of the most similar decided questions
 * (neighbours.ts). The classifier and the similarity are parameters.
 */
import type { TopicId } from '../../../src/lib/topics.ts';
import type { DraftEntry } from '../drafts.ts';
import type { DraftGroup } from '../group.ts';
import type { Classification, ClassifyInput } from './classify.ts';
import { settleByNeighbours, type Nearest } from './neighbours.ts';
import { titleWithFormulas } from '../../../src/lib/markdown/title-math.ts';

export type Classifier = (input: ClassifyInput) => Classification;
/** The questions, among `pool`, whose titles are most like `title`, with their similarity (0–1). */
export type NearestTitles = <T extends { title: string }>(title: string, pool: readonly T[]) => { other: T; sim: number }[];

export interface Question extends DraftGroup {
  /** What the classifier said. */
  classification: Classification;
  /** Where the question is published: the classifier's topic unless a maintainer overrode it. */
  topic: TopicId;
  /** Why it sits under `topic`, as shown to readers. */
  reason: string;
  overridden: boolean;
}

export function classifyQuestions(groups: readonly DraftGroup[], classify: Classifier, nearest?: NearestTitles): Question[] {
  const first = groups.map((group) => ({ group, title: group.display, classification: classify(classifyInput(group.members)) }));
  type First = (typeof first)[number];
  const byTitle: Nearest<First> = (q, decided) => nearest!(q.title, decided);
  const settled = nearest ? settleByNeighbours(first, byTitle) : first.map((q) => q.classification);
  return first.map(({ group }, i) => {
    const classification = settled[i]!;
    return { ...group, classification, topic: classification.topic, reason: classification.reason, overridden: false };
  });
}

function classifyInput(members: readonly DraftEntry[]): ClassifyInput {
  return {
    // A formula's letters are not words of the field (TP in 「$\frac{TP}{TP+FP}$」 is no 张量并行).
    headings: members.map((m) => titleWithFormulas(m.title, () => ' ')),
    context: members.map((m) => m.raw.section ?? ''),
    bodies: members.map((m) => m.plain),
  };
}
