/**
 * Questions the knowledge base already knows in other words. A hand-labelled table says which
 * questions of the labelled articles ask the same thing (tests/fixtures/labels/,
 * tests/fixtures/unseen/expected.yaml); each such question keeps the words of all its wordings, its
 * titles and above all its answers. A new article's question whose title and answer read like one
 * of them — 「开题焦虑：接下来三五年，哪些研究问题值得押上一个博士生涯？」 like 「研究展望」 and the
 * rewordings readers already wrote for it — joins that question, even when the titles share no
 * subject word for the subject comparison (similar-questions.ts) to find.
 *
 * The model is a centroid per known question over TF-IDF vectors of character pairs: the mean of its
 * wordings' normalised vectors, so a new question's score is its mean cosine with them. Each wording's
 * own vectors are kept too: a rewording far from the question's usual words may still read like one
 * earlier rewording (the nearest wording), and the concepts of the field its answers name, weighted by
 * how few labelled answers name them, are kept as a profile of what the question is about.
 */
import { z } from 'zod';
import { pairsAndWords } from '../../src/lib/text/chinese.ts';
import { normalizeForm, type VocabularyConcept, type VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { headingAt, type DraftEntry } from './drafts.ts';
import { isPhrasedAsQuestion, questionAfterDash, withoutSetAside } from './filler.ts';
import { Joins, type DraftGroup } from './group.ts';
import type { SimilarQuestions } from './similar-questions.ts';
import {
  JOIN_NEAR_MISS,
  JOIN_THRESHOLD,
  joinFeatures,
  joinProbability,
  reportedJoin,
  joinWeightsSchema,
  type JoinFeatures,
  type JoinTarget,
  type JoinWeights,
} from './join-model.ts';

/**
 * How the score that ranks known questions (and their margin) weighs a title against its answer:
 * rewordings share what their answers say far more than their titles' words (rounds 1–21 left out,
 * 264 rewordings, each share at its best clean threshold: 0.1 → 99 joined, 0.2 → 116, 0.3 → 50; a
 * title alone draws look-alikes). Whether the best one is joined is the join model's decision
 * (join-model.ts), which weighs title and answer again, with other measures.
 */
export const TITLE_SHARE = 0.2;
/**
 * How many of the known questions a wording reads most like the join model weighs, the likeliest
 * joined. Two known questions can read alike (源代码详细实现, 代码解读与分析), and the nearest wording
 * of the second may be the closer. The model is still learnt from each labelled wording's best match
 * only (joinRows): learnt from both, it was surer of neither, and on rounds 1–41 left out in turn
 * grouped fewer rewordings (174 → 162 over the first 18 rounds). Weighing both, learnt from the
 * first: 2,991 → 2,992 pairs right, the same 6 wrong, 442 → 443 of 703 rewordings (+167 → +169
 * offered as near misses).
 */
export const TOP_KNOWN = 2;
/** A word on more than this share of the labelled questions says nothing about which question it is. */
const COMMON_SHARE = 0.3;

export interface KnownQuestion {
  /** Where its wordings are: `file:line` of each labelled heading. */
  at: string[];
  /** Mean normalised TF-IDF vectors of its titles and answers (rounded). */
  title: Record<string, number>;
  answer: Record<string, number>;
  /** Each wording's own normalised vectors, in `at` order (rounded). */
  wordings: { title: Record<string, number>; answer: Record<string, number> }[];
  /** Mean normalised vector of the specific concepts its answers name, each weighted by its inverse answer frequency (rounded). */
  concepts: Record<string, number>;
}

/** The known questions' vectors, counted from the labelled articles (buildKnownQuestions). */
export interface KnownCentroids {
  /** Labelled questions counted for document frequencies. */
  documents: number;
  /** Document frequency of each title and answer feature seen at least twice. */
  titleFrequency: Record<string, number>;
  answerFrequency: Record<string, number>;
  /** How many labelled answers name each specific concept of the field. */
  conceptFrequency: Record<string, number>;
  questions: KnownQuestion[];
}

/** The vectors and the learnt decision to join one (join-model.ts). */
export interface KnownQuestions extends KnownCentroids {
  join: JoinWeights;
  /** The same kind of decision between two new questions (repeated-questions.ts). */
  repeat: JoinWeights;
}

const weights = z.record(z.string(), z.number());
export const knownQuestionsSchema = z.object({
  documents: z.number().int().positive(),
  titleFrequency: z.record(z.string(), z.number().int().positive()),
  answerFrequency: z.record(z.string(), z.number().int().positive()),
  conceptFrequency: z.record(z.string(), z.number().int().positive()),
  questions: z.array(
    z.object({
      at: z.array(z.string().regex(/^.+:\d+$/u)).min(1),
      title: weights,
      answer: weights,
      wordings: z.array(z.object({ title: weights, answer: weights })).min(1),
      concepts: weights,
    }),
  ),
  join: joinWeightsSchema,
  repeat: joinWeightsSchema,
});

export interface LabelledWording {
  /** `file:line` of its heading. */
  at: string;
  title: string;
  answer: string;
  /** The specific concepts of the field its answer names (vocabulary terms). */
  concepts?: readonly string[];
}

type Vector = Map<string, number>;

function counts(text: string): Map<string, number> {
  const c = new Map<string, number>();
  for (const f of pairsAndWords(text)) c.set(f, (c.get(f) ?? 0) + 1);
  return c;
}

/**
 * TF-IDF, L2-normalised. An answer's repetitions count (sublinear), a title's do not. A feature
 * the frequencies never saw counts as seen once: rare, and part of the length.
 */
function vectorOf(c: Map<string, number>, frequency: Readonly<Record<string, number>>, documents: number, repeats: boolean): Vector {
  const v: Vector = new Map();
  for (const [f, n] of c) {
    // Own keys only: 「constructor」 in an answer is a word, not Object's constructor.
    const df = Object.hasOwn(frequency, f) ? frequency[f]! : 1;
    if (df > documents * COMMON_SHARE) continue;
    v.set(f, (repeats ? 1 + Math.log(n) : 1) * Math.log(documents / df));
  }
  const norm = Math.hypot(...v.values()) || 1;
  for (const [f, x] of v) v.set(f, x / norm);
  return v;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The concepts an answer names as a vector: each weighted by how few labelled answers name it (a
 * concept every answer names says nothing), L2-normalised.
 */
function conceptVector(concepts: Iterable<string>, frequency: Readonly<Record<string, number>>, documents: number): Vector {
  const v: Vector = new Map();
  for (const c of concepts) v.set(c, Math.log((documents + 1) / ((Object.hasOwn(frequency, c) ? frequency[c]! : 0) + 1)));
  const norm = Math.hypot(...v.values()) || 1;
  for (const [c, x] of v) v.set(c, x / norm);
  return v;
}

/**
 * A title's vector reads what it asks: after a dash that sets a scene (「合作社在抖音上开了号——大模型在
 * 这些平台上一般拿来干什么？」), only the question, since the scene's trade words dilute the question's
 * own. Rounds 1–40 left out in turn: 417 → 431 of 678 rewordings grouped, pairs 2,906 → 2,920 right, the
 * same 6 wrong.
 */
const titleVector = (title: string, frequency: Readonly<Record<string, number>>, documents: number) => {
  const asked = title.slice(questionAfterDash(title));
  return vectorOf(new Map([...new Set(pairsAndWords(asked))].map((f) => [f, 1])), frequency, documents, false);
};

const sorted = (v: Iterable<readonly [string, number]>) =>
  Object.fromEntries(
    [...v]
      .map(([f, x]) => [f, round4(x)] as const)
      .filter(([, x]) => x > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/**
 * The model from labelled groups (every wording of one question; a question asked once is a group
 * of one, there to be told apart from) and every labelled wording, for the frequencies.
 */
export function buildKnownQuestions(groups: readonly (readonly LabelledWording[])[], all: readonly LabelledWording[]): KnownCentroids {
  const titleCounts = new Map<string, number>();
  const answerCounts = new Map<string, number>();
  const conceptCounts = new Map<string, number>();
  for (const w of all) {
    for (const f of new Set(pairsAndWords(w.title))) titleCounts.set(f, (titleCounts.get(f) ?? 0) + 1);
    for (const f of new Set(pairsAndWords(w.answer))) answerCounts.set(f, (answerCounts.get(f) ?? 0) + 1);
    for (const c of new Set(w.concepts)) conceptCounts.set(c, (conceptCounts.get(c) ?? 0) + 1);
  }
  const frequent = (m: Map<string, number>, least: number) =>
    Object.fromEntries([...m].filter(([, n]) => n >= least).sort(([a], [b]) => (a < b ? -1 : 1)));
  return withQuestions(
    {
      documents: all.length,
      titleFrequency: frequent(titleCounts, 2),
      answerFrequency: frequent(answerCounts, 2),
      conceptFrequency: frequent(conceptCounts, 1),
    },
    groups,
  );
}

/** Centroids of `groups` under the document frequencies of `base`: a new article's questions are read with the labelled articles' frequencies. */
export function withQuestions(
  base: Pick<KnownCentroids, 'documents' | 'titleFrequency' | 'answerFrequency' | 'conceptFrequency'>,
  groups: readonly (readonly LabelledWording[])[],
): KnownCentroids {
  const { documents, titleFrequency, answerFrequency, conceptFrequency } = base;
  const centroid = (vectors: Vector[]) => {
    const sum = new Map<string, number>();
    for (const v of vectors) for (const [f, x] of v) sum.set(f, (sum.get(f) ?? 0) + x / vectors.length);
    return sorted(sum);
  };
  const questions = groups
    .filter((g) => g.length > 0)
    .map((g) => {
      const titles = g.map((w) => titleVector(w.title, titleFrequency, documents));
      const answers = g.map((w) => vectorOf(counts(w.answer), answerFrequency, documents, true));
      return {
        at: g.map((w) => w.at),
        title: centroid(titles),
        answer: centroid(answers),
        wordings: g.map((_, i) => ({ title: sorted(titles[i]!), answer: sorted(answers[i]!) })),
        concepts: centroid(g.map((w) => conceptVector(w.concepts ?? [], conceptFrequency, documents))),
      };
    });
  return { documents, titleFrequency, answerFrequency, conceptFrequency, questions };
}

export interface KnownMatch {
  question: number;
  /** TITLE_SHARE of the titles' cosine and the rest the answers'. */
  score: number;
  title: number;
  answer: number;
  /** How far ahead of the next known question. */
  margin: number;
  /** Its title's and its answer's cosines with the one wording of the known question each reads most like. */
  nearestTitle: number;
  nearestAnswer: number;
  /** Cosine of the concepts its answer names with the known question's concept profile. */
  profile: number;
}

/** Scores a wording against every known question. */
export class KnownQuestionModel {
  readonly data: KnownCentroids;
  /** Feature → the known questions whose centroid has it, and its weight there: a wording's score is read off its own features. */
  private readonly titlePostings = new Map<string, [number, number][]>();
  private readonly answerPostings = new Map<string, [number, number][]>();

  constructor(data: KnownCentroids) {
    this.data = data;
    const post = (postings: Map<string, [number, number][]>, i: number, weights: Record<string, number>) => {
      for (const [f, w] of Object.entries(weights)) {
        const list = postings.get(f);
        if (list) list.push([i, w]);
        else postings.set(f, [[i, w]]);
      }
    };
    data.questions.forEach((q, i) => {
      post(this.titlePostings, i, q.title);
      post(this.answerPostings, i, q.answer);
    });
  }

  /** The known question a wording reads most like, if there is any known question. */
  best(title: string, answer: string, concepts: Iterable<string> = []): KnownMatch | undefined {
    return this.top(title, answer, concepts, 1)[0];
  }

  /**
   * The `k` known questions a wording reads most like, best first, each with its margin over the
   * best of the others (negative below the first): two known questions that read alike (源代码详细
   * 实现, 代码解读与分析) are both weighed by the join model, which also reads the nearest wordings.
   */
  top(title: string, answer: string, concepts: Iterable<string> = [], k = TOP_KNOWN): KnownMatch[] {
    if (this.data.questions.length === 0) return [];
    const { score, title: titles, answer: answers } = this.all(title, answer);
    const order = [...score.keys()].sort((a, b) => score[b]! - score[a]! || a - b).slice(0, Math.max(k, 2));
    const wanted = [...concepts];
    return order.slice(0, k).map((i, rank) => ({
      question: i,
      score: score[i]!,
      title: titles[i]!,
      answer: answers[i]!,
      margin: score[i]! - (score[order[rank === 0 ? 1 : 0]!] ?? 0),
      ...this.closer(i, title, answer, wanted),
    }));
  }

  /** The nearest-wording cosines and the concept profile of a wording against known question `i`. */
  closer(
    i: number,
    title: string,
    answer: string,
    concepts: Iterable<string>,
  ): Pick<KnownMatch, 'nearestTitle' | 'nearestAnswer' | 'profile'> {
    const { documents, titleFrequency, answerFrequency, conceptFrequency, questions } = this.data;
    const q = questions[i]!;
    const dot = (v: Vector, w: Readonly<Record<string, number>>) => {
      let s = 0;
      for (const [f, x] of v) if (Object.hasOwn(w, f)) s += x * w[f]!;
      return s;
    };
    const t = titleVector(title, titleFrequency, documents);
    const a = vectorOf(counts(answer), answerFrequency, documents, true);
    const c = conceptVector(concepts, conceptFrequency, documents);
    const profileNorm = Math.hypot(...Object.values(q.concepts));
    return {
      nearestTitle: Math.max(...q.wordings.map((w) => dot(t, w.title))),
      nearestAnswer: Math.max(...q.wordings.map((w) => dot(a, w.answer))),
      profile: profileNorm === 0 ? 0 : dot(c, q.concepts) / profileNorm,
    };
  }

  /** A wording's cosines with every known question's titles and answers, and their score. */
  all(title: string, answer: string): { score: Float64Array; title: Float64Array; answer: Float64Array } {
    const { documents, titleFrequency, answerFrequency, questions } = this.data;
    const cosines = (v: Vector, postings: Map<string, [number, number][]>) => {
      const out = new Float64Array(questions.length);
      for (const [f, x] of v) for (const [i, w] of postings.get(f) ?? []) out[i]! += x * w;
      return out;
    };
    const titles = cosines(titleVector(title, titleFrequency, documents), this.titlePostings);
    const answers = cosines(vectorOf(counts(answer), answerFrequency, documents, true), this.answerPostings);
    return { score: titles.map((t, i) => TITLE_SHARE * t + (1 - TITLE_SHARE) * answers[i]!), title: titles, answer: answers };
  }
}

export interface JoinContext {
  /** A long-form article's section title (背景介绍). */
  isSectionTitle: (d: DraftEntry) => boolean;
  /** How much of a title's subject some of `titles` share (similar-questions.ts). */
  subjectShare: (title: string, titles: readonly string[]) => number;
  /** The specific vocabulary concepts a text names, by their terms. */
  concepts: (text: string) => ReadonlySet<string>;
  /** Whether a title asks about a narrower concept than the known titles (narrowerThan). */
  asksNarrower?: (title: string, known: readonly string[]) => boolean;
}

/**
 * Pipeline stage "join known questions", after classification: a question none of whose entries is
 * a known wording joins the known question one of its entries reads most like, when that known
 * question is among the articles ingested and the join model (join-model.ts) gives at least
 * JOIN_THRESHOLD. It is the same question, so it takes that question's topic and explanation; its
 * own classification is dropped. A question asking about a narrower concept than the known one
 * never joins it, nor does an article's section title join a known question whose entries are all
 * section titles. A question from JOIN_NEAR_MISS up that is not joined is a near miss.
 */
interface Candidate {
  p: number;
  target: number;
  features: JoinFeatures;
}

export function joinKnownQuestions<G extends DraftGroup & { topic?: string }>(
  groups: readonly G[],
  model: KnownQuestionModel | undefined,
  join: JoinWeights | undefined,
  context: JoinContext,
): { groups: G[]; merged: SimilarQuestions[]; nearMisses: SimilarQuestions[] } {
  if (!model || !join) return { groups: [...groups], merged: [], nearMisses: [] };
  const groupAt = new Map<string, number>();
  groups.forEach((g, i) => g.members.forEach((m) => groupAt.set(headingAt(m), i)));
  const home = model.data.questions.map((q) => q.at.map((at) => groupAt.get(at)).find((i) => i !== undefined));
  const known = new Set(home.filter((i) => i !== undefined));
  const targets = new Map<number, JoinTarget & { sectionsOnly: boolean }>();
  const targetOf = (i: number) => {
    let t = targets.get(i);
    if (!t) {
      const g = groups[i]!;
      t = {
        titles: g.members.map((m) => m.title),
        topic: g.topic,
        concepts: new Set(g.members.flatMap((m) => [...context.concepts(m.plain)])),
        titleConcepts: new Set(g.members.flatMap((m) => [...context.concepts(m.title)])),
        sectionsOnly: g.members.every(context.isSectionTitle),
      };
      targets.set(i, t);
    }
    return t;
  };
  const joins = new Joins(groups.length);
  const merged: SimilarQuestions[] = [];
  const nearMisses: SimilarQuestions[] = [];
  const pair = ({ p, target, features }: Candidate, g: G) => reportedJoin(p, features, groups[target]!, g, true);
  groups.forEach((g, i) => {
    if (known.has(i)) return;
    let best: Candidate | undefined;
    let closest: Candidate | undefined;
    for (const m of g.members) {
      const concepts = context.concepts(m.plain);
      for (const match of model.top(m.title, m.plain, concepts)) {
        const target = home[match.question];
        if (target === undefined) continue;
        const to = targetOf(target);
        const features = joinFeatures(
          {
            title: m.title,
            topic: g.topic,
            section: context.isSectionTitle(m),
            concepts,
            titleConcepts: context.concepts(m.title),
          },
          to,
          match,
          context.subjectShare,
        );
        const candidate = { p: joinProbability(join, features), target, features };
        if (!closest || candidate.p > closest.p) closest = candidate;
        // As in the subject comparison: an article's section title (核心概念与联系) names that article's
        // subject, so it never joins a known question that is only other articles' section titles. Left
        // to the learnt section weight, seven such sections joined the seed's with half the rows learnt
        // from (eval:rounds --halves).
        const sections = context.isSectionTitle(m) && to.sectionsOnly;
        if (candidate.p >= JOIN_THRESHOLD && !sections && !context.asksNarrower?.(m.title, to.titles) && (!best || candidate.p > best.p))
          best = candidate;
      }
    }
    if (best) {
      joins.join(i, best.target);
      merged.push(pair(best, g));
    } else if (closest && closest.p >= JOIN_NEAR_MISS) nearMisses.push(pair(closest, g));
  });
  return { groups: joins.apply(groups), merged, nearMisses: nearMisses.sort((x, y) => y.score - x.score) };
}

/** The specific (not broad) terms of the vocabulary a text names. */
export function specificConcepts(matcher: VocabularyMatcher): (text: string) => VocabularyConcept[] {
  return (text) =>
    matcher
      .find(text)
      .filter((m) => m.concept.kind === 'term' && !m.concept.broad)
      .map((m) => m.concept);
}

/**
 * A title that asks about a narrower concept than the known question's titles name
 * (「量化感知训练和训练后量化有什么区别」 against 「大模型的量化技术」: both kinds of 量化) asks a
 * narrower question, however alike the answers read: the vocabulary's broader terms say so.
 */
export function narrowerThan(matcher: VocabularyMatcher): (title: string, known: readonly string[]) => boolean {
  const byZh = new Map(matcher.concepts.map((c) => [c.zh, c]));
  const ancestors = (c: VocabularyConcept): Set<number> => {
    const seen = new Set<number>();
    for (let b = c.broader ? byZh.get(c.broader) : undefined; b && !seen.has(b.id); b = b.broader ? byZh.get(b.broader) : undefined)
      seen.add(b.id);
    return seen;
  };
  const specific = specificConcepts(matcher);
  const domains = (text: string) =>
    matcher
      .find(text)
      .filter((m) => m.concept.kind === 'domain')
      .map((m) => m.concept);
  return (title, known) => {
    const named = new Set(known.flatMap((k) => specific(k).map((c) => c.id)));
    // When the clauses that ask name the known concept itself, a narrower one named only in a clause
    // that sets the scene (「标着“W4A16”，说是量化过的——量化到底动了模型的什么？」) is context, and
    // the question is about the known concept.
    const asking = askingClauses(title);
    const asked = asking !== '' && specific(asking).some((c) => named.has(c.id)) ? asking : title;
    if (specific(asked).some((c) => !named.has(c.id) && [...ancestors(c)].some((a) => named.has(a)))) return true;
    // A corner of a field (直播电商 in 「做短视频带货的，大模型能帮上啥」) asks less than the field
    // (电子商务), unless the question names the field too or lists several corners of it, which
    // stand for the field (「银行、券商、保险」). A corner named in the scene before a dash or in
    // what the question sets aside is not what it asks about.
    const knownDomains = new Set(known.flatMap((k) => domains(k).map((c) => c.id)));
    if (knownDomains.size === 0) return false;
    const plain = normalizeForm(withoutSetAside(title));
    const own = domains(plain.slice(questionAfterDash(plain)));
    const ownIds = new Set(own.map((c) => c.id));
    const corners = new Map<number, Set<number>>();
    for (const c of own) {
      if (knownDomains.has(c.id)) continue;
      for (const a of ancestors(c)) {
        if (!knownDomains.has(a) || ownIds.has(a)) continue;
        corners.set(a, (corners.get(a) ?? new Set()).add(c.id));
      }
    }
    return [...corners.values()].some((children) => children.size === 1);
  };
}

/** The clauses of a title that ask something (「…——量化到底动了模型的什么？精度要掉多少？」), joined; '' when none does. */
export function askingClauses(title: string): string {
  return title
    .split(/[，,：:；;。？?！!]|—+|-{2,}/u)
    .filter((clause) => clause.trim() !== '' && isPhrasedAsQuestion(clause))
    .join('，');
}
