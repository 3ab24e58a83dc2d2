/**
 * Settling an unsure classification by the questions most like it (neighbours.ts): the explanation
 * a reader sees under 「为什么归入「…」？」 names the topic decided first, then the vocabulary's reading.
 */
import { describe, expect, it } from 'vitest';
import { settleByNeighbours, type Classified } from '../../scripts/ingest/classify/neighbours.ts';
import type { TopicId } from '../../src/lib/topics.ts';

const scores = (s: Partial<Record<TopicId, number>>): Record<TopicId, number> => ({
  concepts: 0,
  training: 0,
  compression: 0,
  applications: 0,
  challenges: 0,
  ...s,
});
const question = (title: string, topic: TopicId, s: Partial<Record<TopicId, number>>, reason: string, reading = ''): Classified => ({
  title,
  classification: { topic, scores: scores(s), reason, reading },
});

describe('an unsure question settled by its neighbours', () => {
  const unsure = question(
    '怎么把聊天记录整理成订单？',
    'challenges',
    { challenges: 5.38, applications: 4.9 },
    '归入「挑战与风险」（5.38 分）：标题「聊天记录」（隐私）+4；次高为「应用与商业」4.9 分。',
    '按词表，最高为「挑战与风险」（5.38 分）：标题「聊天记录」（隐私）+4；次高为「应用与商业」4.9 分。',
  );
  const voters = [
    question('大模型能帮客服整理工单吗？', 'applications', { applications: 9 }, '归入「应用与商业」（9 分）：…'),
    question('订单录入能交给大模型吗？', 'applications', { applications: 8 }, '归入「应用与商业」（8 分）：…'),
  ];
  const nearest = (q: Classified, decided: readonly Classified[]) =>
    q === unsure ? decided.map((other, i) => ({ other, sim: 0.6 - i * 0.1 })) : [];

  it('takes the topic the most similar clearly classified questions have', () => {
    const [settled] = settleByNeighbours([unsure, ...voters], nearest);
    expect(settled!.topic).toBe('applications');
  });

  it('explains the decision first, and the vocabulary reading it overruled after', () => {
    const [settled] = settleByNeighbours([unsure, ...voters], nearest);
    expect(settled!.reason).toBe(
      '分数相近，由最相似的已归类问题投票归入「应用与商业」：「大模型能帮客服整理工单吗？」、「订单录入能交给大模型吗？」。' +
        '按词表，最高为「挑战与风险」（5.38 分）：标题「聊天记录」（隐私）+4；次高为「应用与商业」4.9 分。',
    );
  });

  it('does not call a topic the default when the vote decided it', () => {
    const blank = question(
      '这个怎么弄？',
      'concepts',
      {},
      '词表中没有命中任何带主题的词，默认归入「基础概念」。',
      '词表中没有命中任何带主题的词。',
    );
    const [settled] = settleByNeighbours([blank, ...voters], (q, decided) =>
      q === blank ? decided.map((other) => ({ other, sim: 0.5 })) : [],
    );
    expect(settled!.topic).toBe('applications');
    expect(settled!.reason).toMatch(/^分数相近，由最相似的已归类问题投票归入「应用与商业」/u);
    expect(settled!.reason).not.toContain('默认归入');
  });
});
