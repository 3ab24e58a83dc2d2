/**
 * Which answers an editor's note cites (src/lib/markdown/answer-refs.ts), read from the MDX syntax
 * tree: a question page names the answers its note does not cite, as when an article joined the
 * question after the note was written.
 */
import { describe, expect, it } from 'vitest';
import { answerRefs, uncitedEntries } from '../../src/lib/markdown/answer-refs.ts';

const NOTE = [
  '收录的每篇文章都回答了这个问题。',
  '',
  '- **规模是定义的核心。** <AnswerRef id="001-q1" /> 逐项对比，<AnswerRef id="002-s9-1">一句话</AnswerRef> 给出定义。',
  '',
  '<AnswerRef id="001-q1" />',
  '',
  '```mdx',
  '<AnswerRef id="999-q9" />',
  '```',
  '',
  '写 `<AnswerRef id="888-q8" />` 可以链接到一条回答。',
].join('\n');

const entry = (id: string) => ({ data: { id } });

describe('the answers a note cites', () => {
  it('are its AnswerRef ids, inline or alone on a line, each once; not those shown as code', () => {
    expect([...answerRefs(NOTE)]).toEqual(['001-q1', '002-s9-1']);
  });

  it('leave the page’s other answers uncited, in the page’s order', () => {
    const entries = ['000-q1', '001-q1', '002-s9-1', '005-q3'].map(entry);
    expect(uncitedEntries(NOTE, entries).map((e) => e.data.id)).toEqual(['000-q1', '005-q3']);
  });

  it('make no claim when the note cites no answer', () => {
    expect(uncitedEntries('维护者的一段说明，没有引用任何回答。', [entry('000-q1')])).toEqual([]);
  });
});
