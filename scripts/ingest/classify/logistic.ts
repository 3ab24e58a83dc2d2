/**
 * A second reader of the labelled example questions (examples.ts): multinomial logistic regression
 * over the same features. Naive Bayes counts every pair of characters as independent evidence, so a
 * question whose words all lean one way a little is called with certainty, and words that always
 * come together (「量化」「化的」「的位」) are counted three times. Regression learns one weight per
 * feature and topic from all the examples at once, so overlapping pairs share their evidence. The
 * two readers' probabilities are averaged: neither alone did as well on rounds of labelled articles
 * left out in turn (scripts/eval/rounds.ts).
 *
 * Trained by `npm run topic-examples` (full-batch Adam from zero, a fixed number of steps: the same
 * labels give the same weights) and stored beside the counts in content/topic-examples.json.
 */
import { TOPIC_IDS, type TopicId } from '../../../src/lib/topics.ts';
import { pairsAndWords } from '../../../src/lib/text/chinese.ts';

export interface TopicWeights {
  /** One bias per topic. */
  bias: number[];
  /** Per feature: its weight per topic in headings, then per topic in answers. */
  features: Record<string, number[]>;
}

const K = TOPIC_IDS.length;

/**
 * An answer's feature counts for this much, on a log scale (a word said ten times is not ten
 * times the evidence). Chosen with rounds left out: 0.15 → 1,182 of 1,353 by this reader alone,
 * 0.3 → 1,251, 0.6 → 1,258, 1 → 1,250.
 */
export const ANSWER_SCALE = 0.6;
/** L2 penalty. Chosen with rounds left out: 1e-3 → 1,234, 1e-4 → 1,258, 3e-5 → 1,260. */
export const L2 = 3e-5;
const STEPS = 100;
const RATE = 0.05;

interface Row {
  slots: Int32Array;
  values: Float64Array;
}

/** The question's features as (slot, value): heading features first, answer features after. */
function row(
  headings: readonly string[],
  bodies: readonly string[],
  slotOf: (feature: string, inBody: boolean) => number | undefined,
): Row {
  const slots: number[] = [];
  const values: number[] = [];
  for (const f of new Set(headings.flatMap(pairsAndWords))) {
    const s = slotOf(f, false);
    if (s === undefined) continue;
    slots.push(s);
    values.push(1);
  }
  const counts = new Map<string, number>();
  for (const f of bodies.flatMap(pairsAndWords)) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of counts) {
    const s = slotOf(f, true);
    if (s === undefined) continue;
    slots.push(s);
    values.push(ANSWER_SCALE * Math.log1p(n));
  }
  return { slots: Int32Array.from(slots), values: Float64Array.from(values) };
}

/** Weights learnt from labelled questions, over the given features only. */
export function trainTopicWeights(
  examples: readonly { topic: TopicId; heading: string; body: string }[],
  features: readonly string[],
): TopicWeights {
  const index = new Map(features.map((f, i) => [f, i]));
  const slotOf = (f: string, inBody: boolean) => {
    const i = index.get(f);
    return i === undefined ? undefined : i * 2 + (inBody ? 1 : 0);
  };
  const rows = examples.map((e) => row([e.heading], [e.body], slotOf));
  const labels = examples.map((e) => TOPIC_IDS.indexOf(e.topic));
  const size = features.length * 2 * K;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const bias = new Float64Array(K);
  const z = new Float64Array(K);
  for (let step = 1; step <= STEPS; step++) {
    g.fill(0);
    const gBias = new Float64Array(K);
    rows.forEach(({ slots, values }, r) => {
      softmaxInto(z, bias, w, slots, values);
      z[labels[r]!]! -= 1;
      for (let k = 0; k < K; k++) gBias[k]! += z[k]!;
      for (let a = 0; a < slots.length; a++) for (let k = 0; k < K; k++) g[slots[a]! * K + k]! += values[a]! * z[k]!;
    });
    const n = rows.length;
    const c1 = 1 - 0.9 ** step;
    const c2 = 1 - 0.999 ** step;
    for (let q = 0; q < size; q++) {
      const grad = g[q]! / n + L2 * w[q]!;
      m[q] = 0.9 * m[q]! + 0.1 * grad;
      v[q] = 0.999 * v[q]! + 0.001 * grad * grad;
      w[q]! -= (RATE * (m[q]! / c1)) / (Math.sqrt(v[q]! / c2) + 1e-8);
    }
    for (let k = 0; k < K; k++) bias[k]! -= (0.5 * gBias[k]!) / n;
  }
  // Three decimals keep the file readable and its diffs stable; a feature with no weight left is dropped.
  const fix = (x: number) => Math.round(x * 1000) / 1000 || 0;
  const out: Record<string, number[]> = {};
  features.forEach((f, i) => {
    const ws = Array.from(w.subarray(i * 2 * K, (i + 1) * 2 * K), fix);
    if (ws.some((x) => x !== 0)) out[f] = ws;
  });
  return { bias: Array.from(bias, fix), features: out };
}

function softmaxInto(z: Float64Array, bias: ArrayLike<number>, w: ArrayLike<number>, slots: Int32Array, values: Float64Array): void {
  for (let k = 0; k < K; k++) z[k] = bias[k]!;
  for (let a = 0; a < slots.length; a++) for (let k = 0; k < K; k++) z[k]! += values[a]! * w[slots[a]! * K + k]!;
  let top = -Infinity;
  for (let k = 0; k < K; k++) top = Math.max(top, z[k]!);
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - top);
  for (let k = 0; k < K; k++) z[k] = z[k]! / sum;
}

/** Probability of each topic for a question, by the learnt weights. */
export function topicProbabilities(weights: TopicWeights, headings: readonly string[], bodies: readonly string[]): Record<TopicId, number> {
  // Own keys only: an answer's English word 「constructor」 is not the weights of Object's constructor.
  const features: string[] = [];
  const slotOf = (f: string, inBody: boolean) => {
    if (!Object.hasOwn(weights.features, f)) return undefined;
    features.push(f);
    return (features.length - 1) * 2 + (inBody ? 1 : 0);
  };
  const { slots, values } = row(headings, bodies, slotOf);
  const z = Float64Array.from(weights.bias);
  slots.forEach((slot, a) => {
    const ws = weights.features[features[slot >> 1]!]!;
    const offset = (slot & 1) * K;
    for (let k = 0; k < K; k++) z[k]! += values[a]! * ws[offset + k]!;
  });
  const top = Math.max(...z);
  const exp = Array.from(z, (x) => Math.exp(x - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(TOPIC_IDS.map((t, k) => [t, exp[k]! / sum])) as Record<TopicId, number>;
}
