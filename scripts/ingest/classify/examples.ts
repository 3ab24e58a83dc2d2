/**
 * Topics as hand-labelled example questions show them: how often each pair of characters (and each
 * English word) occurs in the questions and answers that readers filed under each topic
 * (content/topic-examples.json, counted by scripts/topic-examples.ts from labelled tables). A naive
 * Bayes vote over those counts catches what no list of terms can: how the field phrases a use
 * (「能交给大模型吗」), a risk (「谁来赔」) or a serving problem (「接得快一点」), on subjects the
 * vocabulary has never heard of. It is one vote beside the vocabulary's, never the only one.
 */
import { z } from 'zod';
import { isFiller, pairsAndWords, words } from '../../../src/lib/text/chinese.ts';
import { TOPIC_IDS, type TopicId } from '../../../src/lib/topics.ts';
import { IngestError } from '../errors.ts';
import { knownQuestionsSchema, type KnownQuestions } from '../known-questions.ts';
import { topicProbabilities, type TopicWeights } from './logistic.ts';

/** The counts, as stored. `features[f]` holds f's count in headings per topic, then in answers per topic. */
export interface TopicExamples {
  about: string;
  /** The labelled articles counted, by file name. */
  sources: string[];
  /** Labelled questions per topic. */
  items: Record<TopicId, number>;
  features: Record<string, number[]>;
  /** The labelled questions of the knowledge base's own articles and their other wordings (known-questions.ts). */
  known?: KnownQuestions;
  /** Weights a logistic regression learnt from the same questions (logistic.ts): the second reader. */
  weights?: TopicWeights;
}

const topicCounts = z.object(Object.fromEntries(TOPIC_IDS.map((t) => [t, z.number().int().nonnegative()])) as Record<TopicId, z.ZodNumber>);
const topicExamplesSchema = z.object({
  about: z.string(),
  sources: z.array(z.string()),
  items: topicCounts,
  features: z.record(z.string(), z.array(z.number().int().nonnegative()).length(TOPIC_IDS.length * 2)),
  known: knownQuestionsSchema.optional(),
  weights: z
    .object({
      bias: z.array(z.number()).length(TOPIC_IDS.length),
      features: z.record(z.string(), z.array(z.number()).length(TOPIC_IDS.length * 2)),
    })
    .optional(),
});

/** The examples file, or an error naming it (a JSON error's position is not worth a line number here). */
export function parseTopicExamples(text: string, file: string): TopicExamples {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, 1, `不是有效的 JSON（${(error as Error).message}）；请用 npm run topic-examples 重新生成`);
  }
  const parsed = topicExamplesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(file, 1, `${issue.path.join('.') || '（顶层）'}: ${issue.message}；请用 npm run topic-examples 重新生成`);
  }
  return parsed.data as TopicExamples;
}

export interface LabelledExample {
  topic: TopicId;
  heading: string;
  body: string;
}

/**
 * An answer's words count this much of its heading's: answers are long and say much that is not
 * what the question is about. Chosen with rounds 9–10 of the labelled articles left out of the
 * counts (the examples' vote alone: 0 → 84/110 right, 0.05 → 93, 0.2 → 96, 0.5 → 96, 1 → 95).
 */
export const ANSWER_WEIGHT = 0.5;
/**
 * A feature seen fewer times than this in all examples says nothing reliable. 2 keeps 15 000
 * features (470 KB); 3 halves that and lost one item of rounds 9–10, 5 two.
 */
export const MIN_COUNT = 2;
/**
 * The learnt weights' share of the vote, when the file has them (logistic.ts). Chosen with rounds of
 * labelled articles left out in turn (rounds 1–24, 1,353 items; the vote's weight in classify.ts
 * chosen with it): counts alone 1,294 in an acceptable topic (weight 3; 1,297 at 3.5, 1,290 at 4);
 * weights alone 1,302–1,306 (weights 4–8); half each 1,300 (3), 1,305 (3.5–4), 1,306 (5); 0.7 of
 * weights 1,310 (4), 1,309 (5), 1,311 (6). Over the eight latest rounds (157–180, 365 items) the same
 * order: 347 by counts alone, 350 at 0.7 and weight 4.
 */
export const LEARNT_SHARE = 0.7;
/** Additive smoothing of the counts. */
const SMOOTHING = 0.1;

/** The units the vote counts: pairs of adjacent Han characters, and English words (lower case). */
export const exampleFeatures = pairsAndWords;

const zeros = () => Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;

export function countExamples(examples: readonly LabelledExample[], sources: readonly string[], about: string): TopicExamples {
  const items = zeros();
  const counts = new Map<string, number[]>();
  for (const { topic, heading, body } of examples) {
    items[topic]++;
    const t = TOPIC_IDS.indexOf(topic);
    const add = (f: string, slot: number) => {
      const c = counts.get(f) ?? new Array<number>(TOPIC_IDS.length * 2).fill(0);
      c[slot] = (c[slot] ?? 0) + 1;
      counts.set(f, c);
    };
    // A heading says a word once however often it repeats it; an answer's repetitions count.
    for (const f of new Set(exampleFeatures(heading))) add(f, t);
    for (const f of exampleFeatures(body)) add(f, TOPIC_IDS.length + t);
  }
  const features: Record<string, number[]> = {};
  for (const f of [...counts.keys()].sort()) {
    const c = counts.get(f)!;
    if (c.reduce((a, b) => a + b, 0) >= MIN_COUNT) features[f] = c;
  }
  return { about, sources: [...sources].sort(), items, features };
}

/** JSON with one feature per line, so that a change of the labels shows as a readable diff. */
export function serializeTopicExamples(model: TopicExamples): string {
  const features = Object.entries(model.features).map(([f, c]) => `    ${JSON.stringify(f)}: ${JSON.stringify(c)}`);
  return [
    '{',
    `  "about": ${JSON.stringify(model.about)},`,
    `  "sources": ${JSON.stringify(model.sources)},`,
    `  "items": ${JSON.stringify(model.items)},`,
    '  "features": {',
    features.join(',\n'),
    model.known || model.weights ? '  },' : '  }',
    ...(model.known ? serializeKnown(model.known, model.weights !== undefined) : []),
    ...(model.weights ? serializeWeights(model.weights) : []),
    '}',
    '',
  ].join('\n');
}

/** One known question per line; the frequencies on a line each (they change with every label). */
function serializeKnown(known: KnownQuestions, more: boolean): string[] {
  return [
    '  "known": {',
    `    "documents": ${known.documents},`,
    `    "titleFrequency": ${JSON.stringify(known.titleFrequency)},`,
    `    "answerFrequency": ${JSON.stringify(known.answerFrequency)},`,
    `    "conceptFrequency": ${JSON.stringify(known.conceptFrequency)},`,
    '    "questions": [',
    known.questions.map((q) => `      ${JSON.stringify(q)}`).join(',\n'),
    '    ],',
    `    "join": ${JSON.stringify(known.join)},`,
    `    "repeat": ${JSON.stringify(known.repeat)}`,
    more ? '  },' : '  }',
  ];
}

/** One feature's weights per line, like the counts. */
function serializeWeights(weights: TopicWeights): string[] {
  return [
    '  "weights": {',
    `    "bias": ${JSON.stringify(weights.bias)},`,
    '    "features": {',
    Object.entries(weights.features)
      .map(([f, w]) => `      ${JSON.stringify(f)}: ${JSON.stringify(w)}`)
      .join(',\n'),
    '    }',
    '  }',
  ];
}

export interface ExampleVote {
  /** Probability of each topic given the question's words (sums to 1). */
  probability: Record<TopicId, number>;
  /** The heading's words that speak most for the most probable topic, for the explanation. */
  cues: string[];
}

/** The model, ready to score: each feature's log-likelihood per topic computed once (15 000 × 5, not per answer). */
export class ExampleModel {
  readonly data: TopicExamples;
  private readonly logs = new Map<string, number[]>();

  constructor(data: TopicExamples) {
    this.data = data;
    const totals = TOPIC_IDS.map(() => 0);
    const counts = Object.entries(data.features).map(
      ([f, c]) => [f, TOPIC_IDS.map((_, i) => c[i]! + ANSWER_WEIGHT * c[TOPIC_IDS.length + i]!)] as const,
    );
    for (const [, n] of counts) n.forEach((v, i) => (totals[i]! += v));
    const size = counts.length;
    for (const [f, n] of counts)
      this.logs.set(
        f,
        n.map((v, i) => Math.log((v + SMOOTHING) / (totals[i]! + SMOOTHING * size))),
      );
  }

  private logLikelihood(f: string, t: TopicId): number {
    return this.logs.get(f)![TOPIC_IDS.indexOf(t)]!;
  }

  vote(headings: readonly string[], bodies: readonly string[]): ExampleVote {
    const headingFeatures = [...new Set(headings.flatMap(exampleFeatures))].filter((f) => this.logs.has(f));
    const bodyFeatures = bodies.flatMap(exampleFeatures).filter((f) => this.logs.has(f));
    // Several answers to one question should not weigh more than one answer does.
    const bodyWeight = ANSWER_WEIGHT / Math.max(1, bodies.length);
    const sums = TOPIC_IDS.map((t) => Math.log(this.data.items[t] + 1));
    const add = (f: string, weight: number) => this.logs.get(f)!.forEach((l, i) => (sums[i]! += weight * l));
    for (const f of headingFeatures) add(f, 1);
    for (const f of bodyFeatures) add(f, bodyWeight);
    const log = zeros();
    TOPIC_IDS.forEach((t, i) => (log[t] = sums[i]!));
    const top = Math.max(...TOPIC_IDS.map((t) => log[t]));
    const sum = TOPIC_IDS.reduce((s, t) => s + Math.exp(log[t] - top), 0);
    const probability = zeros();
    for (const t of TOPIC_IDS) probability[t] = Math.exp(log[t] - top) / sum;
    if (this.data.weights) {
      const learnt = topicProbabilities(this.data.weights, headings, bodies);
      for (const t of TOPIC_IDS) probability[t] = (1 - LEARNT_SHARE) * probability[t] + LEARNT_SHARE * learnt[t];
    }
    const best = TOPIC_IDS.reduce((a, t) => (probability[t] > probability[a] ? t : a), TOPIC_IDS[0]);
    const lift = (f: string) =>
      this.logLikelihood(f, best) - Math.max(...TOPIC_IDS.filter((t) => t !== best).map((t) => this.logLikelihood(f, t)));
    // Only pairs that are words of the heading make sense to a reader (「金融」, not 「融领」), and
    // only words that name something: 「哪些」 or 「中的」 may lean one way but explain nothing.
    const headingWords = new Set(headings.flatMap((h) => words(h)));
    // English is counted in lower case but shown as the heading writes it (RAG, not rag).
    const typedForm = new Map<string, string>();
    for (const word of headings.join(' ').match(/[A-Za-z][A-Za-z0-9]+/gu) ?? [])
      if (!typedForm.has(word.toLowerCase())) typedForm.set(word.toLowerCase(), word);
    const cues = headingFeatures
      .filter((f) => lift(f) > 0 && (headingWords.has(f) || !/\p{Script=Han}/u.test(f)) && !isFiller(f))
      .sort((a, b) => lift(b) - lift(a) || (a < b ? -1 : 1))
      .slice(0, 3)
      .map((f) => typedForm.get(f) ?? f);
    return { probability, cues };
  }
}
