/**
 * Pipeline stage "parse articles": each source's bytes to a parsed, split article (decode → check →
 * parse → transform → split), with its short id, its title as the text gives it, the text units
 * the conservation check needs (taken before ingestion's own transforms), the terms it glosses
 * and the warnings a maintainer should see. Articles come out in file-name order.
 */
import type { Article } from '../../src/lib/schema.ts';
import { textUnits, type TextUnit } from './conserve.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { parseRaw, transformSource } from './parse.ts';
import { articleSlugs, type PermalinkLock } from './permalinks.ts';
import { decodeSource } from './read.ts';
import { rewriteSource } from './rewrite-source.ts';
import { splitArticle, type SplitArticle } from './split.ts';
import { vuePageBlocks } from './transforms/vue-page-blocks.ts';
import { harvestTerms, type HarvestedTerm } from './terms.ts';
import { assertFencesClosed, assertNestingDepth, duplicateNumberWarnings, longHanRunWarnings } from './validate.ts';

export interface SourceFile {
  file: string;
  bytes: Uint8Array;
}

export interface ArticleTitle {
  text: string;
  line: number | null;
  origin: Article['titleOrigin'];
}

export interface ParsedArticle {
  file: string;
  /** Short id from the permalink lock (`000`), also the prefix of its entry ids. */
  slug: string;
  order: number;
  source: string;
  /** The source's text units for the conservation check, taken before ingestion's transforms. */
  units: TextUnit[];
  split: SplitArticle;
  harvested: HarvestedTerm[];
  title: ArticleTitle;
  warnings: IngestWarning[];
}

export function parseArticles(sources: readonly SourceFile[], lock: PermalinkLock): ParsedArticle[] {
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const slugs = articleSlugs(
    sorted.map((s) => s.file),
    lock,
  );
  return sorted.map(({ file, bytes }, order) => parseArticle(file, bytes, slugs.get(file)!, order));
}

function parseArticle(file: string, bytes: Uint8Array, slug: string, order: number): ParsedArticle {
  const { source, warnings: rewritten, title: metadataTitle } = rewriteSource(file, decodeSource(file, bytes));
  assertNestingDepth(file, source);
  const tree = parseRaw(source);
  const units = textUnits(tree, source);
  const pageCode = vuePageBlocks(tree, source).map((b) => ({
    file,
    line: b.start,
    message: `${b.tag} …（第 ${b.start}–${b.end} 行）不发布（Vue 页面的代码或样式，不是文章正文）`,
  }));
  transformSource(tree, source);
  assertFencesClosed(file, tree, source);
  const split = splitArticle(file, tree, source, metadataTitle);
  if (!split.parts.some((p) => p.kind === 'entry')) {
    const headings = tree.children.filter((n) => n.type === 'heading');
    const only = headings.length === 1 ? headings[0]!.position?.start.line : undefined;
    throw only === undefined
      ? new IngestError(file, 1, '没有可以拆分成条目的标题；请给每个问题或小节加上 Markdown 标题（## 或 ###）')
      : new IngestError(
          file,
          only,
          '文章唯一的标题被读作文章标题，所以没有可以拆分成条目的内容；请给每个问题或小节各加一个 Markdown 标题（## 或 ###）',
        );
  }
  const title = split.title ?? { text: file.replace(/\.[^.]+$/u, ''), line: null, origin: 'file-name' as const };
  const warnings = [
    ...rewritten,
    ...pageCode,
    ...split.warnings,
    ...duplicateNumberWarnings(file, split),
    ...longHanRunWarnings(file, source),
  ];
  return { file, slug, order, source, units, split, harvested: harvestTerms(file, tree), title, warnings };
}
