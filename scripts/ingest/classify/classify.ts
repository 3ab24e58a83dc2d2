/**
 * Topic classification from the vocabulary of the field (content/vocabulary.yaml): every concept
 * found in a question's headings votes for its topic, concepts in the answers vote a little. What
 * a question is *about* decides; how it is phrased (什么是, 有哪些) carries no topic at all.
 *
 * Weights follow the kinds of the vocabulary, not particular questions:
 * - a specific term (知识蒸馏, 梯度消失) is the strongest signal of what a question is about;
 * - an aspect (挑战, 应用, 原理) says what is asked about the subject; it outweighs a broad subject
 *   (「大模型训练的挑战」 is a challenge, not training) but not a specific term, because technical
 *   problems have their own topic (「梯度消失问题」 belongs to training);
 * - a broad word (大模型, 训练, 问题) counts a little;
 * - a domain (医疗, 金融) carries no topic of its own: the aspect decides between 「医疗中的应用」
 *   and 「医疗中的挑战」; a domain with no aspect at all leans towards applications, the topic of
 *   uses in a domain.
 */
import { TOPIC_IDS, TOPICS, type TopicId } from '../../../src/lib/topics.ts';
import { normalizeForm, type ConceptMatch, type VocabularyConcept, type VocabularyMatcher } from '../../../src/lib/vocabulary/match.ts';
import { disclaimedConcepts, isDisclaimed } from './disclaimers.ts';
import type { ExampleModel, ExampleVote } from './examples.ts';
import { fromToSpans, isFoundInMaterial, isPhrasedAsQuestion, questionAfterDash } from '../filler.ts';

/** The vocabulary's aspect for asking the steps of something (步骤, 流程, 环节, 哪几步). */
const STEPS = '步骤';
/** The vocabulary's aspect for asking the model to do something (能不能让, 能交给). */
const REQUEST = '交给模型做';

export const WEIGHTS = {
  term: 3,
  aspect: 4,
  /**
   * An aspect of the concepts topic (定义, 原理, 特点) asks what something is: 「什么是 KV cache」
   * is about KV cache (compression), 「什么是大模型」 about the field itself (concepts). It counts
   * like a broad aspect, below a specific term.
   */
  definingAspect: 2,
  /**
   * A term of the concepts topic. Chosen by cross-validation over the tuning rounds (each round
   * classified with the examples counted without it): 3 (as any term) → 681/717 over four folds and
   * 205/220 over the four latest rounds; 2.5 → 681 / 205; 2 → 685 / 208; 1.75 → 687 / 208; 1.5 →
   * 687 / 207; 1 → 686 / 206. Of the 36 misses at 3, 15 were questions filed under concepts that
   * ask how to train, compress or run one of its models. The five stay 143/143 throughout.
   */
  conceptsTerm: 2,
  broadTerm: 1,
  broadAspect: 2,
  /**
   * A request that the model do something (「能不能让它听录音把错字挑出来」) is mostly a use: of the
   * 140 labelled headings that ask 「能不能让/交给…」, 121 are applications. The rest ask the model to do
   * a technique of the field (「能不能先让小模型接着，难的再交给大模型」), which a specific term names:
   * the request counts under one. Measured on rounds 34–49 left out in turn (810 items), together with
   * reading a risk the model is asked to find as the material's (below): 780 right without either, 781
   * with the request at the weight of an aspect (4), 782 at 2.
   */
  request: 2,
  /** A domain with no aspect in the heading leans towards applications, more than 大模型 leans anywhere. */
  bareDomain: 2,
  /** A concept only in a heading's later sentences, relative to one in its first. */
  laterSentence: 0.5,
  /** The heading of the section an entry sits in frames it: half a heading. */
  contextFactor: 0.5,
  /** Answers count this much of a heading match, at most BODY_CAP times per concept. */
  bodyFactor: 0.15,
  bodyCap: 3,
  /** Under a heading that names no subject, the concepts topic's words in the answer count this much. */
  backgroundFactor: 0.5,
  /**
   * The labelled examples' vote (examples.ts), times its probability for each topic: a sure vote
   * counts no more than one specific term. Chosen by counting the examples without a round of
   * labelled articles and classifying that round: on rounds 9–10 (written after the vocabulary had
   * been tuned) 1.5 → 93/110, 2 → 99, 3 → 100, 4 → 100, against 89 by the vocabulary alone; on
   * articles 101–109 (on which the vocabulary was tuned longest) 141, 141, 139 and 138/144, against
   * 142. At 3: rounds 5–6 104 → 107/112, rounds 7–8 96 → 97/104. Re-chosen with rounds 11 and 12
   * in (717 labelled tuning items, each round classified with the examples counted without it):
   * over four folds 2, 3 and 4 all give 681/717 (6: 680); over the four latest rounds alone (130–141,
   * on which the vocabulary was tuned least, so the nearest to an unseen article) 2 → 203/220,
   * 3 → 205, 4 → 205, 5 → 204. 3: no worse anywhere, better where it matters. Re-chosen with rounds
   * 1–21 in (1,161 labelled tuning items, three articles a round, each round classified with the
   * examples counted without it, known questions on): 2 → 1,091, 3 → 1,098, 4 → 1,102, 5 → 1,099; over
   * the four latest rounds (157–168) 3 → 144/156, 4 → 146. Kept at 3: at 4 a sure vote would
   * outweigh a specific term, and what a question is about must outweigh how it is worded.
   * Raised to 4 once the vote became mostly the learnt weights' (examples.ts LEARNT_SHARE), on
   * rounds 1–24 left out in turn (1,353 items): 3 → 1,301, 3.5 → 1,307, 4 → 1,310, 5 → 1,309,
   * 6 → 1,311 (counts alone at 3: 1,294). A sure vote (the weights give their favoured topic 0.98 at
   * the median, measured on three rounds left out) now outweighs one specific term, but not a term
   * with the aspect asked (「量化的挑战」) or two terms that agree.
   */
  examples: 4,
} as const;

export interface ClassifyInput {
  /** Headings (titles) of the question's entries. */
  headings: string[];
  /** Headings of the sections the entries sit under (long-form articles): context, not the question. */
  context?: string[];
  /** Plain text of the answers. */
  bodies: string[];
}

export interface Classification {
  topic: TopicId;
  scores: Record<TopicId, number>;
  reason: string;
  /**
   * The vocabulary's reading in its own words (「按词表，最高为「挑战与风险」（5.38 分）：…」), for a
   * later decision that overrules it (a vote of neighbours) to quote after its own. A classifier
   * passed to ingest() may leave it out; the vote then gives its own reason alone.
   */
  reading?: string;
}

interface Vote {
  topic: TopicId;
  concept: VocabularyConcept;
  /** Forms as found, e.g. 耗电 for 能耗. */
  forms: Set<string>;
  points: number;
  where: '标题' | '所在章节' | '正文';
}

export function conceptWeight(concept: VocabularyConcept): number {
  if (concept.kind === 'aspect' && concept.zh === REQUEST) return WEIGHTS.request;
  if (concept.kind === 'aspect')
    return concept.broad ? WEIGHTS.broadAspect : concept.topic === 'concepts' ? WEIGHTS.definingAspect : WEIGHTS.aspect;
  if (concept.kind === 'term') {
    if (concept.broad) return WEIGHTS.broadTerm;
    // A risk named in a question (隐私, 能耗, 可持续, 偏见) frames it the way 挑战 does: the SPEC's
    // challenges topic is defined by the concern raised, whatever it is raised about.
    // A model or technique of the concepts topic (推理模型, MoE, Agent) named in a question that asks
    // how to train, shrink or pay for it is the object, not the topic: it counts like an aspect that
    // asks what something is.
    return concept.topic === 'challenges' ? WEIGHTS.aspect : concept.topic === 'concepts' ? WEIGHTS.conceptsTerm : WEIGHTS.term;
  }
  return 0;
}

const round = (n: number) => Math.round(n * 100) / 100;
const emptyScores = () => Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;

/**
 * Where a heading's list of examples starts: after a colon, three or more items set off by 、 and
 * nothing that asks (「…理清：数据、底座、检索、微调」); Infinity when there is none.
 */
export function listAfterColon(heading: string): number {
  const colon = heading.search(/[：:]/u);
  if (colon < 0) return Number.POSITIVE_INFINITY;
  const rest = heading.slice(colon + 1);
  return (rest.match(/、/gu) ?? []).length >= 2 && !/[?？]/u.test(rest) ? colon + 1 : Number.POSITIVE_INFINITY;
}

/**
 * Where the question starts after a first clause that sets the scene: the clause before the first
 * comma names no subject (only aspects: a time, a frame) and what follows asks; 0 otherwise.
 */
export function afterSceneClause(sentence: string, found: readonly ConceptMatch[]): number {
  const comma = sentence.search(/[，,]/u);
  if (comma <= 0 || !isPhrasedAsQuestion(sentence.slice(comma + 1))) return 0;
  return found.some((m) => m.start < comma && m.concept.kind !== 'aspect') ? 0 : comma + 1;
}

export function classifyTopic(input: ClassifyInput, matcher: VocabularyMatcher, examples?: ExampleModel): Classification {
  const votes = new Map<string, Vote>();
  const vote = (concept: VocabularyConcept, topic: TopicId, form: string, points: number, where: Vote['where']) => {
    const key = `${where}|${concept.id}`;
    const v = votes.get(key) ?? { topic, concept, forms: new Set<string>(), points: 0, where };
    v.points += points;
    v.forms.add(form);
    votes.set(key, v);
  };

  // 「常减压蒸馏…」 whose answer says 「这里的“蒸馏”是分离工艺，不是…知识蒸馏」: the word is not the field's.
  const bodyText = normalizeForm(input.bodies.join('\n'));
  const disclaimed = disclaimedConcepts(bodyText, matcher);
  // 「热身多久合适」 at a gym is about warming up unless the question names 学习率预热 elsewhere too,
  // and not where the answer names it only to say it is not meant.
  let undisclaimed = bodyText;
  for (const [start, end] of disclaimed.spans)
    undisclaimed = undisclaimed.slice(0, start) + ' '.repeat(end - start) + undisclaimed.slice(end);
  const evidence = matcher.named([...input.headings, ...(input.context ?? []), undisclaimed].join('\n'));
  const otherSense = new Set<number>();

  // Headings: each concept counts once per heading, and several sources asking the same thing
  // do not multiply it (1 + log2 n for n headings). Section headings count the same way, at half.
  const headingVotes = (headings: readonly string[], factor: number, where: Vote['where']) => {
    const perConcept = new Map<number, { concept: VocabularyConcept; headings: number; forms: Set<string>; weight: number }>();
    let aspectSeen = false;
    for (const heading of headings) {
      const seen = new Set<number>();
      const norm = normalizeForm(heading);
      // A flaw or risk the model is asked to find (「挑釉面缺陷」, 「挑出碰敏感话题的句子」) is the
      // material's, not a challenge.
      const named = matcher.find(heading, { evidence });
      const inTerm = (at: number) => named.some((m) => m.start <= at && at < m.end);
      const found = named.filter(
        (m) =>
          !(
            (m.concept.kind === 'aspect' || (m.concept.kind === 'term' && !m.concept.broad)) &&
            m.concept.topic === 'challenges' &&
            isFoundInMaterial(norm, m.start, inTerm)
          ),
      );
      // 「为什么管大模型叫基础模型？预训练加微调是怎么一回事？」 asks its first sentence first: what
      // a later sentence adds counts for less.
      const stop = norm.search(/[?。!;][^?。!;]*\p{L}/u);
      const firstEnd = stop < 0 ? Number.POSITIVE_INFINITY : stop;
      // 「先把几个概念和它们之间的关系理清：数据、底座、检索、微调、评估、部署」 asks about the
      // concepts; the list after its colon names examples of them, which count like a later sentence.
      const listed = listAfterColon(norm);
      // 「物流公司打算用大模型排班、调度车辆——它算错了谁担责任？」 asks about responsibility: once the
      // question after the dash names something to count, what the scene names counts like a later sentence.
      // So does a first clause that names no subject, only a time or a frame (「再过几年，理赔员会被
      // 取代吗？」 asks about jobs, not the outlook).
      const asked = questionAfterDash(norm.slice(0, firstEnd)) || afterSceneClause(norm.slice(0, firstEnd), found);
      // An aspect that asks what its subject is (「——这是个什么东西？」) names nothing to count: its
      // subject is what the scene names (「只另外练了一个几十兆的“LoRA”」).
      const scene = found.some(
        (m) =>
          m.start >= asked &&
          m.start < firstEnd &&
          !m.concept.broad &&
          (m.concept.kind !== 'aspect' || (m.concept.topic && !m.concept.open)),
      )
        ? asked
        : 0;
      // 「商业化落地会遇到哪些阻力」 asks about the obstacle, not the use: where a heading names a
      // challenge, its words for use (落地, 应用) say what the challenge is about.
      // (A section heading such as 「未来发展趋势与挑战」 lists both, so this holds for questions only.)
      // The broad 问题 does not count: 「交通管理问题，大模型能帮上什么忙」 names the problems a use solves.
      const asksChallenge =
        where === '标题' && found.some((m) => m.concept.kind === 'aspect' && m.concept.topic === 'challenges' && !m.concept.broad);
      // 「从立项到四家店全上线，我们按顺序走了哪些环节」 asks for the steps of a whole project: where a
      // heading asks for steps, what its 「从 A 到 B」 names are the ends of the process, not its subject.
      const ends = found.some((m) => m.concept.kind === 'aspect' && m.concept.zh === STEPS) ? fromToSpans(norm) : [];
      const isEnd = (m: (typeof found)[number]) =>
        m.concept.kind !== 'aspect' && ends.some(([start, end]) => start <= m.start && m.end <= end);
      for (const m of found) {
        if (m.concept.kind === 'term' && isDisclaimed(m.concept, m.form, disclaimed)) {
          otherSense.add(m.concept.id);
          continue;
        }
        if (asksChallenge && m.concept.kind === 'aspect' && m.concept.topic === 'applications') continue;
        // A named risk frames a heading as an aspect does (see conceptWeight): 「AI 换脸冒充老板让财务转账，咋防？」
        // asks about the fraud, so its domain (金融) does not vote for 应用 on its own.
        if (
          (m.concept.kind === 'aspect' && m.concept.topic) ||
          (m.concept.kind === 'term' && m.concept.topic === 'challenges' && !m.concept.broad)
        )
          aspectSeen = true;
        const p = perConcept.get(m.concept.id) ?? { concept: m.concept, headings: 0, forms: new Set<string>(), weight: 0 };
        p.forms.add(m.form);
        p.weight = Math.max(p.weight, m.start >= scene && m.start < firstEnd && m.start < listed && !isEnd(m) ? 1 : WEIGHTS.laterSentence);
        if (!seen.has(m.concept.id)) p.headings++;
        seen.add(m.concept.id);
        perConcept.set(m.concept.id, p);
      }
    }
    for (const { concept, headings: n, forms, weight } of perConcept.values()) {
      const times = Math.min(n, 1 + Math.log2(n)) * factor * weight;
      if (concept.topic) for (const f of forms) vote(concept, concept.topic, f, (conceptWeight(concept) * times) / forms.size, where);
      else if (concept.kind === 'domain' && !aspectSeen)
        for (const f of forms) vote(concept, 'applications', f, (WEIGHTS.bareDomain * times) / forms.size, where);
    }
  };
  headingVotes(input.headings, 1, '标题');
  headingVotes(
    [...new Set(input.context ?? [])].filter((c) => c !== ''),
    WEIGHTS.contextFactor,
    '所在章节',
  );

  // Answers: a specific term used throughout an answer says something about the question; capped
  // so that a long answer does not outvote its own question. Aspects and broad words in an answer
  // are only prose (every answer lists 特点, 优势, 问题), so they do not vote.
  const bodyCounts = new Map<number, { concept: VocabularyConcept; n: number; forms: Set<string> }>();
  for (const m of matcher.find(undisclaimed, { evidence })) {
    if (!m.concept.topic || m.concept.kind !== 'term' || m.concept.broad) continue;
    if (otherSense.has(m.concept.id) || disclaimed.spans.some(([start, end]) => start <= m.start && m.end <= end)) continue;
    const c = bodyCounts.get(m.concept.id) ?? { concept: m.concept, n: 0, forms: new Set<string>() };
    c.n++;
    c.forms.add(m.form);
    bodyCounts.set(m.concept.id, c);
  }
  // A heading that names no subject (背景介绍, 总结) leaves the answer to decide, and there the
  // field's basic vocabulary (基础模型, 参数量, model names) is the background of every answer,
  // not what this one is about.
  const headingNamesTopic = [...votes.values()].some((v) => v.where === '标题' && v.points > 0);
  for (const { concept, n, forms } of bodyCounts.values()) {
    const background = !headingNamesTopic && concept.topic === 'concepts' ? WEIGHTS.backgroundFactor : 1;
    const points = conceptWeight(concept) * WEIGHTS.bodyFactor * Math.min(n, WEIGHTS.bodyCap) * background;
    vote(concept, concept.topic!, [...forms][0]!, points, '正文');
  }

  const scores = emptyScores();
  for (const v of votes.values()) scores[v.topic] += v.points;
  const voted = examples?.vote(input.headings, input.bodies);
  const example = voted && { ...voted, cues: voted.cues.filter((cue) => !cutsAcrossTerms(cue, input.headings, matcher)) };
  if (example) for (const t of TOPIC_IDS) scores[t] += WEIGHTS.examples * example.probability[t];
  for (const t of TOPIC_IDS) scores[t] = round(scores[t]);
  const topic = TOPIC_IDS.reduce((best, t) => (scores[t] > scores[best] ? t : best), TOPIC_IDS[0]);
  const { reason, reading } = explain(topic, scores, [...votes.values()], example);
  return { topic, scores, reason, reading };
}

function label(v: Vote): string {
  const forms = [...v.forms].filter((f) => f !== v.concept.zh);
  return forms.length > 0 ? `「${forms.join('、')}」（${v.concept.zh}）` : `「${v.concept.zh}」`;
}

/**
 * Whether every place a cue word stands in the headings is not a word the heading says: it cuts
 * across a form of the vocabulary, or lies inside the form of a line without a topic, which the
 * vocabulary keeps as a broad word to read such words whole (大概要 is 大概 + 要, roughly: the segmenter's 大|概要|花
 * would have the explanation quote 概要, which the heading never says). A word inside a longer
 * form of the field (金融 in 金融风控) is still the heading's.
 */
function cutsAcrossTerms(cue: string, headings: readonly string[], matcher: VocabularyMatcher): boolean {
  if (!/\p{Script=Han}/u.test(cue)) return false;
  let seen = false;
  for (const heading of headings) {
    const norm = normalizeForm(heading);
    const found = matcher.find(heading);
    for (let at = norm.indexOf(cue); at >= 0; at = norm.indexOf(cue, at + 1)) {
      seen = true;
      const end = at + cue.length;
      const cut = found.some(
        (m) =>
          (m.start < at && at < m.end && m.end < end) ||
          (at < m.start && m.start < end && end < m.end) ||
          (m.start <= at &&
            end <= m.end &&
            m.end - m.start > cue.length &&
            !m.concept.topic &&
            m.concept.kind === 'term' &&
            m.concept.broad),
      );
      if (!cut) return false;
    }
  }
  return seen;
}

/** Why `topic` won: as the decision (reason) and as the vocabulary's reading another decision may overrule. */
export function explain(
  topic: TopicId,
  scores: Record<TopicId, number>,
  votes: readonly Vote[],
  example?: ExampleVote,
): { reason: string; reading: string } {
  const none = '词表中没有命中任何带主题的词';
  if (scores[topic] === 0) return { reason: `${none}，默认归入「${TOPICS[topic].name}」。`, reading: `${none}。` };
  const parts = votes
    .filter((v) => v.topic === topic)
    .map((v) => ({ points: v.points, line: v.concept.line, text: `${v.where}${label(v)}+${round(v.points)}` }));
  const examplePoints = example ? WEIGHTS.examples * example.probability[topic] : 0;
  if (example && round(examplePoints) > 0) {
    const cues = example.cues.length > 0 ? `（标题中的「${example.cues.join('」「')}」多见于这一主题）` : '';
    parts.push({ points: examplePoints, line: -1, text: `已标注的示例问题${cues}+${round(examplePoints)}` });
  }
  const mine = parts
    .sort((a, b) => b.points - a.points || a.line - b.line)
    .slice(0, 5)
    .map((p) => p.text);
  const runnerUp = TOPIC_IDS.filter((t) => t !== topic).reduce(
    (best, t) => (scores[t] > scores[best] ? t : best),
    TOPIC_IDS.find((t) => t !== topic)!,
  );
  const versus = scores[runnerUp] > 0 ? `；次高为「${TOPICS[runnerUp].name}」${scores[runnerUp]} 分` : '';
  const statement = `「${TOPICS[topic].name}」（${scores[topic]} 分）：${mine.join('、')}${versus}。`;
  return { reason: `归入${statement}`, reading: `按词表，最高为${statement}` };
}
