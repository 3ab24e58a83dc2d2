/**
 * Blog posts (Hexo, Hugo, Jekyll, Obsidian notes) open with YAML front matter between `---` lines:
 * `title: …`, `date: …`, `tags: […]`. Read as Markdown it would be a heading made of every field.
 * Its `title` is the article's title; the other fields are metadata of the blog, not text of the
 * article, and the ingest report names them as not published, so nothing goes missing unsaid.
 */
import type { Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import type { IngestWarning } from './errors.ts';
import { IngestError } from './errors.ts';

export interface FrontMatter {
  title: { text: string; line: number } | null;
  warnings: IngestWarning[];
}

export function readFrontMatter(file: string, node: Yaml): FrontMatter {
  const start = node.position?.start.line ?? 1;
  const doc = parseDocument(node.value, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = start + 1 + lineOf(node.value, error.pos[0]);
    throw new IngestError(file, line, `front matter is not valid YAML (${error.code}); fix it or remove the --- lines around it`);
  }
  const data: unknown = doc.toJS();
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const rawTitle = fields['title'];
  const text = typeof rawTitle === 'string' || typeof rawTitle === 'number' ? String(rawTitle).trim() : '';
  const titleAt = node.value.split('\n').findIndex((l) => /^title\s*:/u.test(l));
  const title = text !== '' && titleAt >= 0 ? { text, line: start + 1 + titleAt } : null;
  const ignored = Object.keys(fields).filter((k) => !(k === 'title' && title));
  const warnings: IngestWarning[] =
    ignored.length > 0
      ? [{ file, line: start, message: `front matter ${ignored.join(', ')} not published (blog metadata, not article text)` }]
      : [];
  return { title, warnings };
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
