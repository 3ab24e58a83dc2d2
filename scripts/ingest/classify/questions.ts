/**
 * Pipeline stage "classify": every question gets a topic from a classifier, which sees the question's
 * headings and answers and explains its choice. The classifier is a parameter: any
 * `(input: ClassifyInput) => Classification` fits.
 */
import type { TopicId } from '../../../src/lib/topics.ts';
import type { DraftEntry } from '../drafts.ts';
import type { DraftGroup } from '../group.ts';
import { classify as classifyByCues, type Classification, type ClassifyInput } from './classify.ts';

export type Classifier = (input: ClassifyInput) => Classification;

export interface Question extends DraftGroup {
  /** What the classifier said. */
  classification: Classification;
  /** Where the question is published: the classifier's topic unless a maintainer overrode it. */
  topic: TopicId;
  /** Why it sits under `topic`, as shown to readers. */
  reason: string;
  overridden: boolean;
}

export function classifyQuestions(groups: readonly DraftGroup[], classify: Classifier = classifyByCues): Question[] {
  return groups.map((group) => {
    const classification = classify(classifyInput(group.members));
    return { ...group, classification, topic: classification.topic, reason: classification.reason, overridden: false };
  });
}

function classifyInput(members: readonly DraftEntry[]): ClassifyInput {
  return {
    headings: members.map((m) => m.title),
    // The enclosing section is context, not what the entry asks: it counts like answer text.
    bodies: members.map((m) => [m.raw.section ?? '', m.plain].join('\n')),
  };
}
