/** Grouping entries into questions (SPEC: "Question"), automatically and by overrides. */
import { beforeAll, describe, expect, it } from 'vitest';
import { displayQuestion, Joins, namesConcept, questionKey, type DraftGroup } from '../../scripts/ingest/group.ts';
import type { DraftEntry } from '../../scripts/ingest/drafts.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { entryById, HEAVY_TIMEOUT, overridesFrom, realSources, source, projectVocabulary } from './support/ingest.ts';

const questionOf = (result: IngestOutput, id: string) => {
  const e = entryById(result, id);
  return `${e.topic}/${e.questionSlug}`;
};
const membersOf = (result: IngestOutput, id: string) =>
  result.entries
    .filter((e) => `${e.topic}/${e.questionSlug}` === questionOf(result, id))
    .map((e) => e.id)
    .sort();

describe('same question, different phrasings', () => {
  it.each([
    ['什么是大模型？有哪些常见的应用场景？', '什么是大模型？'],
    ['什么是大模型？大模型有哪些特点？', '什么是大模型，为什么它对 AI 创业很重要？'],
    ['大模型在自动驾驶领域有哪些应用？', '大模型在自动驾驶中的应用'],
    ['大模型如何应用于图像识别？', '大模型在图像识别中的应用'],
    ['大模型在智能家居领域有哪些应用？', '大模型在智能家居领域有哪些应用？'],
    ['如何评估大模型的效果？', '如何评估大模型的效果'],
  ])('「%s」 and 「%s」 share a key', (a, b) => {
    expect(questionKey(a)).toBe(questionKey(b));
  });

  it.each([
    ['大模型在自动驾驶领域有哪些应用？', '大模型在自动驾驶领域的挑战是什么？'],
    ['大模型在医疗领域的应用', '大模型在医疗领域中的问题'],
    ['什么是大模型？', '什么是小模型？'],
    ['什么是大模型？', '大模型'],
    ['大模型的压缩技术有哪些？', '大模型的量化技术'],
    ['大模型在金融领域的应用有哪些？', '大模型在金融风控中的应用有哪些？'],
  ])('「%s」 and 「%s」 stay apart', (a, b) => {
    expect(questionKey(a)).not.toBe(questionKey(b));
  });

  describe('a first clause before a comma', () => {
    const namesSubject = namesConcept(new VocabularyMatcher(projectVocabulary()));

    it('is the question when it asks one of its own about something', () => {
      const [a, b] = ['什么是大模型，为什么它对 AI 创业很重要？', '什么是大模型？有哪些常见的应用场景？'];
      expect(questionKey(a, namesSubject)).toBe(questionKey(b, namesSubject));
    });

    it('only sets the scene when it asks nothing, even naming the subject or the field', () => {
      for (const [a, b] of [
        ['在银行里，大模型能做什么？', '在银行里，大模型有哪些风险？'],
        ['理赔材料五花八门，系统里该怎么归档？', '理赔材料五花八门，大模型能帮着读发票吗？'],
        ['让大模型来开车，到底靠不靠谱？', '让大模型来开车，最让人不放心的是哪些地方？'],
        ['同一个模型，评测时示例换个顺序，分数能差好几个点，正常吗？', '同一个模型，有的平台写“满血版”，有的写“量化版”，差别在哪？'],
      ])
        expect(questionKey(a!, namesSubject), `${a} / ${b}`).not.toBe(questionKey(b!, namesSubject));
    });

    it('only sets the scene when its question word names a frame and nothing else', () => {
      const [a, b] = ['再过几年，程序员会失业吗？', '再过几年，理赔员会被取代吗？'];
      expect(questionKey(a, namesSubject)).not.toBe(questionKey(b, namesSubject));
    });
  });

  it('a group is shown with its plainest (shortest) phrasing, the earliest on ties', () => {
    expect(displayQuestion(['什么是大模型？有哪些常见的应用场景？', '什么是大模型？', '什么是大模型，为什么？'])).toBe('什么是大模型？');
    expect(displayQuestion(['甲问题？', '乙问题？'])).toBe('甲问题？');
  });
});

describe('maintainer overrides: groups', () => {
  // One run, two overrides: join a 问题 entry to a 挑战 question, split 000's repeated question.
  let out: IngestOutput;
  beforeAll(() => {
    out = ingest({
      sources: realSources(),
      overrides: overridesFrom('groups:\n  001-q27: 004-q7\n  000-q30: alone\n'),
      vocabulary: projectVocabulary(),
    });
  }, HEAVY_TIMEOUT);

  it('joins an entry to another entry’s question', () => {
    expect(questionOf(out, '001-q27')).toBe(questionOf(out, '004-q7'));
    expect(membersOf(out, '004-q7')).toEqual(['001-q27', '004-q23', '004-q7']);
    expect(out.report.overrides).toContainEqual({ kind: 'group', key: '001-q27', line: 2, change: '001-q27 并入 004-q7 的问题' });
  });

  it('splits an entry off into a question of its own, named after its own heading', () => {
    expect(questionOf(out, '000-q30')).not.toBe(questionOf(out, '000-q24'));
    expect(membersOf(out, '000-q30')).toEqual(['000-q30']);
    expect(membersOf(out, '000-q24')).toContain('000-q24');
    // 大模型在智能家居领域有哪些应用 — 000-q24's group is shown as 001's shorter 大模型在智能家居中的应用.
    expect(entryById(out, '000-q30').questionSlug).toBe('da-mo-xing-zai-zhi-neng-jia-ju-ling-yu-you-na-xie-ying-yong');
    expect(entryById(out, '000-q24').questionSlug).toBe('da-mo-xing-zai-zhi-neng-jia-ju-zhong-de-ying-yong');
    expect(out.report.overrides).toContainEqual({ kind: 'group', key: '000-q30', line: 3, change: '000-q30 单独成题' });
  });

  const small = [source('000_a.txt', '### 1. 甲？\n\n甲。\n\n### 2. 乙？\n\n乙。\n')];

  it('an override naming an entry that is not being ingested is a warning at its line, and the others still apply', () => {
    const out = ingest({ sources: small, overrides: overridesFrom('# comment\ngroups:\n  000-q1: alone\n  009-q1: 000-q1\n') });
    expect(out.report.warnings).toEqual([
      { file: 'overrides.yaml', line: 4, message: 'groups: 要摄取的原文里没有 id 为 009-q1 的条目；这条覆盖已忽略' },
    ]);
    expect(out.report.overrides).toEqual([{ kind: 'group', key: '000-q1', line: 3, change: '000-q1 单独成题' }]);
  });

  it('an override pointing at a target that is not being ingested is a warning at its line too', () => {
    const out = ingest({
      sources: small,
      overrides: overridesFrom('groups:\n  000-q1: 000-q99\n'),
      overridesFile: 'content/overrides.yaml',
    });
    expect(out.report.warnings).toEqual([
      {
        file: 'content/overrides.yaml',
        line: 2,
        message: 'groups: 000-q1 → 000-q99，但要摄取的原文里没有条目 000-q99；这条覆盖已忽略',
      },
    ]);
    expect(out.report.overrides).toEqual([]);
    expect(out.entries.map((e) => e.questionSlug)).toEqual(ingest({ sources: small }).entries.map((e) => e.questionSlug));
  });
});

describe('the grouping key is a parameter of the pipeline', () => {
  it('ingest() groups entries by whatever key the given function returns', () => {
    const article = source('100_demo.txt', '### 1. 甲是什么？\n\n甲。\n\n### 2. 乙是什么？\n\n乙。\n\n### 3. 丙？\n\n丙。\n');
    const out = ingest({ sources: [article] }, { groupKey: (draft) => (draft.title.endsWith('是什么？') ? 'what' : draft.id) });
    expect(membersOf(out, '100-q1')).toEqual(['100-q1', '100-q2']);
    expect(membersOf(out, '100-q3')).toEqual(['100-q3']);
    expect(out.report.grouped).toEqual([{ question: '甲是什么？', path: expect.any(String), entries: ['100-q1', '100-q2'] }]);
  });
});

describe('joining groups (Joins, shared by the similarity stages)', () => {
  const draft = (id: string, title: string) => ({ id, title }) as DraftEntry;
  const group = (key: string, ...members: DraftEntry[]): DraftGroup => ({
    key,
    display: members[0]!.title,
    members,
    entryIds: members.map((m) => m.id),
  });
  const groups = [
    group('a', draft('1', '第一种问法比较长')),
    group('b', draft('2', '短问法'), draft('3', '第三种')),
    group('c', draft('4', '第四种问法')),
    group('d', draft('5', '另一个问题')),
  ];

  it('follows a chain of joins to one group, kept where the group it ended in stood, members in their first order', () => {
    const joins = new Joins(groups.length);
    expect(joins.join(2, 1)).toBe(true);
    expect(joins.join(1, 0)).toBe(true);
    expect(joins.join(2, 0)).toBe(false);
    expect(joins.apply(groups).map((g) => [g.key, g.entryIds, g.display])).toEqual([
      ['a', ['1', '2', '3', '4'], '短问法'],
      ['d', ['5'], '另一个问题'],
    ]);
  });

  it('leaves groups that were not joined as they were', () => {
    expect(new Joins(groups.length).apply(groups)).toEqual(groups);
  });
});
