/**
 * The labelled examples' vote on topics (scripts/ingest/classify/examples.ts) and the file it reads
 * (content/topic-examples.json, counted by scripts/topic-examples.ts): what is counted, how the vote
 * leans, what a reader is told, and that the committed file is exactly what its labels give, with no
 * held-out article in it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyTopic } from '../../scripts/ingest/classify/classify.ts';
import {
  countExamples,
  ExampleModel,
  exampleFeatures,
  LEARNT_SHARE,
  parseTopicExamples,
  serializeTopicExamples,
} from '../../scripts/ingest/classify/examples.ts';
import { trainTopicWeights, topicProbabilities } from '../../scripts/ingest/classify/logistic.ts';
import { IngestError } from '../../scripts/ingest/errors.ts';
import { buildKnownQuestions } from '../../scripts/ingest/known-questions.ts';
import { trainJoinWeights } from '../../scripts/ingest/join-model.ts';
import type { TopicId } from '../../src/lib/topics.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';
import { catchIngestError, HEAVY_TIMEOUT, projectExamples, REPO, tempDir } from './support/ingest.ts';

const tiny = countExamples(
  [
    { topic: 'applications', heading: '医院能用大模型做什么', body: '辅助诊断，病历整理。' },
    { topic: 'applications', heading: '银行能用大模型做什么', body: '客服，风控。' },
    { topic: 'challenges', heading: '医院用大模型有什么风险', body: '隐私泄露，误诊。' },
    { topic: 'challenges', heading: '银行用大模型有什么风险', body: '隐私泄露，合规。' },
  ],
  ['a.txt'],
  'test',
);

/** A model counted from headings alone (no answers). */
const headingsModel = (examples: [TopicId, string][]) =>
  new ExampleModel(
    countExamples(
      examples.map(([topic, heading]) => ({ topic, heading, body: '' })),
      ['a.txt'],
      'test',
    ),
  );

describe('features and counts', () => {
  it('counts pairs of Han characters and English words, in lower case', () => {
    // A lone character makes no pair.
    expect(exampleFeatures('用 LoRA 微调')).toEqual(['lora', '微调']);
    expect(exampleFeatures('大模型API')).toEqual(['大模', '模型', 'api']);
  });

  it('keeps a feature only when it occurs at least twice, heading counts before answer counts', () => {
    expect(tiny.items).toEqual({ concepts: 0, training: 0, compression: 0, applications: 2, challenges: 2 });
    // 做什 occurs in both applications headings, never in an answer.
    expect(tiny.features['做什']).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    // 隐私 occurs in both challenges answers.
    expect(tiny.features['隐私']).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    // 诊断 occurs once: dropped.
    expect(tiny.features['诊断']).toBeUndefined();
  });

  it('round-trips through its file format, and a broken file is an error naming it', () => {
    expect(parseTopicExamples(serializeTopicExamples(tiny), 'x.json')).toEqual(tiny);
    const known = buildKnownQuestions(
      [
        [
          { at: 'a.txt:1', title: '医院能用大模型做什么', answer: '辅助诊断，病历整理。' },
          { at: 'b.txt:4', title: '大模型能帮医生干啥', answer: '辅助诊断，写病历。' },
        ],
      ],
      [
        { at: 'a.txt:1', title: '医院能用大模型做什么', answer: '辅助诊断，病历整理。' },
        { at: 'b.txt:4', title: '大模型能帮医生干啥', answer: '辅助诊断，写病历。' },
      ],
    );
    const join = trainJoinWeights([
      {
        features: {
          ...{ title: 0.1, answer: 0.4, margin: 0.2, subject: 0.5, sameTopic: 1, concepts: 0.3, section: 0, terms: 0 },
          ...{ nearestTitle: 0.2, nearestAnswer: 0.5, profile: 0.6, sharedTerms: 0.5 },
        },
        same: true,
      },
      {
        features: {
          ...{ title: 0.1, answer: 0.05, margin: 0.01, subject: 0, sameTopic: 0, concepts: 0, section: 1, terms: 2 },
          ...{ nearestTitle: 0.1, nearestAnswer: 0.1, profile: 0, sharedTerms: 0 },
        },
        same: false,
      },
    ]);
    const withKnown = { ...tiny, known: { ...known, join, repeat: join } };
    expect(parseTopicExamples(serializeTopicExamples(withKnown), 'x.json')).toEqual(withKnown);
    const bad = catchIngestError(() => parseTopicExamples('{"about": 1}', 'content/topic-examples.json'));
    expect(bad).toBeInstanceOf(IngestError);
    expect(bad.message).toMatch(/^content\/topic-examples\.json:1: about: .*npm run topic-examples/u);
    expect(catchIngestError(() => parseTopicExamples('{', 'e.json')).message).toMatch(
      /^e\.json:1: 不是有效的 JSON（.*）；请用 npm run topic-examples 重新生成$/u,
    );
  });
});

describe('the vote', () => {
  const model = new ExampleModel(tiny);

  it('leans towards the topic whose examples are worded alike, with probabilities that sum to 1', () => {
    const use = model.vote(['工厂能用大模型做什么'], []);
    const risk = model.vote(['工厂用大模型有什么风险'], []);
    expect(use.probability.applications).toBeGreaterThan(0.5);
    expect(risk.probability.challenges).toBeGreaterThan(0.5);
    for (const v of [use, risk]) expect(Object.values(v.probability).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('names as cues only words of the heading, never pairs straddling two words', () => {
    const { cues } = model.vote(['工厂用大模型有什么风险'], []);
    expect(cues.length).toBeGreaterThan(0);
    expect(cues).not.toContain('有什');
    expect(cues).not.toContain('么风');
  });

  it('never names a question word or filler as a cue, however much it leans', () => {
    const leaning = headingsModel([
      ['applications', '医院中的应用有哪些'],
      ['applications', '银行中的应用有哪些'],
      ['challenges', '医院用大模型的风险'],
      ['challenges', '银行用大模型的风险'],
    ]);
    const { probability, cues } = leaning.vote(['工厂中的应用有哪些'], []);
    expect(probability.applications).toBeGreaterThan(0.5);
    expect(cues).toContain('应用');
    expect(cues).not.toContain('哪些');
    expect(cues).not.toContain('中的');
  });

  it('shows an English cue as the heading writes it', () => {
    const english = headingsModel([
      ['concepts', '什么是 RAG'],
      ['concepts', 'RAG 的原理'],
      ['training', '怎样训练模型'],
      ['training', '如何训练模型'],
    ]);
    expect(english.vote(['RAG 是怎么工作的'], []).cues).toContain('RAG');
  });

  it('quotes no cue the segmenter cut across a form of the vocabulary (概要 in 大概要)', () => {
    const leaning = headingsModel([
      ['training', '训练概要'],
      ['training', '微调概要'],
      ['concepts', '什么是模型'],
      ['concepts', '模型的定义'],
    ]);
    const heading = '大概要花多少钱';
    expect(leaning.vote([heading], []).cues).toContain('概要');
    const plain = new VocabularyMatcher(parseVocabulary('- { zh: 微调, en: fine-tuning, topic: training }\n'));
    expect(classifyTopic({ headings: [heading], bodies: [] }, plain, leaning).reason).toContain('「概要」');
    const roughly = new VocabularyMatcher(
      parseVocabulary('- { zh: 微调, en: fine-tuning, topic: training }\n- { zh: 大概, en: roughly, say: [大概要], broad: true }\n'),
    );
    const reason = classifyTopic({ headings: [heading], bodies: [] }, roughly, leaning).reason;
    expect(reason).toContain('已标注的示例问题');
    expect(reason).not.toContain('「概要」');
    // A word inside a longer form is still the heading's word.
    expect(
      classifyTopic(
        { headings: ['训练概要说明书'], bodies: [] },
        new VocabularyMatcher(parseVocabulary('- { zh: 训练概要说明, en: x, topic: training }\n')),
        leaning,
      ).reason,
    ).toContain('「概要」');
  });

  it('is one vote beside the vocabulary, shown in the reason', () => {
    const matcher = new VocabularyMatcher(
      parseVocabulary(
        '- { zh: 知识蒸馏, en: knowledge distillation, topic: compression }\n- { zh: 量化, en: quantization, topic: compression }\n',
      ),
    );
    const withExamples = classifyTopic({ headings: ['工厂用大模型有什么风险'], bodies: [] }, matcher, model);
    expect(withExamples.topic).toBe('challenges');
    expect(withExamples.reason).toContain('已标注的示例问题');
    // A sure vote of the examples outweighs one specific term of the vocabulary, not two that agree.
    expect(classifyTopic({ headings: ['工厂用知识蒸馏有什么风险'], bodies: [] }, matcher, model).topic).toBe('challenges');
    const terms = classifyTopic({ headings: ['工厂用知识蒸馏和量化有什么风险'], bodies: [] }, matcher, model);
    expect(terms.topic).toBe('compression');
    // Without examples, the same heading has no topic word at all.
    expect(classifyTopic({ headings: ['工厂用大模型有什么风险'], bodies: [] }, matcher).scores.challenges).toBe(0);
  });
});

describe('content/topic-examples.json', () => {
  it(
    'is what npm run topic-examples counts from the labelled tables, byte for byte',
    () => {
      const tmp = tempDir('kb-examples-');
      try {
        const out = join(tmp.dir, 'topic-examples.json');
        const run = spawnSync('npm', ['run', '--silent', 'topic-examples', '--', '--out', out], { cwd: REPO, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(REPO, 'content/topic-examples.json'), 'utf8'));
      } finally {
        tmp.remove();
      }
    },
    HEAVY_TIMEOUT,
  );

  it('counts the seeds and the tuning articles, and not one held-out article', () => {
    const { sources } = projectExamples();
    const heldOut = readdirSync(join(REPO, 'tests/fixtures/unseen/held-out'));
    const tuning = readdirSync(join(REPO, 'tests/fixtures/unseen/tuning'));
    expect(heldOut.length).toBeGreaterThan(0);
    expect(sources.filter((s) => heldOut.includes(s))).toEqual([]);
    expect(sources.filter((s) => tuning.includes(s))).toHaveLength(tuning.length);
    expect(sources.filter((s) => /^00[0-4]_/u.test(s))).toHaveLength(5);
  });

  it('knows every labelled question of the five with its other wordings, none of them from a held-out article', () => {
    const { known } = projectExamples();
    const heldOut = readdirSync(join(REPO, 'tests/fixtures/unseen/held-out'));
    const wordings = known!.questions.flatMap((q) => q.at);
    expect(wordings.filter((at) => heldOut.includes(at.split(':')[0]!))).toEqual([]);
    // Each known question has a wording in the five (their 143 entries ask 103 questions, by their labels).
    expect(known!.questions.every((q) => q.at.some((at) => /^00[0-4]_/u.test(at)))).toBe(true);
    expect(known!.questions.length).toBeGreaterThan(100);
    expect(wordings.filter((at) => !/^00[0-4]_/u.test(at)).length).toBeGreaterThan(200);
  });
});

describe('the learnt weights (logistic.ts)', () => {
  const examples = [
    { topic: 'applications', heading: '医院能用大模型做什么', body: '辅助诊断，病历整理。' },
    { topic: 'applications', heading: '银行能用大模型做什么', body: '客服，风控。' },
    { topic: 'applications', heading: '学校能用大模型做什么', body: '批改作业。' },
    { topic: 'challenges', heading: '医院用大模型有什么风险', body: '隐私泄露，误诊。' },
    { topic: 'challenges', heading: '银行用大模型有什么风险', body: '隐私泄露，合规。' },
    { topic: 'challenges', heading: '学校用大模型有什么风险', body: '作弊。' },
  ] as const;
  const counted = countExamples(examples, ['a.txt'], 'test');
  const weights = trainTopicWeights(examples, Object.keys(counted.features));

  it('learn which words lean which way, and give the same weights for the same labels', () => {
    expect(topicProbabilities(weights, ['工厂能用大模型做什么'], []).applications).toBeGreaterThan(0.6);
    expect(topicProbabilities(weights, ['工厂用大模型有什么风险'], []).challenges).toBeGreaterThan(0.6);
    // 风险 is only in questions of risk; 大模型 is in every heading.
    const lean = (f: string) => weights.features[f]![4]! - weights.features[f]![3]!;
    expect(lean('风险')).toBeGreaterThan(lean('模型') + 0.5);
    expect(lean('做什')).toBeLessThan(lean('模型') - 0.5);
    expect(trainTopicWeights(examples, Object.keys(counted.features))).toEqual(weights);
    // Words that name an object's own properties are words like any other.
    const plain = topicProbabilities(weights, ['工厂用大模型有什么风险'], ['风险很多。']);
    const english = topicProbabilities(weights, ['工厂用大模型有什么风险'], ['constructor toString 风险很多。']);
    expect(english).toEqual(plain);
  });

  it('share the vote with the counts, and round-trip through the file format', () => {
    const withWeights = { ...counted, weights };
    expect(parseTopicExamples(serializeTopicExamples(withWeights), 'x.json')).toEqual(withWeights);
    const both = new ExampleModel(withWeights).vote(['工厂用大模型有什么风险'], []).probability;
    const countsOnly = new ExampleModel(counted).vote(['工厂用大模型有什么风险'], []).probability;
    const learnt = topicProbabilities(weights, ['工厂用大模型有什么风险'], []);
    expect(both.challenges).toBeCloseTo((1 - LEARNT_SHARE) * countsOnly.challenges + LEARNT_SHARE * learnt.challenges, 9);
    const broken = serializeTopicExamples({ ...counted, weights: { ...weights, bias: [0, 0] } });
    expect(catchIngestError(() => parseTopicExamples(broken, 'w.json')).message).toMatch(/^w\.json:1: weights\.bias/u);
  });
});
