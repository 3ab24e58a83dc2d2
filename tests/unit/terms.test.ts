/**
 * The term chips of an answer (scripts/ingest/terms.ts termsIn): which terms an answer names, in
 * what order, and never the same term twice.
 */
import { describe, expect, it } from 'vitest';
import { termsIn } from '../../scripts/ingest/terms.ts';

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
