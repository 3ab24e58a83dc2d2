/**
 * Pipeline stage "draft entries": every entry part of every article becomes a draft with its stable id
 * (`000-q7`, `002-s4-2`), its title, its body as MDX and as plain text. Drafts know nothing yet of
 * questions, topics or URLs.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleTitle, ParsedArticle } from './articles.ts';
import { toMdx } from './serialize.ts';
import { slugify, uniqueSlug } from './slug.ts';
import type { RawEntry, SplitArticle } from './split.ts';

export interface DraftEntry {
  id: string;
  /** Source file of its article. */
  file: string;
  raw: RawEntry;
  /** Position among its article's entries. */
  order: number;
  title: string;
  mdx: string;
  plain: string;
}

/** Where a draft's heading is, `file:line`: how the labels and the known questions name a wording. */
export const headingAt = (d: Pick<DraftEntry, 'file' | 'raw'>): string => `${d.file}:${d.raw.heading.line}`;

export function draftEntries(articles: readonly ParsedArticle[]): DraftEntry[] {
  return articles.flatMap(articleDrafts);
}

function articleDrafts(article: ParsedArticle): DraftEntry[] {
  const usedIds = new Set<string>();
  const entries = article.split.parts.filter((part): part is RawEntry => part.kind === 'entry');
  return entries.map((part, order) => {
    const id = uniqueSlug(`${article.slug}-${entryLocalId(part, article.split.kind)}`, usedIds);
    usedIds.add(id);
    const title = entryTitle(part, article.title, article.split.kind);
    return { id, file: article.file, raw: part, order, title, mdx: toMdx(part.body), plain: plainText(part.body) };
  });
}

/** The entry's own title, or for a heading that is only a number, its article's title and number. */
export function entryTitle(part: RawEntry, article: ArticleTitle, kind: SplitArticle['kind']): string {
  return part.title || `${article.text} 第 ${part.index} ${kind === 'qa' ? '题' : '节'}`;
}

function entryLocalId(part: RawEntry, kind: SplitArticle['kind']): string {
  if (part.index === null) return slugify(part.title, 32) || 'entry';
  return `${kind === 'qa' ? 'q' : 's'}${String(part.index).replaceAll('.', '-')}`;
}

function plainText(nodes: readonly RootContent[]): string {
  return nodes.map((n) => toString(n)).join('\n');
}
