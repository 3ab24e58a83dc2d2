/**
 * Editor's notes against the questions just ingested (scripts/ingest/editor-notes.ts): the report
 * names a note that no longer cites every answer on its page, and a note whose question is gone.
 */
import { describe, expect, it } from 'vitest';
import { editorNoteWarnings } from '../../scripts/ingest/editor-notes.ts';

const entries = [
  { id: '000-q1', questionSlug: 'shen-me-shi-da-mo-xing' },
  { id: '001-q1', questionSlug: 'shen-me-shi-da-mo-xing' },
  { id: '900-q1', questionSlug: 'shen-me-shi-da-mo-xing' },
  { id: '000-q2', questionSlug: 'ru-he-ping-gu' },
];
const note = (slug: string, mdx: string) => ({ file: `content/notes/${slug}.mdx`, slug, mdx });

describe('editor notes in the ingest report', () => {
  it('names the answers on its page a note does not cite, by id', () => {
    const mdx = '---\nupdated: 2026-11-30\n---\n\n两篇都说：<AnswerRef id="000-q1" />，以及 <AnswerRef id="001-q1" />。\n';
    const [warning, ...rest] = editorNoteWarnings([note('shen-me-shi-da-mo-xing', mdx)], entries);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: 'content/notes/shen-me-shi-da-mo-xing.mdx', line: 1 });
    expect(warning?.message).toMatch(/^编者注没有引用本页的 1 个回答：900-q1——它可能是编者注写成之后才收录的/u);
  });

  it('says nothing of a note that cites every answer, or cites none (it makes no claim)', () => {
    const all = '<AnswerRef id="000-q1" /> <AnswerRef id="001-q1" /> <AnswerRef id="900-q1" />';
    expect(editorNoteWarnings([note('shen-me-shi-da-mo-xing', all), note('ru-he-ping-gu', '只是一段导读。')], entries)).toEqual([]);
  });

  it('warns of a note whose question is not among those ingested, before the build fails on it', () => {
    expect(editorNoteWarnings([note('no-such-question', '文字')], entries)).toEqual([
      {
        file: 'content/notes/no-such-question.mdx',
        line: 1,
        message: '编者注的问题「no-such-question」不在这次导入的问题里；网站构建会因此失败',
      },
    ]);
  });

  it('reports a note that is not valid MDX at its line, rather than stopping ingestion', () => {
    const [warning] = editorNoteWarnings([note('ru-he-ping-gu', '第一行\n\n<AnswerRef id="000-q2"\n')], entries);
    expect(warning?.message).toMatch(/^编者注不是有效的 MDX：/u);
    expect(warning?.line).toBeGreaterThan(1);
  });
});
