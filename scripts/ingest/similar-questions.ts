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

import { SIMILARITY_FILLER } from './filler.ts';

/**
 * Chosen on the hand-labelled same-question pairs of the five seed articles and the tuning
 * articles (tests/fixtures/labels/, tests/fixtures/unseen/tuning/): the lowest threshold that keeps
 * precision at 1.0 there. Scores just below it are reported as near misses.
 */
export const SAME_QUESTION_THRESHOLD = 0.75;
export const NEAR_MISS_FLOOR = 0.5;

/** A character pair the vocabulary does not know counts this much of a known concept. */
const UNKNOWN_PAIR = 0.5;
/** A broad word with a topic (训练) counts this much. */
const BROAD_TOPICAL = 0.5;

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
  return concept.broad ? `${concept.topic}/*` : `${concept.topic}/${concept.id}`;
}

export function subjectOf(title: string, matcher: VocabularyMatcher): Subject {
  const clause = firstSentence(title);
  const subject: Subject = { specific: new Map(), broad: new Set(), aspects: new Set() };
  const add = (feature: string, weight: number) => subject.specific.set(feature, Math.max(subject.specific.get(feature) ?? 0, weight));
  let rest = '';
  let at = 0;
  for (const m of matcher.find(clause)) {
    rest += `${clause.slice(at, m.start)} `;
    at = m.end;
    // An aspect without a topic (方法, 步骤, 原因) is how a question is put, not what it asks.
    if (m.concept.kind === 'aspect') {
      if (m.concept.topic) subject.aspects.add(aspectKey(m.concept));
    } else if (!m.concept.broad) add(`concept:${m.concept.id}`, 1);
    // A broad word with a topic of its own (训练, 优化) still says something; one that only names
    // the field (大模型, 技术, 算法) does not.
    else if (m.concept.topic && m.concept.topic !== 'concepts') add(`concept:${m.concept.id}`, BROAD_TOPICAL);
    else subject.broad.add(`concept:${m.concept.id}`);
  }
  rest += clause.slice(at);
  // What the vocabulary does not know still counts, by character pairs, once filler is gone.
  for (const run of rest.match(/\p{Script=Han}+/gu) ?? []) {
    let text = run;
    for (const word of SIMILARITY_FILLER) text = text.replaceAll(word, ' ');
    for (const part of text.split(' ')) for (let i = 0; i + 1 < part.length; i++) add(`pair:${part.slice(i, i + 2)}`, UNKNOWN_PAIR);
  }
  return subject;
}

/**
 * What a question asks first: 「什么是大模型？有哪些应用场景？」 asks 什么是大模型. Only
 * sentence ends split (a comma often just sets the scene: 「做知识蒸馏时，温度起什么作用」).
 */
export function firstSentence(title: string): string {
  const normalised = title.normalize('NFKC').toLowerCase();
  return normalised.split(/[？?。!！；;]/u).find((part) => part.trim() !== '') ?? normalised;
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

/**
 * Aspects agree when they are the same, or one is the broad aspect of the other's topic (问题 /
 * 挑战). A broad aspect also agrees with a question that names no aspect at all: 「能耗问题如何解决」
 * and 「太耗电，有什么降耗思路」 ask the same.
 */
function aspectAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const isBroad = (x: string) => x.endsWith('/*');
  const meets = (x: string, ys: ReadonlySet<string>) =>
    (ys.size === 0 && isBroad(x)) ||
    [...ys].some((y) => x === y || (isBroad(x) && y.startsWith(x.slice(0, -1))) || (isBroad(y) && x.startsWith(y.slice(0, -1))));
  const matched = [...a].filter((x) => meets(x, b)).length + [...b].filter((y) => meets(y, a)).length;
  return matched / (a.size + b.size);
}

/**
 * How much two questions ask the same thing (0–1): their specific subjects by weighted Jaccard,
 * times how well their aspects agree. Broad words (大模型, 技术, 算法) name the knowledge base's
 * subject in general and do not tell questions apart; two questions with no specific subject at
 * all (「面临的挑战」, 「大模型技术有哪些挑战？」) are compared by their aspects alone.
 */
export function similarity(a: Subject, b: Subject): { subject: number; aspects: number } {
  return { subject: weightedJaccard(a.specific, b.specific), aspects: aspectAgreement(a.aspects, b.aspects) };
}

export interface QuestionRef {
  /** Group key of the question (entries that already share a key are one question). */
  key: string;
  /** Titles of its entries. */
  titles: string[];
  /** Articles its entries come from. */
  articles: string[];
  /**
   * A section title of a long-form article (背景介绍, 面临的挑战) rather than a question: its
   * subject is its article's, so it only meets questions from the same article.
   */
  sectionTitle: boolean;
  /** Plain text of its answers. */
  answers: string[];
}

/** The specific concepts an answer talks about: what two answers to the same question share. */
export function answerConcepts(text: string, matcher: VocabularyMatcher): Set<number> {
  return new Set(
    matcher
      .find(text)
      .filter((m) => m.concept.kind !== 'aspect' && !m.concept.broad)
      .map((m) => m.concept.id),
  );
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

/**
 * The score of two questions: how much their subjects and aspects agree, lifted by how much their
 * answers talk about the same concepts — two answers listing 数据并行, 模型并行, 流水线并行 answer the
 * same question even when one asks 「分布式训练」 and the other 「分布式计算策略」. The answers can
 * lift a partial subject match, never make one: the aspects must still agree.
 */
export function questionScore(subject: number, aspects: number, answers: number): number {
  return aspects * Math.max(subject, subject > 0 ? (subject + answers) / 2 : 0);
}

function mayMeet(a: QuestionRef, b: QuestionRef): boolean {
  return (!a.sectionTitle && !b.sectionTitle) || a.articles.some((x) => b.articles.includes(x));
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
  const answers = questions.map((q) => answerConcepts(q.answers.join('\n'), matcher));
  const postings = new Map<string, number[]>();
  subjects.forEach((list, i) => {
    // Questions with no specific subject meet through their aspects.
    const features = new Set(
      list.flatMap((s) => (s.specific.size > 0 ? [...s.specific.keys()] : [...s.aspects].map((a) => `aspect:${a}`))),
    );
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
        if (!mayMeet(questions[i]!, questions[j]!)) continue;
        const overlap = jaccard(answers[i]!, answers[j]!);
        let score = 0;
        for (const s of subjects[i]!)
          for (const t of subjects[j]!) {
            const { subject, aspects } = similarity(s, t);
            score = Math.max(score, questionScore(subject, aspects, overlap));
          }
        if (score >= NEAR_MISS_FLOOR) pairs.push({ a: questions[i]!.key, b: questions[j]!.key, score: Math.round(score * 100) / 100 });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
