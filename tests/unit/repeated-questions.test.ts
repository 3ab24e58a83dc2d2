/**
 * Repeated questions (scripts/ingest/repeated-questions.ts): two new articles asking the same new
 * question in other words are joined when the repeat model says so; known questions and narrower
 * questions are left alone.
 */
import { describe, expect, it } from 'vitest';
import { buildKnownQuestions } from '../../scripts/ingest/known-questions.ts';
import { joinRepeatedQuestions, nearestWordings, REPEAT_NEAR_MISS, REPEAT_THRESHOLD } from '../../scripts/ingest/repeated-questions.ts';
import { context, draft, group, reading } from './support/joins.ts';

// Frequencies from a few labelled questions; the known question lives at k.txt:1.
const labelled = [
  { at: 'k.txt:1', title: '什么是模型量化', answer: '把权重从 32 位浮点数换成 8 位整数，显存占用下降。' },
  { at: 'k.txt:5', title: '大模型在医院能做什么', answer: '辅助诊断，病历整理。' },
  { at: 'k.txt:9', title: '学习率怎么选', answer: '先用预热，再按余弦曲线衰减。' },
  { at: 'k.txt:13', title: '训练数据里的个人信息怎么保护', answer: '脱敏、差分隐私和访问控制。' },
];
const known = buildKnownQuestions([[labelled[0]!]], labelled);

const accumulation = group(
  'training',
  draft(
    'a.txt',
    3,
    '为什么开了梯度累积，loss 曲线和直接用大 batch 的对不上？',
    '梯度累积时损失要除以累积步数，归一化层的统计也按小批次算，所以曲线会有差别。',
  ),
);
const repeat = group(
  'training',
  draft(
    'b.txt',
    7,
    '累积 16 步和直接 batch 16 比，loss 为什么对不上？',
    '累积步数没有除进损失里，小批次上的归一化统计也不同，曲线自然对不上。',
  ),
);
const coffee = group('applications', draft('b.txt', 11, '咖啡豆的烘焙曲线怎么调？', '先定入豆温度，再看一爆时间。'));
const answerOf = () =>
  nearestWordings(
    known,
    [accumulation, repeat, coffee].map((g) => ({
      file: g.members[0]!.file,
      title: g.members[0]!.title,
      answer: g.members[0]!.plain,
      section: false,
      concepts: new Set<string>(),
      titleConcepts: new Set<string>(),
    })),
    () => 0,
  )[0]!.features.answer;

describe('joining repeated questions', () => {
  it('joins two new questions the model gives at least REPEAT_THRESHOLD, under the earlier one', () => {
    const { groups, merged } = joinRepeatedQuestions(
      [accumulation, repeat, coffee],
      known,
      reading('answer', answerOf() - 0.05),
      context(),
    );
    expect(groups.map((g) => [g.entryIds, g.topic])).toEqual([
      [['a.txt-3', 'b.txt-7'], 'training'],
      [['b.txt-11'], 'applications'],
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.score).toBeGreaterThanOrEqual(REPEAT_THRESHOLD);
    expect(merged[0]!.known).toBeUndefined();
    expect(merged[0]!.measures!.answer).toBeGreaterThan(0.1);
  });

  it("compares a question only with other articles' questions: one article asks each of its questions once", () => {
    // Numbers are not in the cosines, so these two read alike in every measure.
    const first = group('training', draft('c.txt', 1, '第 1 个练习题怎么做？', '这是第 1 个练习的答案。'));
    const second = group('training', draft('c.txt', 5, '第 2 个练习题怎么做？', '这是第 2 个练习的答案。'));
    const weights = reading('answer', 0.5);
    const { groups, merged, nearMisses } = joinRepeatedQuestions([first, second], known, weights, context());
    expect(merged).toEqual([]);
    expect(nearMisses).toEqual([]);
    expect(groups).toHaveLength(2);
    // The same two in two articles read as one question.
    const other = group('training', draft('d.txt', 5, '第 2 个练习题怎么做？', '这是第 2 个练习的答案。'));
    expect(joinRepeatedQuestions([first, other], known, weights, context()).merged).toHaveLength(1);
  });

  it('joins no two questions whose titles share nothing, however alike their answers read', () => {
    const answer = '个人信息保护法要求告知员工、取得同意，监控数据只用于安全管理，保存不超过三十天。';
    const cameras = group('challenges', draft('e.txt', 2, '车间装摄像头盯工人，合规吗？', answer));
    const recordings = group('challenges', draft('f.txt', 4, '拿录音给教练打分排名行不行？', answer));
    const weights = reading('answer', 0.5);
    const apart = joinRepeatedQuestions([cameras, recordings], known, weights, context());
    expect(apart.merged).toEqual([]);
    expect(apart.nearMisses).toHaveLength(1);
    expect(apart.nearMisses[0]!.measures).toMatchObject({ title: 0, subject: 0, sharedTerms: 0 });
    // The same two, when their titles ask about one subject, are one question.
    expect(joinRepeatedQuestions([cameras, recordings], known, weights, context({ subjectShare: () => 0.5 })).merged).toHaveLength(1);
  });

  it('reports a pair it gives less as a near miss, once', () => {
    const { merged, nearMisses } = joinRepeatedQuestions([accumulation, repeat, coffee], known, reading('answer', answerOf()), context());
    expect(merged).toEqual([]);
    expect(nearMisses.map((m) => [m.a.entries, m.b.entries])).toEqual([[['a.txt-3'], ['b.txt-7']]]);
    expect(nearMisses[0]!.score).toBeGreaterThanOrEqual(REPEAT_NEAR_MISS);
  });

  it('keeps two questions filed under different topics apart: a join would change one topic on the strength of the other', () => {
    const elsewhere = group('challenges', repeat.members[0]!);
    const weights = reading('answer', answerOf() - 0.05);
    expect(joinRepeatedQuestions([accumulation, elsewhere, coffee], known, weights, context()).merged).toEqual([]);
  });

  it('leaves a known question, a narrower question, and everything without a model alone', () => {
    const home = group('compression', draft('k.txt', 1, accumulation.members[0]!.title, accumulation.members[0]!.plain));
    const weights = reading('answer', answerOf() - 0.05);
    expect(joinRepeatedQuestions([home, repeat, coffee], known, weights, context()).merged).toEqual([]);
    expect(joinRepeatedQuestions([accumulation, repeat, coffee], known, weights, context({ asksNarrower: () => true })).merged).toEqual([]);
    expect(joinRepeatedQuestions([accumulation, repeat, coffee], known, undefined, context()).groups).toHaveLength(3);
    // Section titles of two articles (背景介绍) name each its own article's subject.
    expect(joinRepeatedQuestions([accumulation, repeat, coffee], known, weights, context({ isSectionTitle: () => true })).merged).toEqual(
      [],
    );
    expect(
      joinRepeatedQuestions([accumulation, repeat, coffee], known, weights, context({ isSectionTitle: (d) => d.file === 'a.txt' })).merged,
    ).toHaveLength(1);
    expect(joinRepeatedQuestions([accumulation, repeat, coffee], undefined, weights, context()).groups).toHaveLength(3);
  });
});
