/** Drafts, groups, weights and context for the stages that join questions (known and repeated questions). */
import type { DraftEntry } from '../../../scripts/ingest/drafts.ts';
import type { DraftGroup } from '../../../scripts/ingest/group.ts';
import { JOIN_FEATURES, type JoinFeature, type JoinWeights } from '../../../scripts/ingest/join-model.ts';
import type { JoinContext } from '../../../scripts/ingest/known-questions.ts';

export const draft = (file: string, line: number, title: string, plain: string): DraftEntry =>
  ({ id: `${file}-${line}`, file, raw: { heading: { line } }, order: line, title, mdx: plain, plain }) as unknown as DraftEntry;

export const group = (topic: string, ...members: DraftEntry[]): DraftGroup & { topic: string } => ({
  key: members[0]!.title,
  display: members[0]!.title,
  members,
  entryIds: members.map((m) => m.id),
  topic,
});

/** Weights that read one measure: probability 0.5 at `at`, steep around it. */
export const reading = (feature: JoinFeature, at: number): JoinWeights => ({
  mean: JOIN_FEATURES.map((f) => (f === feature ? at : 0)),
  scale: JOIN_FEATURES.map(() => 0.01),
  weights: JOIN_FEATURES.map((f) => (f === feature ? 1 : 0)),
  bias: 0,
});

export const context = (over: Partial<JoinContext> = {}): JoinContext => ({
  isSectionTitle: () => false,
  subjectShare: () => 0,
  concepts: () => new Set(),
  ...over,
});
