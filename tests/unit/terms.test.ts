/**
 * The term chips of an answer (scripts/ingest/terms.ts termsIn): which terms an answer names, in
 * what order, and never the same term twice; and how a source's gloss joins the vocabulary's term
 * (scripts/ingest/glossary.ts).
 */
import { describe, expect, it } from 'vitest';
import { termsIn } from '../../scripts/ingest/terms.ts';
import { entryById, ingestText, projectVocabulary } from './support/ingest.ts';

const curated = { zh: '自然语言处理', en: 'natural language processing', also: ['NLP'] };
const gloss = { zh: '自然语言处理', en: 'NLP', also: [] };
const vision = { zh: '计算机视觉', en: 'computer vision', also: ['CV'] };

describe('termsIn', () => {
  it('lists the terms the text names, in order of first occurrence', () => {
    expect(termsIn('计算机视觉和自然语言处理', [curated, vision]).map((t) => t.zh)).toEqual(['计算机视觉', '自然语言处理']);
  });

  it("shows one chip per Chinese term: a source's gloss of a vocabulary term gives way to the vocabulary's", () => {
    expect(termsIn('自然语言处理（NLP）很重要', [curated, vision, gloss])).toEqual([curated]);
  });

  it('shows one chip per English term', () => {
    const alias = { zh: '语言处理', en: 'natural language processing', also: [] };
    expect(termsIn('自然语言处理', [curated, alias])).toEqual([curated]);
  });

  it('stops at the limit', () => {
    expect(termsIn('计算机视觉和自然语言处理', [curated, vision], 1)).toEqual([vision]);
  });
});

describe("a source's gloss of a vocabulary term", () => {
  const article = [
    '### 1. 大模型为什么会算错数？',
    '',
    '解决办法是让模型调用计算工具（function calling），数字交给程序去算。',
    '',
    '### 2. 什么是自然语言处理？',
    '',
    '自然语言处理（NLP）研究让机器读懂人话。',
    '',
    '### 3. 什么是料斗秤？',
    '',
    '料斗秤（hopper scale）称散装料。',
    '',
    '### 4. 先微调还是先接知识库？',
    '',
    '数据少时不该做微调（fine-tuning），先用检索增强生成（RAG）。',
    '',
  ].join('\n');
  const out = ingestText(article, 'gloss.txt', { vocabulary: projectVocabulary() });
  const glossary: { zh: string; en: string; origin: string; glossed: { zh: string; en: string }[]; occurrences: { line: number }[] }[] =
    JSON.parse(out.files.get('glossary.json')!);

  it("is the vocabulary's term, found by the gloss's English, with the writer's wording kept", () => {
    expect(glossary.find((t) => t.zh === '计算工具')).toBeUndefined();
    expect(glossary.find((t) => t.zh === '工具调用')).toMatchObject({
      origin: 'source',
      glossed: [{ zh: '计算工具', en: 'function calling' }],
      occurrences: [{ file: 'gloss.txt', line: 3 }],
    });
    expect(entryById(out, 'gloss-q1').terms.map((t) => t.zh)).toEqual(['工具调用']);
  });

  it('is listed once when it glosses the term under its own Chinese, however the English differs', () => {
    expect(glossary.filter((t) => t.zh === '自然语言处理')).toEqual([
      expect.objectContaining({
        origin: 'source',
        glossed: [{ zh: '自然语言处理', en: 'NLP' }],
        occurrences: [{ file: 'gloss.txt', line: 7 }],
      }),
    ]);
  });

  it("keeps the writer's wording cut back to the term where the words before the bracket run on past it", () => {
    expect(glossary.find((t) => t.zh === '微调')).toMatchObject({ origin: 'source', glossed: [] });
    expect(glossary.find((t) => t.zh === '检索增强生成')).toMatchObject({ glossed: [{ zh: '检索增强生成', en: 'RAG' }] });
    expect(glossary.some((t) => t.glossed.some((w) => /该做|先用/u.test(w.zh)))).toBe(false);
  });

  it('of a word the vocabulary lacks stays a term of its own', () => {
    expect(glossary.find((t) => t.zh === '料斗秤')).toMatchObject({ en: 'hopper scale', origin: 'source', glossed: [] });
    expect(entryById(out, 'gloss-q3').terms.map((t) => t.zh)).toContain('料斗秤');
  });
});
