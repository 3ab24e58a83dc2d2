/** Headings written without a space after their hashes (scripts/ingest/atx-headings.ts). */
import { describe, expect, it } from 'vitest';
import { withAtxSpaces } from '../../scripts/ingest/atx-headings.ts';
import { entryBody, ingestText } from './support/ingest.ts';

describe('withAtxSpaces', () => {
  it('gives a line of two to six hashes and a word its space, and says which lines', () => {
    expect(withAtxSpaces('##1. 什么是 RAG？\n答。\n###什么是蒸馏？\n')).toEqual({
      text: '## 1. 什么是 RAG？\n答。\n### 什么是蒸馏？\n',
      lines: [1, 3],
    });
  });

  it.each([
    ['a single hash: a line of tags', '#面试 #后训练\n'],
    ['a heading that has its space', '## 1. 什么是 RAG？\n'],
    ['code', '```bash\n##注释\n```\n'],
    ['hashes not at the start of a line', '见 ##2 节。\n'],
    ['hashes before punctuation', '##——\n'],
  ])('leaves alone %s', (_, text) => {
    expect(withAtxSpaces(text)).toEqual({ text, lines: [] });
  });
});

describe('ingesting an article whose headings have no space after ##', () => {
  it('reads each as its question, at its line, and says so once in the report', () => {
    const text = ['##1. 什么是 RAG？', '', '检索后再生成。', '', '##2. 什么是蒸馏？', '小模型学大模型。', ''].join('\n');
    const out = ingestText(text, 'nospace.md');
    expect(out.entries.map((e) => [e.title, e.source.line])).toEqual([
      ['什么是 RAG？', 1],
      ['什么是蒸馏？', 5],
    ]);
    expect(entryBody(out, out.entries[0]!.id)).not.toContain('蒸馏');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: 2 行以 ## 开头却没有空格，已读作标题（第 1、5 行）；CommonMark 要求加空格：「## 标题」',
    ]);
  });
});
