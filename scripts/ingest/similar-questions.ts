/**
 * Questions that ask the same thing in other words: 「大模型在语音识别中的问题」 and
 * 「大模型在语音识别中的挑战有哪些」, 「医疗领域」 and 「医疗健康领域」. A question's subject is
 * what the vocabulary finds in its first clause — concepts (a near-synonym counts as its concept),
 * aspects (挑战 and 问题 frame the same kind of question when the vocabulary gives them the same
 * topic), domains — plus the character pairs of whatever the vocabulary does not know. Two
 * questions are the same when their subjects overlap almost entirely (weighted Jaccard ≥
 * threshold); the score and the near misses go into the ingest report so a maintainer can confirm
 * or split them in overrides.yaml.
 */
import type { VocabularyConcept, VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { FILLER, firstClause } from './group.ts';

/**
 * Chosen on the hand-labelled same-question pairs of the five seed articles and the tuning
 * articles (tests/fixtures/labels/, tests/fixtures/unseen/tuning/): the lowest threshold that keeps
 * precision at 1.0 there. Scores just below it are reported as near misses.
 */
export const SAME_QUESTION_THRESHOLD = 0.75;
export const NEAR_MISS_FLOOR = 0.5;

/** A character pair the vocabulary does not know counts this much of a known concept. */
const UNKNOWN_PAIR = 0.5;

/**
 * What a question is about, in three parts: specific features (concepts, domains, and the
 * character pairs of unknown words), broad words (大模型, 训练), and aspects — what is asked about
 * the subject. A broad aspect (问题) stands for every aspect of its topic (挑战, 难点 …).
 */
export interface Subject {
  specific: Map<string, number>;
  broad: Set<string>;
  aspects: Set<string>;
}

function aspectKey(concept: VocabularyConcept): string {
  return concept.broad ? `${concept.topic ?? concept.id}/*` : `${concept.topic ?? ''}/${concept.id}`;
}

export function subjectOf(title: string, matcher: VocabularyMatcher): Subject {
  const clause = firstClause(title);
  const subject: Subject = { specific: new Map(), broad: new Set(), aspects: new Set() };
  const add = (feature: string, weight: number) => subject.specific.set(feature, Math.max(subject.specific.get(feature) ?? 0, weight));
  let rest = '';
  let at = 0;
  for (const m of matcher.find(clause)) {
    rest += `${clause.slice(at, m.start)} `;
    at = m.end;
    if (m.concept.kind === 'aspect') subject.aspects.add(aspectKey(m.concept));
    else if (m.concept.broad) subject.broad.add(`concept:${m.concept.id}`);
    else add(`concept:${m.concept.id}`, 1);
  }
  rest += clause.slice(at);
  // What the vocabulary does not know still counts, by character pairs, once filler is gone.
  for (const run of rest.match(/\p{Script=Han}+/gu) ?? []) {
    let text = run;
    for (const word of FILLER) text = text.replaceAll(word, ' ');
    for (const part of text.split(' ')) for (let i = 0; i + 1 < part.length; i++) add(`pair:${part.slice(i, i + 2)}`, UNKNOWN_PAIR);
  }
  return subject;
}

function weightedJaccard(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [f, w] of a) {
    const v = b.get(f) ?? 0;
    shared += Math.min(w, v);
    total += Math.max(w, v);
  }
  for (const [f, v] of b) if (!a.has(f)) total += v;
  return total === 0 ? 1 : shared / total;
}

const asWeights = (set: ReadonlySet<string>) => new Map([...set].map((f) => [f, 1]));

/** Aspects agree when they are the same, or one is the broad aspect of the other's topic. */
function aspectAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const meets = (x: string, ys: ReadonlySet<string>) =>
    [...ys].some(
      (y) => x === y || (x.endsWith('/*') && y.startsWith(x.slice(0, -1))) || (y.endsWith('/*') && x.startsWith(y.slice(0, -1))),
    );
  const matched = [...a].filter((x) => meets(x, b)).length + [...b].filter((y) => meets(y, a)).length;
  return matched / (a.size + b.size);
}

/**
 * How much two questions ask the same thing (0–1): their specific subjects (or, when neither has
 * one, their broad words) by weighted Jaccard, times how well their aspects agree.
 */
export function similarity(a: Subject, b: Subject): number {
  const subject =
    a.specific.size + b.specific.size > 0
      ? weightedJaccard(a.specific, b.specific)
      : weightedJaccard(asWeights(a.broad), asWeights(b.broad));
  return subject * aspectAgreement(a.aspects, b.aspects);
}

export interface QuestionRef {
  /** Group key of the question (entries that already share a key are one question). */
  key: string;
  /** Titles of its entries. */
  titles: string[];
}

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Pairs of questions whose subjects score at least NEAR_MISS_FLOOR, best first. Only questions
 * sharing a feature that is not on most questions are compared, so the work grows with the
 * corpus, not with its square.
 */
export function similarPairs(questions: readonly QuestionRef[], matcher: VocabularyMatcher): SimilarPair[] {
  const subjects = questions.map((q) => q.titles.map((t) => subjectOf(t, matcher)));
  const postings = new Map<string, number[]>();
  subjects.forEach((list, i) => {
    const features = new Set(list.flatMap((s) => [...s.specific.keys(), ...(s.specific.size === 0 ? s.broad : [])]));
    for (const f of features) postings.set(f, [...(postings.get(f) ?? []), i]);
  });
  const crowded = Math.max(50, questions.length * 0.05);
  const pairs: SimilarPair[] = [];
  const compared = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > crowded) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const id = `${i}|${j}`;
        if (compared.has(id)) continue;
        compared.add(id);
        let score = 0;
        for (const s of subjects[i]!) for (const t of subjects[j]!) score = Math.max(score, similarity(s, t));
        if (score >= NEAR_MISS_FLOOR) pairs.push({ a: questions[i]!.key, b: questions[j]!.key, score: Math.round(score * 100) / 100 });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
