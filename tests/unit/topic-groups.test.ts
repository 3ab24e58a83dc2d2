/** Topic pages list questions in sections taken from the vocabulary (src/lib/topic-groups.ts). */
import { describe, expect, it } from 'vitest';
import { groupQuestions, MIN_GROUPED, OTHER } from '../../src/lib/topic-groups.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';

const matcher = new VocabularyMatcher(
  parseVocabulary(
    [
      '- { zh: 隐私, en: privacy, topic: challenges, group: 隐私与安全 }',
      '- { zh: 挑战, en: challenge, say: [难点], topic: challenges, kind: aspect, group: 总体挑战 }',
      '- { zh: 医疗, en: healthcare, say: [医院], kind: domain, group: 医疗与生命科学 }',
      '- { zh: 训练过程, en: training process, topic: training, group: 训练流程与数据 }',
      '- { zh: 大模型, en: large model, topic: concepts, broad: true, group: 总览与定义 }',
    ].join('\n'),
  ),
);
const q = (...titles: string[]) => titles.map((title) => ({ title }));

describe('groupQuestions', () => {
  it('files a question under its domain first, then a term of the page topic, then its aspect; vocabulary order', () => {
    const questions = q(
      '大模型在医疗中的挑战',
      '医院里用大模型的难点',
      '大模型训练过程中的隐私',
      '如何保护隐私',
      '大模型有哪些挑战',
      '大模型面临的难点',
      ...Array.from({ length: MIN_GROUPED }, (_, i) => `无关问题 ${i}`),
    );
    const groups = groupQuestions('challenges', questions, matcher);
    expect(groups.map((g) => g.name)).toEqual(['隐私与安全', '总体挑战', '医疗与生命科学', OTHER]);
    expect(groups[0]!.questions.map((x) => x.title)).toEqual(['大模型训练过程中的隐私', '如何保护隐私']);
    expect(groups[2]!.questions.map((x) => x.title)).toEqual(['大模型在医疗中的挑战', '医院里用大模型的难点']);
  });

  it('puts a group of one under 其他 and keeps a short topic as one list', () => {
    const many = q('如何保护隐私', ...Array.from({ length: MIN_GROUPED }, (_, i) => `无关问题 ${i}`));
    expect(groupQuestions('challenges', many, matcher).map((g) => g.name)).toEqual(['']);
    const short = q('如何保护隐私', '隐私泄露怎么办', '大模型的挑战');
    expect(groupQuestions('challenges', short, matcher)).toEqual([{ name: '', questions: short }]);
  });
});
