/** Words an answer says it does not mean in the field's sense (scripts/ingest/classify/disclaimers.ts). */
import { describe, expect, it } from 'vitest';
import { classifyTopic } from '../../scripts/ingest/classify/classify.ts';
import { disclaimedSpans } from '../../scripts/ingest/classify/disclaimers.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';

const matcher = new VocabularyMatcher(
  parseVocabulary(
    [
      '- { zh: 知识蒸馏, en: knowledge distillation, say: [蒸馏], topic: compression }',
      '- { zh: 模型压缩, en: model compression, say: [压缩], topic: compression }',
      '- { zh: 低秩分解, en: low-rank factorization, topic: compression }',
      '- { zh: LoRA, en: LoRA, topic: training }',
      '- { zh: 量化, en: quantization, topic: compression }',
      '- { zh: 酿酒, en: brewing, kind: domain }',
    ].join('\n'),
  ),
);
const denied = (text: string) => disclaimedSpans(text).map(([a, b]) => text.slice(a, b));

describe('what an answer disclaims', () => {
  it('reads what follows 不是 in a sentence that points at a sense', () => {
    expect(denied('这里的“蒸馏”是分离工艺，不是模型压缩里的知识蒸馏。')).toEqual(['模型压缩里的知识蒸馏']);
  });

  it('reads the thing compared in 「和…是两回事」 and 「和…不是一回事」, not the subject before it', () => {
    expect(denied('它和模型压缩里的低秩分解不是一回事：前者只学增量。')).toEqual(['模型压缩里的低秩分解']);
    expect(denied('这里的蒸馏是酿酒工艺，和把大模型压缩成小模型的知识蒸馏是两回事。')).toEqual(['把大模型压缩成小模型的知识蒸馏']);
  });

  it('reads 「跟…没有关系」 as 「和…无关」', () => {
    expect(denied('这里的“热身”就是课前活动关节的那十分钟，跟模型训练里的学习率预热没有关系。')).toEqual(['模型训练里的学习率预热']);
    expect(denied('这里说的压缩指的是咖啡粉压实，和模型压缩没关系。')).toEqual(['模型压缩']);
    expect(denied('它和训练曲线上 loss 不降的“平台”是两码事。')).toEqual(['训练曲线上 loss 不降的“平台”']);
  });

  it('ignores a denial that says nothing of a sense, or a quantifier after 不是', () => {
    expect(denied('掉点不是量化的问题，而是校准数据太少。')).toEqual([]);
    expect(denied('这里的方法不是所有量化都适用。')).toEqual([]);
  });
});

describe('a heading word the answer disclaims does not vote', () => {
  const heading = '酿酒的蒸馏工序，大模型能帮上忙吗？';
  it('the field’s sense decides when the answer says nothing', () => {
    expect(classifyTopic({ headings: [heading], bodies: ['可以用传感器数据预测出酒率。'] }, matcher).topic).toBe('compression');
  });
  it('the other sense does not count once the answer says so', () => {
    const body = '可以用传感器数据预测出酒率。这里的“蒸馏”是酿酒工艺，不是模型压缩里的知识蒸馏。';
    const c = classifyTopic({ headings: [heading], bodies: [body] }, matcher);
    expect(c.topic).toBe('applications');
    expect(c.reason).not.toContain('蒸馏');
  });
  it('a word of another topic in the heading keeps its vote', () => {
    const body = '它和模型压缩里的低秩分解不是一回事：LoRA 只学权重的增量，原模型一个参数也没少。';
    expect(classifyTopic({ headings: ['什么是 LoRA？它和低秩分解压缩是一回事吗？'], bodies: [body] }, matcher).topic).toBe('training');
  });
});
