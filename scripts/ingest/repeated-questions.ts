/**
 * Questions that two new articles both ask, in other words, and that no known question covers:
 * 「为什么开了梯度累积，loss 对不上」 and 「gradient_accumulation_steps=16 和 batch 16 的 loss 为什么对不上」.
 * Neither wording is labelled, so there is no known question to join (known-questions.ts); each new
 * question is compared with the question of another new article it reads most like, by the same
 * measures and the same kind of learnt decision (join-model.ts), trained on the labelled test
 * articles' questions, each measured against all the other test articles at once.
 */
import { headingAt } from './drafts.ts';
import { Joins, type DraftGroup } from './group.ts';
import { joinFeatures, joinProbability, reportedJoin, type JoinFeatures, type JoinWeights } from './join-model.ts';
import { KnownQuestionModel, withQuestions, type JoinContext, type KnownCentroids } from './known-questions.ts';
import type { SimilarQuestions } from './similar-questions.ts';

/**
 * Joined from this probability up. Chosen where the knowledge base is large: ingesting half of the
 * rounds of test articles together (some forty articles) with the model learnt from the other half
 * (npm run eval:rounds -- --halves), the pairs of new questions the model gives at least 0.85 are
 * 36, of which 6 are not one question; from 0.9, 30 and 5; from 0.95, 19 and 1 (「warmup 是干啥用的」 ~
 * 「warmup 和余弦退火分别解决什么问题」). A question's best match among a thousand reads closer than
 * among the thirty of one round, and the rounds left out one at a time (npm run eval:rounds) do not
 * show it: there every value from 0.6 up adds no wrong pair. The cost there, in questions repeated
 * within a round grouped: 0.7 → 32 of 49, 0.85 → 29, 0.9 → 26 (rounds 1–24), and 21 of 51 at 0.95
 * (rounds 1–25); 6 without this stage. With the measure `terms` (join-model.ts; rounds 1–26 in
 * halves): from 0.85, 40 pairs and 4 not one question; from 0.9, 34 and 2; from 0.95, 24 and 1 (21
 * and 1 before it); in rounds left out, 27 of 56 repeats grouped (22 before). With the nearest-wording
 * and concept-profile measures (rounds 1–32 in halves): from 0.95, 35 pairs and 2 not one question
 * (31 and 1 without them); from 0.96, 30 and 1; from 0.98, 19 and 1 (the warmup pair above). 0.96 is
 * the lowest value with no more wrong pairs than before; in rounds left out it groups 28 of 93 repeats
 * (32 at 0.95). With the measure `sharedTerms` (rounds 1–42 left out): 0.96 → 63 of 183 repeats, 0.98
 * → 39, with the same wrong pairs; 0.96 stays, and a join needs titles that share something. Once
 * round 49 was counted in, three labelled pairs read 0.96 with every test article ingested together
 * (the warmup pair above, 「合成数据…会不会越训越差」 ~ 「合成数据怎么用来训练」); at 0.97 none does, and
 * rounds 34–49 left out in turn group 52 of 144 repeats (59 at 0.96) with no wrong pair more or less.
 */
export const REPEAT_THRESHOLD = 0.97;
/** Reported as a near miss from here up. */
export const REPEAT_NEAR_MISS = 0.4;

export interface RepeatCandidate {
  /** Index of the wording it reads most like, among the others. */
  other: number;
  features: JoinFeatures;
}

export interface RepeatWording {
  /** The article it is in: a question is compared only with other articles' questions. */
  file: string;
  title: string;
  answer: string;
  topic?: string;
  section: boolean;
  concepts: ReadonlySet<string>;
  titleConcepts: ReadonlySet<string>;
}

/**
 * For each wording, the wording of another article it reads most like (title and answer cosines
 * under the labelled articles' frequencies), and the measures between them. The margin is over the
 * next such wording. Questions of one article are not compared: its answers share the article's
 * words, and an article that asks 「第 1 题」 … 「第 1000 题」 asks a thousand questions whose
 * cosines, blind to numbers, are all 1.
 */
export function nearestWordings(
  frequencies: Pick<KnownCentroids, 'documents' | 'titleFrequency' | 'answerFrequency' | 'conceptFrequency'>,
  wordings: readonly RepeatWording[],
  subjectShare: (title: string, titles: readonly string[]) => number,
): (RepeatCandidate | undefined)[] {
  const model = new KnownQuestionModel(
    withQuestions(
      frequencies,
      wordings.map((w, i) => [{ at: `w:${i}`, title: w.title, answer: w.answer, concepts: [...w.concepts] }]),
    ),
  );
  return wordings.map((w) => {
    const { score, title, answer } = model.all(w.title, w.answer);
    let first = -1;
    let second = -1;
    for (let j = 0; j < score.length; j++) {
      if (wordings[j]!.file === w.file) continue;
      if (first < 0 || score[j]! > score[first]!) {
        second = first;
        first = j;
      } else if (second < 0 || score[j]! > score[second]!) second = j;
    }
    if (first < 0) return undefined;
    const o = wordings[first]!;
    return {
      other: first,
      features: joinFeatures(
        { title: w.title, topic: w.topic, section: w.section, concepts: w.concepts, titleConcepts: w.titleConcepts },
        { titles: [o.title], topic: o.topic, concepts: o.concepts, titleConcepts: o.titleConcepts },
        {
          title: title[first]!,
          answer: answer[first]!,
          margin: score[first]! - (second < 0 ? 0 : score[second]!),
          ...model.closer(first, w.title, w.answer, w.concepts),
        },
        subjectShare,
      ),
    };
  });
}

/**
 * Pipeline stage "join repeated questions", after known questions are joined: among the questions
 * holding no known wording, one joins the question it reads most like when the repeat model gives
 * at least REPEAT_THRESHOLD, they are in different articles, both were filed under the same topic,
 * they are not section titles of two articles, and neither asks about a narrower concept than the
 * other. From REPEAT_NEAR_MISS up, a near miss.
 */
export function joinRepeatedQuestions<G extends DraftGroup & { topic?: string }>(
  groups: readonly G[],
  known: KnownCentroids | undefined,
  weights: JoinWeights | undefined,
  context: JoinContext,
): { groups: G[]; merged: SimilarQuestions[]; nearMisses: SimilarQuestions[] } {
  if (!known || !weights) return { groups: [...groups], merged: [], nearMisses: [] };
  const knownAt = new Set(known.questions.flatMap((q) => q.at));
  const open = groups.map((g, i) => i).filter((i) => !groups[i]!.members.some((m) => knownAt.has(headingAt(m))));
  const members = open.flatMap((i) => groups[i]!.members.map((m) => ({ group: i, m })));
  const nearest = nearestWordings(
    known,
    members.map(({ group, m }) => ({
      file: m.file,
      title: m.title,
      answer: m.plain,
      topic: groups[group]!.topic,
      section: context.isSectionTitle(m),
      concepts: context.concepts(m.plain),
      titleConcepts: context.concepts(m.title),
    })),
    context.subjectShare,
  );
  const joins = new Joins(groups.length);
  const merged: SimilarQuestions[] = [];
  const close = new Map<string, SimilarQuestions>();
  const pair = (p: number, f: JoinFeatures, a: number, b: number) => reportedJoin(p, f, groups[a]!, groups[b]!);
  nearest.forEach((n, k) => {
    if (!n) return;
    const from = members[k]!;
    const to = members[n.other]!;
    if (from.group === to.group) return;
    const p = joinProbability(weights, n.features);
    const [a, b] = from.group < to.group ? [from.group, to.group] : [to.group, from.group];
    const narrower = context.asksNarrower?.(from.m.title, [to.m.title]) || context.asksNarrower?.(to.m.title, [from.m.title]);
    // Two new questions filed under different topics stay apart: joining them would change one's topic
    // on the strength of the other's classification (rounds left out: 30 → 29 repeats grouped, topics
    // 1,309 → 1,310, the one topic a join had changed).
    // As in the subject comparison: section titles of two articles (背景介绍) name each its own article's subject.
    const sections = context.isSectionTitle(from.m) && context.isSectionTitle(to.m);
    // A repeat shows in what both titles ask. Answers alone read alike for neighbouring questions of
    // one field (「车间装摄像头盯工人，合规吗」 and 「拿车内录音录像给教练员打分排名，哪些线不能碰」
    // both explain privacy and labour law) and, with every test article ingested together, joined two
    // such questions whose titles share no character pair, subject or term.
    const titlesShare = n.features.title > 0 || n.features.subject > 0 || n.features.sharedTerms > 0;
    if (p >= REPEAT_THRESHOLD && titlesShare && !narrower && !sections && groups[a]!.topic === groups[b]!.topic) {
      if (joins.join(b, a)) merged.push(pair(p, n.features, a, b));
    } else if (p >= REPEAT_NEAR_MISS) {
      const key = `${a}:${b}`;
      if ((close.get(key)?.score ?? -1) < p) close.set(key, pair(p, n.features, a, b));
    }
  });
  const nearMisses = [...close.entries()]
    .filter(([key]) => {
      const [a, b] = key.split(':').map(Number);
      return joins.root(a!) !== joins.root(b!);
    })
    .map(([, s]) => s)
    .sort((x, y) => y.score - x.score);
  return { groups: joins.apply(groups), merged, nearMisses };
}
