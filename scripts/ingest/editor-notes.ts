/**
 * Editor's notes (content/notes/<question-slug>.mdx) read against the questions just ingested. A
 * note that cites answers but not every answer now on its page was written before an article
 * joined the question: the page tells readers so, and the report tells the maintainer which notes
 * to reread. A note whose question is gone would fail the site's build; the report says so first.
 */
import { uncitedEntries } from '../../src/lib/markdown/answer-refs.ts';
import type { IngestWarning } from './errors.ts';

export interface EditorNote {
  /** Where it is, as the report names it (content/notes/shen-me-shi-da-mo-xing.mdx). */
  file: string;
  /** The question it is about: its file name without .mdx. */
  slug: string;
  mdx: string;
}

export function editorNoteWarnings(
  notes: readonly EditorNote[],
  entries: readonly { id: string; questionSlug: string }[],
): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  for (const note of notes) {
    const answers = entries.filter((e) => e.questionSlug === note.slug).map((e) => e.id);
    if (answers.length === 0) {
      warnings.push({ file: note.file, line: 1, message: `编者注的问题「${note.slug}」不在这次导入的问题里；网站构建会因此失败` });
      continue;
    }
    let uncited: string[];
    try {
      // The page's own rule (a note that cites no answer makes no claim about which it covers).
      uncited = uncitedEntries(
        note.mdx,
        answers.map((id) => ({ data: { id } })),
      ).map((e) => e.data.id);
    } catch (error) {
      const where = (error as { line?: number }).line;
      warnings.push({ file: note.file, line: where ?? 1, message: `编者注不是有效的 MDX：${(error as Error).message}` });
      continue;
    }
    if (uncited.length > 0)
      warnings.push({
        file: note.file,
        line: 1,
        message: `编者注没有引用本页的 ${uncited.length} 个回答：${uncited.join('、')}——${uncited.length === 1 ? '它' : '它们'}可能是编者注写成之后才收录的；读过后在编者注里用 <AnswerRef id="…" /> 引用，页面上的提示随之消失`,
      });
  }
  return warnings;
}
