/**
 * The join model (scripts/ingest/join-model.ts) and its training rows (scripts/labels/examples.ts
 * joinRows): what is measured, what is learnt from labelled rows, and that a row is measured with
 * its own article left out of the known questions.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JOIN_FEATURES,
  JOIN_THRESHOLD,
  floor2,
  joinFeatures,
  joinProbability,
  joinWeightsSchema,
  trainJoinWeights,
  type JoinExample,
  type JoinFeatures,
} from '../../scripts/ingest/join-model.ts';
import { joinRows, labelledQuestions, repeatRows } from '../../scripts/labels/examples.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { projectExamples, projectVocabulary, tempDir } from './support/ingest.ts';

const matcher = new VocabularyMatcher(projectVocabulary());

const features = (over: Partial<JoinFeatures>): JoinFeatures => ({
  title: 0.05,
  answer: 0.05,
  margin: 0.02,
  subject: 0,
  sameTopic: 0,
  concepts: 0,
  section: 0,
  terms: 0,
  nearestTitle: 0.05,
  nearestAnswer: 0.05,
  profile: 0,
  sharedTerms: 0,
  ...over,
});

describe('the measures', () => {
  const subjectShare = (title: string, titles: readonly string[]) => (titles.includes(title) ? 1 : 0.25);

  it('take the cosines and margin from the match, the subject from the titles, and compare topics and concepts', () => {
    const f = joinFeatures(
      {
        title: '蒸馏是什么',
        topic: 'compression',
        section: false,
        concepts: new Set(['软标签', '温度', '学生模型']),
        titleConcepts: new Set(['知识蒸馏', '温度']),
      },
      {
        titles: ['什么是知识蒸馏'],
        topic: 'compression',
        concepts: new Set(['温度', '学生模型', '教师模型']),
        titleConcepts: new Set(['知识蒸馏']),
      },
      { title: 0.1, answer: 0.3, margin: 0.05, nearestTitle: 0.4, nearestAnswer: 0.5, profile: 0.6 },
      subjectShare,
    );
    expect(f).toEqual({
      title: 0.1,
      answer: 0.3,
      margin: 0.05,
      subject: 0.25,
      sameTopic: 1,
      concepts: 0.5,
      section: 0,
      terms: 2,
      nearestTitle: 0.4,
      nearestAnswer: 0.5,
      profile: 0.6,
      sharedTerms: 0.5,
    });
  });

  it('count no topic as a different topic, no concepts as none shared, and mark a section title', () => {
    const f = joinFeatures(
      { title: '背景介绍', section: true, concepts: new Set(), titleConcepts: new Set() },
      { titles: ['背景介绍'], topic: 'concepts', concepts: new Set(), titleConcepts: new Set(['知识蒸馏']) },
      { title: 1, answer: 0.1, margin: 0, nearestTitle: 1, nearestAnswer: 0.1, profile: 0 },
      subjectShare,
    );
    // A title naming no concept shares none, whatever the other's titles name.
    expect([f.sameTopic, f.concepts, f.section, f.subject, f.terms, f.sharedTerms]).toEqual([0, 0, 1, 1, 0, 0]);
  });
});

describe('the score the report shows', () => {
  it('is rounded down, so a near miss never reads as the threshold it missed, and a join never below it', () => {
    expect(floor2(0.9496)).toBe(0.94);
    expect(floor2(0.95)).toBe(0.95);
    expect(floor2(0.85)).toBe(0.85);
    expect(floor2(0.8499)).toBe(0.84);
    expect(floor2(1)).toBe(1);
  });
});

describe('the learnt weights', () => {
  // Rewordings share their answers; look-alikes share their titles.
  const rows: JoinExample[] = [
    ...[0.3, 0.35, 0.4, 0.5].map((answer) => ({ features: features({ answer, title: 0.1 }), same: true })),
    ...[0.02, 0.05, 0.08, 0.1].map((answer) => ({ features: features({ answer, title: 0.6 }), same: false })),
  ];
  const weights = trainJoinWeights(rows);

  it('learn which measures say "the same question", and give the same weights for the same rows', () => {
    const w = (f: string) => weights.weights[JOIN_FEATURES.indexOf(f as (typeof JOIN_FEATURES)[number])]!;
    expect(w('answer')).toBeGreaterThan(0.5);
    expect(w('title')).toBeLessThan(-0.5);
    expect(joinProbability(weights, features({ answer: 0.45, title: 0.1 }))).toBeGreaterThan(JOIN_THRESHOLD);
    expect(joinProbability(weights, features({ answer: 0.03, title: 0.5 }))).toBeLessThan(0.2);
    expect(trainJoinWeights(rows)).toEqual(weights);
    expect(joinWeightsSchema.parse(weights)).toEqual(weights);
  });

  it('from no rows, say nothing either way', () => {
    expect(joinProbability(trainJoinWeights([]), features({ answer: 0.9 }))).toBe(0.5);
  });

  it('read a measure that is the same in every row as saying nothing, not as a spread of zero to divide by', () => {
    // nearestTitle is 0.05 in every row, and the mean of eight 0.05s is a rounding error away from 0.05.
    expect(rows.every((r) => r.features.nearestTitle === 0.05)).toBe(true);
    expect(weights.scale[JOIN_FEATURES.indexOf('nearestTitle')]).toBe(1);
    expect(Number.isFinite(joinProbability(weights, features({ answer: 0.45, title: 0.1, nearestTitle: 0.9 })))).toBe(true);
  });

  it('as committed, join on what answers share, and not on a section title or a title naming narrower terms', () => {
    for (const committed of [projectExamples().known!.join, projectExamples().known!.repeat]) {
      const w = (f: (typeof JOIN_FEATURES)[number]) => committed.weights[JOIN_FEATURES.indexOf(f)]!;
      expect(w('answer')).toBeGreaterThan(0);
      expect(w('section')).toBeLessThan(0);
      // 「QAT 和 PTQ 有什么区别」 reads like 「大模型的量化技术」 but asks something narrower.
      expect(w('terms')).toBeLessThan(0);
    }
  });
});

describe('the training rows', () => {
  it('are the test articles’ questions, each measured with its own article left out of the known questions', () => {
    const tmp = tempDir('kb-join-');
    try {
      const article = (items: [string, string][]) =>
        new TextEncoder().encode(
          ['# 问答', '', ...items.flatMap(([title, answer], i) => [`### ${i + 1}. ${title}`, '', `**答案：** ${answer}`, ''])].join('\n'),
        );
      const labels = join(tmp.dir, 'labels.yaml');
      writeFileSync(
        labels,
        [
          'x/a.txt:',
          '  - { line: 3, number: 1, topics: [compression] }',
          '  - { line: 7, number: 2, topics: [compression] }',
          '  - { line: 11, number: 3, topics: [challenges] }',
          '  - { line: 15, number: 4, topics: [applications] }',
          'x/b.txt:',
          '  - { line: 3, number: 1, topics: [compression], same_as: [a.txt#1] }',
          '  - { line: 7, number: 2, topics: [applications] }',
        ].join('\n'),
      );
      const labelled = labelledQuestions(
        [
          {
            file: 'a.txt',
            own: true,
            bytes: article([
              ['什么是知识蒸馏？', '让小的学生模型学习教师模型输出的软标签，温度系数调节分布的平滑程度。'],
              ['什么是模型量化？', '把权重从 32 位浮点数换成 8 位整数，显存占用下降。'],
              ['训练数据里的个人信息怎么保护？', '脱敏、差分隐私和访问控制。'],
              ['大模型在医院能做什么？', '辅助诊断，病历整理。'],
            ]),
          },
          {
            file: 'b.txt',
            own: false,
            bytes: article([
              ['老师学生模型怎么回事？', '教师模型给出软标签，学生模型按温度平滑后的分布去学。'],
              ['咖啡豆的烘焙曲线怎么调？', '先定入豆温度，再看一爆时间。'],
            ]),
          },
        ],
        [labels],
        matcher,
      );
      const rows = joinRows(labelled, new Set(['a.txt']), matcher);
      expect(rows.map((r) => [r.file, r.same])).toEqual([
        ['b.txt', true],
        ['b.txt', false],
      ]);
      // Its title shares no pair of characters with 「什么是知识蒸馏」: only its own wording, left out, could have.
      expect(rows[0]!.features.title).toBe(0);
      expect(rows[0]!.features.answer).toBeGreaterThan(0.1);
      expect(rows[0]!.features.sameTopic).toBe(1);
      expect(rows[1]!.features.sameTopic).toBe(0);
    } finally {
      tmp.remove();
    }
  });
});

describe('the repeat rows', () => {
  it("are measured among all test articles at once, each question against another article's; a left-out article is neither", () => {
    const tmp = tempDir('kb-repeat-');
    try {
      const article = (items: [string, string][]) =>
        new TextEncoder().encode(
          ['# 问答', '', ...items.flatMap(([title, answer], i) => [`### ${i + 1}. ${title}`, '', `**答案：** ${answer}`, ''])].join('\n'),
        );
      const distillation: [string, string] = ['什么是知识蒸馏？', '让小的学生模型学习教师模型输出的软标签，温度系数调节分布的平滑程度。'];
      const labels = join(tmp.dir, 'labels.yaml');
      writeFileSync(
        labels,
        [
          'x/106_a.txt:',
          '  - { line: 3, number: 1, topics: [compression] }',
          '  - { line: 7, number: 2, topics: [applications] }',
          'x/107_b.txt:',
          '  - { line: 3, number: 1, topics: [compression], same_as: [106_a.txt#1] }',
          'x/109_c.txt:',
          '  - { line: 3, number: 1, topics: [compression], same_as: [106_a.txt#1] }',
          '  - { line: 7, number: 2, topics: [challenges] }',
          'x/112_d.txt:',
          '  - { line: 3, number: 1, topics: [compression] }',
          '  - { line: 7, number: 2, topics: [applications] }',
          '  - { line: 11, number: 3, topics: [training] }',
          '  - { line: 15, number: 4, topics: [compression] }',
          '  - { line: 19, number: 5, topics: [training] }',
        ].join('\n'),
      );
      const labelled = labelledQuestions(
        [
          { file: '106_a.txt', own: false, bytes: article([distillation, ['咖啡豆的烘焙曲线怎么调？', '先定入豆温度，再看一爆时间。']]) },
          {
            file: '107_b.txt',
            own: false,
            bytes: article([['老师学生模型怎么回事？', '教师模型给出软标签，学生模型按温度平滑后的分布去学。']]),
          },
          // The same question word for word, in another round.
          {
            file: '109_c.txt',
            own: false,
            bytes: article([distillation, ['训练数据里的个人信息怎么保护？', '脱敏、差分隐私和访问控制。']]),
          },
          {
            file: '112_d.txt',
            own: false,
            bytes: article([
              ['什么是模型量化？', '把权重从 32 位浮点数换成 8 位整数，显存占用下降。'],
              ['大模型在医院能做什么？', '辅助诊断，病历整理。'],
              ['学习率怎么选？', '先用预热，再按余弦曲线衰减。'],
              ['显卡散热不够怎么办？', '加大风道，换水冷。'],
              ['语料怎么清洗？', '去重，过滤低质量文本。'],
            ]),
          },
        ],
        [labels],
        matcher,
      );
      const rows = repeatRows(labelled, new Set(), matcher);
      expect(rows.map((r) => r.file)).toEqual([
        '106_a.txt',
        '106_a.txt',
        '107_b.txt',
        '109_c.txt',
        '109_c.txt',
        ...Array<string>(5).fill('112_d.txt'),
      ]);
      // Its nearest is the same words in 109_c.txt, whatever the round.
      expect(rows[0]).toMatchObject({ same: true, features: { title: expect.closeTo(1, 3) } });
      const without = repeatRows(labelled, new Set(), matcher, new Set(['109_c.txt']));
      expect(without.map((r) => r.file)).not.toContain('109_c.txt');
      // Now it is the other wording (107_b.txt): no title word shared, the answers alike.
      expect(without[0]!.same).toBe(true);
      expect(without[0]!.features.title).toBe(0);
      expect(without[0]!.features.answer).toBeGreaterThan(0.1);
    } finally {
      tmp.remove();
    }
  });
});
