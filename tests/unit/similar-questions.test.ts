/** What a question heading is about, for grouping (scripts/ingest/similar-questions.ts), on a small vocabulary. */
import { describe, expect, it } from 'vitest';
import {
  bestSimilarity,
  SAME_QUESTION_THRESHOLD,
  subjectsOf,
  withoutExamples,
  withoutFiller,
} from '../../scripts/ingest/similar-questions.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { source } from './support/ingest.ts';

const matcher = new VocabularyMatcher(
  parseVocabulary(
    [
      '- { zh: 大模型, en: large model, topic: concepts, broad: true }',
      '- { zh: 社交媒体, en: social media, say: [社交平台, 微博, 抖音], kind: domain }',
      '- { zh: 金融, en: finance, say: [银行, 金融机构], kind: domain }',
      '- { zh: 保险, en: insurance, kind: domain, broader: 金融 }',
      '- { zh: 金融风控, en: financial risk control, say: [信贷风控], kind: domain, broader: 金融 }',
      '- { zh: 环境监测, en: environmental monitoring, kind: domain }',
      '- { zh: 隐私, en: privacy, say: [透明], topic: challenges }',
      '- { zh: 公平性, en: fairness, say: [公平], topic: challenges }',
      '- { zh: 推荐系统, en: recommender system, kind: domain }',
      '- { zh: 商业, en: business, say: [商业应用], kind: domain }',
      '- { zh: 应用, en: application, say: [做什么, 落地, 应用场景], kind: aspect, topic: applications }',
      '- { zh: 案例, en: case study, kind: aspect, topic: applications }',
      '- { zh: 前景, en: outlook, say: [展望, 发展趋势], kind: aspect, topic: applications }',
      '- { zh: 挑战, en: challenge, say: [问题, 坎], kind: aspect, topic: challenges }',
      '- { zh: 原因, en: cause, say: [为什么], kind: aspect }',
      '- { zh: 定义, en: definition, say: [什么是], kind: aspect, open: true, group: 总览与定义 }',
      '- { zh: 概述, en: overview, say: [简介], kind: aspect, open: true, group: 总览与定义 }',
      '- { zh: 原理, en: principle, say: [理论地基], kind: aspect, open: true, group: 架构与原理 }',
      '- { zh: 梯度累积, en: gradient accumulation, topic: training }',
      '- { zh: 训练数据, en: training data, topic: training }',
      '- { zh: 损失曲线, en: loss curve, say: [loss 曲线], topic: training }',
      '- { zh: 越狱, en: jailbreak, say: [越狱攻击], topic: challenges }',
      '- { zh: 幻觉, en: hallucination, topic: challenges }',
      '- { zh: 方法, en: method, say: [如何, 防御, 减少], kind: aspect }',
      '- { zh: 模型选型, en: model selection, say: [选型], kind: aspect }',
      '- { zh: 评估, en: evaluation, say: [评测, 指标], kind: aspect, topic: training }',
      '- { zh: 效果, en: effect, broad: true }',
    ].join('\n'),
  ),
);
const same = (a: string, b: string) => bestSimilarity(subjectsOf([a], matcher), subjectsOf([b], matcher));

describe('the subject of a question heading', () => {
  it('leaves out examples listed before the concept they are examples of', () => {
    expect(withoutExamples('微博、抖音这类社交平台，能拿大模型来做什么', matcher)).toBe(' 社交平台，能拿大模型来做什么');
    expect(withoutExamples('银行、保险这些金融机构能用大模型做什么', matcher)).toBe(' 金融机构能用大模型做什么');
    expect(same('大模型在社交媒体领域有哪些应用？', '微博、抖音这类社交平台，能拿大模型来做什么？')).toBeGreaterThanOrEqual(
      SAME_QUESTION_THRESHOLD,
    );
    expect(same('大模型在金融领域有哪些应用？', '银行、保险这些金融机构能用大模型做什么？')).toBeGreaterThanOrEqual(
      SAME_QUESTION_THRESHOLD,
    );
  });

  it('leaves out examples set off by dashes or brackets after the concept they list', () => {
    expect(withoutExamples('金融机构——银行、证券、保险——能用大模型做什么', matcher)).toBe('金融机构 能用大模型做什么');
    expect(same('大模型在金融领域有哪些应用？', '金融机构（银行、证券、保险）能拿大模型做什么？')).toBeGreaterThanOrEqual(
      SAME_QUESTION_THRESHOLD,
    );
    // Not when nothing before them names a concept: then they are the subject.
    expect(withoutExamples('（银行、保险）', matcher)).toBe('（银行、保险）');
  });

  it('keeps the examples when only an aspect follows them: they are the subject', () => {
    expect(withoutExamples('透明、公平等问题', matcher)).toBe('透明、公平等问题');
    expect(same('透明、公平等问题', '大模型的挑战')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('counts a concept once when a narrower one of it is named too', () => {
    expect(same('大模型在金融风控中的挑战', '银行想用大模型做信贷风控，有什么坎？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    // The narrower one is not folded into the wider: insurance is not finance in general.
    expect(same('大模型在金融领域的应用', '大模型在金融领域中的保险应用')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('keeps a filler character that is part of a word the segmenter does not know', () => {
    // 中割 (in-betweening), all that is left of 「中割模型的…」 between known words, is split into 中
    // and 割; cutting 中 as filler left nothing of the name. A remnant after filler is still cut.
    expect(withoutFiller('中割')).toBe('中割');
    expect(withoutFiller('训练中的')).not.toContain('中');
    expect(withoutFiller('到底大在哪里')).not.toContain('在');
    expect(same('中割模型的梯度累积怎么设？', '梯度累积怎么设？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('reads the head of a 「X：…」 section heading as a subject of its own when it names a concept', () => {
    expect(same('大模型在环境监测领域有哪些应用？', '环境监测：空气、水质数据的智能分析')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    // A head that is only an aspect says nothing on its own.
    expect(same('面临的挑战', '挑战：用户隐私')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('reads what a 「X：…」 heading asks about its head from the question after the colon', () => {
    // The head alone (推荐系统 named, no aspect) would read as its use.
    const trouble = '推荐系统：老顾客天天收到不相干的东西，还容易在哪些地方出错？';
    expect(same('大模型在推荐系统中的应用', trouble)).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在推荐系统中的应用', '推荐系统：大模型还能做什么？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在推荐系统中的问题', '推荐系统：又遇到了哪些坎？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在推荐系统中的应用', '推荐系统：又遇到了哪些坎？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('reads a question after a dash that widens the scene to its kind as a subject of its own, when it names a concept', () => {
    const asked = '店里的老顾客总问能不能帮忙挑理财产品——放到整个金融这一行，大模型都用在哪？';
    expect(same('大模型在金融领域有哪些应用？', asked)).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在金融领域有哪些应用？', asked.replace('——', '，'))).toBeLessThan(SAME_QUESTION_THRESHOLD);
    // After the dash only 「能做什么」: the concept is in the scene, and the scene is what it asks about.
    expect(same('大模型在金融领域有哪些应用？', '社交平台的运营——能拿大模型做什么？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    // Without a word that widens it, the question after the dash is about the scene: how to fix that mistake.
    expect(same('训练数据从哪里来？', '客服助手老把退货政策说错——训练数据该怎么改？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('does not read a head that names who asks, or that is itself a question, as the subject', () => {
    expect(same('大模型在环境监测领域有哪些应用？', '环境监测站的同事问：为什么这个读数不准？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在环境监测领域有哪些应用？', '要不要在环境监测里上大模型：最大的坎在哪？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });
});

describe('what a question heading sets aside', () => {
  it('does not read the corner an author steps out of as the subject', () => {
    // 「跳出X：」, 「不说X：」, 「除了X，」, 「（不限于X）」 name what the question is not about.
    expect(same('推荐系统能用大模型做什么？', '跳出推荐系统：整个社交媒体行业拿大模型做什么？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在社交媒体领域有哪些应用？', '跳出推荐系统：整个社交媒体行业拿大模型做什么？')).toBeGreaterThanOrEqual(
      SAME_QUESTION_THRESHOLD,
    );
    expect(same('推荐系统能用大模型做什么？', '除了推荐系统，社交平台还能拿大模型做什么？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在社交媒体领域有哪些应用？', '社交平台能拿大模型做什么？（不限于推荐系统）')).toBeGreaterThanOrEqual(
      SAME_QUESTION_THRESHOLD,
    );
  });

  it('reads examples before 「，整个…」 as examples of the whole', () => {
    expect(withoutExamples('银行、保险，整个金融行业能用大模型做什么', matcher)).toBe(' 整个金融行业能用大模型做什么');
    expect(same('保险能用大模型做什么？', '银行、保险，整个金融行业能用大模型做什么？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });
});

describe('what a question heading asks', () => {
  it('reads 应用 right before another aspect of applications as what that aspect is of', () => {
    expect(same('说几个大模型在商业上真正落地的案例？', '大模型在商业应用中的案例')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    // 「应用场景与展望」 asks two things: where it is used and where it is going.
    expect(same('实际应用场景与展望', '未来发展趋势')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在推荐系统中的应用', '大模型在推荐系统中的应用前景')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('does not count the words that only set the scene or frame a difficulty', () => {
    expect(same('大模型在推荐系统中的问题', '推荐系统里接入大模型以后，还面临哪些问题？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在推荐系统中的问题', '推荐系统冷启动的问题')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('takes what is asked from a later sentence when the first only names where (a domain without an aspect)', () => {
    const asked = '银行的信贷风控？真要上大模型，难过的坎有哪些？';
    expect(same('大模型在金融风控中的应用', asked)).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在金融风控中的挑战', asked)).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    // Without a later aspect, a domain asked about alone still asks what it is used for.
    expect(same('大模型在金融风控中的应用', '银行的信贷风控？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('does not read a use from a domain when the question asks why or what it is', () => {
    expect(same('大模型在环境监测中的应用', '环境监测')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在环境监测中的应用', '为什么环境监测的大模型越往后越不准？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在环境监测中的应用', '什么是环境监测大模型')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('reads the principles of the field as another question than what it is, but not those of one term', () => {
    expect(same('什么是大模型？', '大模型的理论地基是哪几块？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('什么是大模型？', '大模型简介')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('什么是梯度累积？', '梯度累积的原理')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('reads a 为什么 as reaching over the comma when nothing after it asks again', () => {
    expect(same('什么是梯度累积？', '为什么开了梯度累积，loss 曲线和直接训的对不上？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('什么是梯度累积？', '什么是梯度累积，为什么它省显存？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('tells questions that name no specific subject apart by what they ask', () => {
    expect(same('选型的指标', '大模型的评测指标')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('面临的挑战', '大模型有哪些挑战？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    // With a subject named, a question that leaves the kind of answer open still meets one that names it.
    expect(same('幻觉', '如何减少幻觉？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('reads asking what a term is as another question than how to deal with it', () => {
    expect(same('什么是越狱攻击？', '如何防御越狱攻击？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('什么是幻觉？', '如何减少幻觉？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('什么是越狱攻击？', '越狱攻击简介')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('reads a general word asked about with no aspect as another question than what the field is', () => {
    // Found by a newcomer: 「大模型效果怎么看」 had joined 「什么是大模型」 at 1.00.
    expect(same('大模型效果怎么看？', '什么是大模型？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(same('大模型简介', '什么是大模型？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型怎么样？', '什么是大模型？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('reads plain-speaking markers and pointing words as naming nothing', () => {
    // Found by a newcomer: 「说白了」 and 「这儿」 were read as unknown subjects, so neither rewording met its seed.
    expect(same('说白了，什么是大模型？', '什么是大模型？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(same('大模型在我们这儿能做什么？', '大模型能做什么？')).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
  });

  it('reads a first clause that asks only yes or no as part of the question after it, not a question of its own', () => {
    expect(same('大模型在环境监测中的应用', '要不要在环境监测里上大模型，最大的坎在哪？')).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });
});

describe('questions whose answers say they are one (ANSWER_OVERLAP)', () => {
  const vocabulary = parseVocabulary(
    [
      '- { zh: 大模型, en: large model, topic: concepts, broad: true }',
      '- { zh: 教育, en: education, say: [学校], kind: domain }',
      '- { zh: 个性化学习, en: personalized learning, topic: applications }',
      '- { zh: 智能批改, en: automated grading, topic: applications }',
      '- { zh: 学情分析, en: learning analytics, topic: applications }',
      '- { zh: 校园安全, en: campus safety, topic: applications }',
      '- { zh: 食堂管理, en: canteen management, topic: applications }',
      '- { zh: 应用, en: application, say: [做些什么], kind: aspect, topic: applications }',
    ].join('\n'),
  );
  // Invented articles: the second title adds a word the vocabulary does not know (老师), so the
  // titles alone score 0.67, under SAME_QUESTION_THRESHOLD.
  const article = (title: string, answer: string) => `### 1. ${title}\n\n${answer}\n`;
  const run = (answerB: string) =>
    ingest({
      sources: [
        source('001_a.txt', article('大模型在教育领域有哪些应用？', '个性化学习、智能批改和学情分析。')),
        source('002_b.txt', article('学校和老师能用大模型做些什么？', answerB)),
      ],
      vocabulary,
    });

  it('merges near-miss titles that ask the same aspect when their answers share the vocabulary, and says why', () => {
    const out = run('可以做个性化学习，也可以智能批改作业、做学情分析。');
    expect(new Set(out.entries.map((e) => e.questionSlug)).size).toBe(1);
    expect(out.report.similar.merged).toHaveLength(1);
    expect(out.report.similar.merged[0]!.answers).toBe(1);
  });

  it('reads answers as evidence only across articles: one author uses the same words in every section', () => {
    const out = ingest({
      sources: [
        source(
          '001_a.txt',
          `${article('大模型在教育领域有哪些应用？', '个性化学习、智能批改和学情分析。')}\n### 2. 学校和老师能用大模型做些什么？\n\n可以做个性化学习，也可以智能批改作业、做学情分析。\n`,
        ),
      ],
      vocabulary,
    });
    expect(new Set(out.entries.map((e) => e.questionSlug)).size).toBe(2);
    expect(out.report.similar.merged).toEqual([]);
  });

  it('leaves them apart, as a near miss with its answer overlap, when the answers talk of other things', () => {
    const out = run('校园安全和食堂管理。');
    expect(new Set(out.entries.map((e) => e.questionSlug)).size).toBe(2);
    expect(out.report.similar.merged).toEqual([]);
    expect(out.report.similar.nearMisses.map((n) => n.answers)).toEqual([0]);
  });
});
