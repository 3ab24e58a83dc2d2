/** Grouping entries into questions (SPEC: "Question"), automatically and by overrides. */
import { beforeAll, describe, expect, it } from 'vitest';
import { displayQuestion, questionKey } from '../../scripts/ingest/group.ts';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { catchIngestError, entryById, overridesFrom, realSources } from './support/ingest.ts';

let out: IngestOutput;
beforeAll(() => {
  out = ingest({ sources: realSources() });
});

const questionOf = (id: string, result = out) => {
  const e = entryById(result, id);
  return `${e.topic}/${e.questionSlug}`;
};
const membersOf = (id: string, result = out) =>
  result.entries
    .filter((e) => `${e.topic}/${e.questionSlug}` === questionOf(id, result))
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

  it('a group is shown with its plainest (shortest) phrasing, the earliest on ties', () => {
    expect(displayQuestion(['什么是大模型？有哪些常见的应用场景？', '什么是大模型？', '什么是大模型，为什么？'])).toBe('什么是大模型？');
    expect(displayQuestion(['甲问题？', '乙问题？'])).toBe('甲问题？');
  });
});

describe('grouping the real corpus', () => {
  it('the 什么是大模型 entries of all five articles form one question', () => {
    expect(membersOf('000-q1')).toEqual(['000-q1', '001-q1', '002-s9-1', '003-q1', '004-q1']);
    const e = entryById(out, '003-q1');
    expect(e.question).toBe('什么是大模型？');
    expect(`${e.topic}/${e.questionSlug}`).toBe('concepts/shen-me-shi-da-mo-xing');
    expect(out.report.grouped.find((g) => g.path === 'concepts/shen-me-shi-da-mo-xing')?.entries).toHaveLength(5);
  });

  it('000 asks 大模型在智能家居领域有哪些应用 twice (items 24 and 30): one question, two answers', () => {
    expect(questionOf('000-q24')).toBe(questionOf('000-q30'));
    expect(membersOf('000-q24')).toEqual(expect.arrayContaining(['000-q24', '000-q30']));
    expect(entryById(out, '000-q24').anchor).not.toBe(entryById(out, '000-q30').anchor);
  });

  it('applications and challenges of the same domain are different questions', () => {
    // 000-12 自动驾驶领域有哪些应用 · 001-15 自动驾驶中的应用 · 003-9 自动驾驶中的应用
    expect(membersOf('000-q12')).toEqual(['000-q12', '001-q15', '003-q9']);
    // 004-7 自动驾驶领域的挑战是什么 · 004-23 自动驾驶中的挑战有哪些
    expect(membersOf('004-q7')).toEqual(['004-q23', '004-q7']);
    expect(questionOf('000-q12')).not.toBe(questionOf('004-q7'));
    expect(entryById(out, '000-q12').topic).toBe('applications');
    expect(entryById(out, '004-q7').topic).toBe('challenges');
  });

  it('a problem (问题) is not merged with a challenge (挑战) or an application', () => {
    // 001-27 大模型在自动驾驶中的问题
    expect(membersOf('001-q27')).toEqual(['001-q27']);
  });

  it('no group mixes entries whose first clauses differ in subject', () => {
    const byQuestion = new Map<string, string[]>();
    for (const e of out.entries) byQuestion.set(`${e.topic}/${e.questionSlug}`, [...(byQuestion.get(`${e.topic}/${e.questionSlug}`) ?? []), e.title]);
    for (const titles of byQuestion.values()) {
      expect(new Set(titles.map(questionKey)).size).toBe(1);
    }
  });
});

describe('maintainer overrides: groups', () => {
  it('joins an entry to another entry’s question', () => {
    const joined = ingest({ sources: realSources(), overrides: overridesFrom('groups:\n  001-q27: 004-q7\n') });
    expect(questionOf('001-q27', joined)).toBe(questionOf('004-q7', joined));
    expect(membersOf('004-q7', joined)).toEqual(['001-q27', '004-q23', '004-q7']);
    expect(joined.report.overrides).toContainEqual({ kind: 'group', key: '001-q27', line: 2, change: '001-q27 并入 004-q7 的问题' });
  });

  it('splits an entry off into a question of its own, named after its own heading', () => {
    const split = ingest({ sources: realSources(), overrides: overridesFrom('groups:\n  000-q30: alone\n') });
    expect(questionOf('000-q30', split)).not.toBe(questionOf('000-q24', split));
    expect(membersOf('000-q30', split)).toEqual(['000-q30']);
    expect(membersOf('000-q24', split)).toContain('000-q24');
    // 大模型在智能家居领域有哪些应用 — 000-q24's group is shown as 001's shorter 大模型在智能家居中的应用.
    expect(entryById(split, '000-q30').questionSlug).toBe('da-mo-xing-zai-zhi-neng-jia-ju-ling-yu-you-na-xie-ying-yong');
    expect(entryById(split, '000-q24').questionSlug).toBe('da-mo-xing-zai-zhi-neng-jia-ju-zhong-de-ying-yong');
    expect(split.report.overrides).toContainEqual(expect.objectContaining({ kind: 'group', key: '000-q30', line: 2 }));
  });

  it('an override naming an unknown entry fails with the overrides file and the line', () => {
    const error = catchIngestError(() =>
      ingest({ sources: realSources(), overrides: overridesFrom('# comment\ngroups:\n  000-q1: alone\n  009-q1: 000-q1\n') }),
    );
    expect(error.file).toBe('overrides.yaml');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^overrides\.yaml:4: .*009-q1/u);
  });

  it('an override pointing at an unknown target fails at its line too', () => {
    const error = catchIngestError(() => ingest({ sources: realSources(), overrides: overridesFrom('groups:\n  000-q1: 000-q99\n') }));
    expect(error.line).toBe(2);
    expect(error.message).toContain('000-q99');
  });
});
