/**
 * Blog posts (Hexo, Hugo, Jekyll, Obsidian notes) open with YAML front matter between `---` lines:
 * `title: …`, `date: …`, `tags: […]`. Read as Markdown it would be a heading made of every field.
 * Its `title` is the article's title; the other fields are metadata of the blog, not text of the
 * article, and the ingest report names them as not published, so nothing goes missing unsaid. A
 * block that is not YAML fields is not front matter and stays text (parse.ts). Hugo and Zola also
 * write it in TOML between `+++` lines (`title = "…"`), and Wiki.js in an HTML comment at the top
 * (`withCommentFrontMatter`), read the same way.
 */
import { parse as parseToml } from 'smol-toml';
import { isMap, parseDocument } from 'yaml';
import type { IngestWarning } from './errors.ts';

export interface FrontMatter {
  title: { text: string; line: number } | null;
  warnings: IngestWarning[];
}

/** A front matter block as remark-frontmatter reads it: `---` YAML or `+++` TOML. */
export interface FrontMatterNode {
  type: 'yaml' | 'toml';
  value: string;
  position?: { start: { line: number } };
}

/**
 * The node as front matter, when it is a block remark-frontmatter read (mdast's types name only YAML's;
 * the TOML node is remark-frontmatter's own).
 */
export function asFrontMatter(node: { type: string } | undefined): FrontMatterNode | null {
  return node && (node.type === 'yaml' || node.type === 'toml') && 'value' in node && typeof node.value === 'string'
    ? (node as FrontMatterNode)
    : null;
}

/** TOML's fields, or null when the block is not TOML. */
function tomlFields(value: string): Record<string, unknown> | null {
  try {
    return parseToml(value);
  } catch {
    return null;
  }
}

/** Whether a block at the top is front matter: YAML (or TOML) without errors whose document is a map of fields. */
export function isFrontMatter(value: string, format: 'yaml' | 'toml' = 'yaml'): boolean {
  if (format === 'toml') return Object.keys(tomlFields(value) ?? {}).length > 0;
  const doc = parseDocument(value);
  return doc.errors.length === 0 && isMap(doc.contents) && doc.contents.items.length > 0;
}

const COMMENT_OPEN = /^<!--\s*$/u;
const COMMENT_CLOSE = /^-->\s*$/u;
const FIELD = /^[A-Za-z][\w-]*:(?:\s|$)/u;

/**
 * Wiki.js keeps a page's properties in an HTML comment at its top (`<!--`, `title: …`, `published:
 * true`, `editor: markdown`, … `-->`), which its editor shows as the page's properties and never as
 * text. When the comment holds only YAML fields, one of them a title, it is front matter in other
 * fences: its two fence lines become `---`, every line staying where it was. Returns the line of the
 * closing fence, or null when the text does not open so.
 */
export function withCommentFrontMatter(text: string): { text: string; end: number | null } {
  const lines = text.split('\n');
  if (!COMMENT_OPEN.test(lines[0] ?? '')) return { text, end: null };
  const end = lines.findIndex((l) => COMMENT_CLOSE.test(l));
  const fields = lines.slice(1, end);
  if (end < 2 || !fields.some((l) => /^title:\s*\S/u.test(l)) || !fields.every((l) => l.trim() === '' || FIELD.test(l)))
    return { text, end: null };
  if (!isFrontMatter(fields.join('\n'))) return { text, end: null };
  lines[0] = '---';
  lines[end] = '---';
  return { text: lines.join('\n'), end: end + 1 };
}

/** A front matter block (parse.ts read it as one only when isFrontMatter) → the title and the report's warning. */
export function readFrontMatter(file: string, node: FrontMatterNode): FrontMatter {
  const start = node.position?.start.line ?? 1;
  const fields = node.type === 'toml' ? (tomlFields(node.value) ?? {}) : (parseDocument(node.value).toJS() as Record<string, unknown>);
  const rawTitle = fields['title'];
  const text = typeof rawTitle === 'string' || typeof rawTitle === 'number' ? String(rawTitle).trim() : '';
  const titleAt = node.value.split('\n').findIndex((l) => (node.type === 'toml' ? /^title\s*=/u : /^title\s*:/u).test(l));
  const title = text !== '' && titleAt >= 0 ? { text, line: start + 1 + titleAt } : null;
  const ignored = Object.keys(fields).filter((k) => !(k === 'title' && title));
  const warnings: IngestWarning[] =
    ignored.length > 0
      ? [{ file, line: start, message: `front matter 的 ${ignored.join('、')} 字段不发布（博客的元数据，不是文章正文）` }]
      : [];
  return { title, warnings };
}

/** A metadata line of Pelican and MultiMarkdown: `Title: 标题`, `Date: 2026-11-30`, `Tags: a, b`. */
const METADATA_FIELD = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]+(\S.*)$/u;

export interface MetadataBlock {
  /** Its `Title:` and that line. */
  title: { text: string; line: number };
  /** The other keys, lower-cased, in order. */
  fields: string[];
  /** The block's last line. */
  end: number;
}

/**
 * Pelican's Markdown reader (Python-Markdown's meta extension) and MultiMarkdown read the article's
 * metadata from `Key: value` lines at its very top, without fences, up to the first blank line:
 * `Title:` names the article and the other fields (Date, Tags, Slug, Summary, …) are never shown as
 * text. When the file opens with at least two such lines, one of them a title, and a blank line
 * follows, the lines are blanked (each line staying where it was) and the title returned.
 */
export function withMetadataBlock(text: string): { text: string; metadata: MetadataBlock | null } {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.trim() === '');
  if (end < 2) return { text, metadata: null };
  const fields = lines.slice(0, end).map((l) => METADATA_FIELD.exec(l));
  if (!fields.every((m) => m !== null)) return { text, metadata: null };
  const titleAt = fields.findIndex((m) => m![1]!.toLowerCase() === 'title');
  if (titleAt < 0) return { text, metadata: null };
  const blanked = [...lines.slice(0, end).map(() => ''), ...lines.slice(end)];
  return {
    text: blanked.join('\n'),
    metadata: {
      title: { text: fields[titleAt]![2]!.trim(), line: titleAt + 1 },
      fields: fields.filter((_, i) => i !== titleAt).map((m) => m![1]!.toLowerCase()),
      end,
    },
  };
}
