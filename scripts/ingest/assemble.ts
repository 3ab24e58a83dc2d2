/**
 * Pipeline stage "assemble": the decided questions become published pages. Every question gets its
 * permanent slug (permalinks.ts), every entry its frontmatter and MDX file under
 * <topic>/<question>/, every article its prose files and its record in articles.json. Also
 * returns, per article, what was generated from it, in source order, for the conservation check.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringify as toYaml } from 'yaml';
import { articleSchema, entrySchema, proseSchema, type Article, type Entry } from '../../src/lib/schema.ts';
import type { TopicId } from '../../src/lib/topics.ts';
import type { ParsedArticle } from './articles.ts';
import type { Question } from './classify/questions.ts';
import type { GeneratedPiece } from './conserve.ts';
import type { DraftEntry } from './drafts.ts';
import { displayQuestion } from './group.ts';
import { termsIn, type AttachableTerm } from './terms.ts';
import { assignPermalinks, type PermalinkLock } from './permalinks.ts';
import { toMdx } from './serialize.ts';
import { slugify, uniqueSlug } from './slug.ts';

export interface PublishedQuestion {
  key: string;
  display: string;
  slug: string;
  topic: TopicId;
  entryIds: string[];
}

export type ArticleRecord = Article & { id: string };

export interface Assembled {
  /** Path relative to the output folder → file contents: entries, article prose, articles.json. */
  files: Map<string, string>;
  /** In source order: by article, then by position in the article. */
  entries: Entry[];
  articles: ArticleRecord[];
  questions: PublishedQuestion[];
  /** The permalink lock after this run. */
  lock: PermalinkLock;
  /** Source file → what was generated from it, in source order. */
  generated: Map<string, GeneratedPiece[]>;
}

export interface AssembleInput {
  articles: readonly ParsedArticle[];
  drafts: readonly DraftEntry[];
  questions: readonly Question[];
}

const EXCERPT_LENGTH = 90;
const LABEL = /^\s*(?:题目|问题|答案|回答|解析|解答|答|A)\s*[:：]\s*/u;

export function assemble({ articles, drafts, questions }: AssembleInput, lock: PermalinkLock, terms: readonly AttachableTerm[]): Assembled {
  const { assigned, lock: nextLock } = assignPermalinks(questions, lock);
  nextLock.articles = Object.fromEntries(articles.map((a) => [a.file, a.slug]));
  const published = questions.map((q): PublishedQuestion => ({
    ...assigned.get(q.key)!,
    display: shownTitle(q, lock.questions[q.key]?.entries),
    entryIds: q.entryIds,
  }));

  const files = new Map<string, string>();
  const entries: Entry[] = [];
  questions.forEach((question, i) => {
    for (const draft of question.members) {
      const entry = entryOf(draft, question, published[i]!, terms);
      entries.push(entry);
      files.set(`${entry.topic}/${entry.questionSlug}/${entry.id}.mdx`, frontmatter(entry) + draft.mdx);
    }
  });
  const articleIndex = new Map(articles.map((a, i) => [a.file, i]));
  entries.sort((a, b) => articleIndex.get(a.source.file)! - articleIndex.get(b.source.file)! || a.order - b.order);

  const draftOf = new Map(drafts.map((d) => [d.raw, d]));
  const generated = new Map<string, GeneratedPiece[]>();
  const records = articles.map((article) => {
    const { prose, pieces, record } = assembleArticle(article, draftOf);
    for (const [path, content] of prose) files.set(path, content);
    generated.set(article.file, pieces);
    return record;
  });
  files.set('articles.json', `${JSON.stringify(records, null, 2)}\n`);
  return { files, entries, articles: records, questions: published, lock: nextLock, generated };
}

/**
 * The title readers see. A question already published keeps the one they know, the plainest
 * wording among the entries it was published with: a new article's question that joins it may be
 * plainer by length only (「怎么给大模型瘦瘦身？」 beside 「模型压缩技术有哪些？」), and a page whose
 * title changed with every article added would not be the page readers linked to.
 */
export function shownTitle(question: Pick<Question, 'display' | 'members'>, publishedEntries: readonly string[] | undefined): string {
  const published = question.members.filter((m) => publishedEntries?.includes(m.id));
  return published.length > 0 ? displayQuestion(published.map((m) => m.title)) : question.display;
}

function entryOf(draft: DraftEntry, question: Question, published: PublishedQuestion, terms: readonly AttachableTerm[]): Entry {
  return entrySchema.parse({
    id: draft.id,
    question: published.display,
    questionSlug: published.slug,
    topic: published.topic,
    title: draft.title,
    anchor: `answer-${draft.id}`,
    source: {
      file: draft.file,
      heading: draft.raw.heading.text,
      shown: draft.raw.heading.plain,
      index: draft.raw.index,
      line: draft.raw.heading.line,
    },
    order: draft.order,
    section: draft.raw.section,
    truncated: draft.raw.truncated,
    classification: { reason: question.reason, scores: question.classification.scores, overridden: question.overridden },
    terms: termsIn(`${draft.title}\n${draft.plain}`, terms).map(({ zh, en, also }) => ({ zh, en, also })),
    excerpt: excerpt(draft.raw.body),
  } satisfies Entry);
}

/** An article's prose files (content/articles/<slug>/<line>.mdx), its record, and everything generated from it. */
function assembleArticle(
  article: ParsedArticle,
  draftOf: ReadonlyMap<unknown, DraftEntry>,
): { prose: [string, string][]; pieces: GeneratedPiece[]; record: ArticleRecord } {
  const prose: [string, string][] = [];
  const pieces: GeneratedPiece[] = [{ text: article.title.text }];
  const proseAnchors = new Set<string>();
  let order = 0;
  let entryCount = 0;
  for (const part of article.split.parts) {
    if (part.kind === 'entry') {
      pieces.push({ text: part.heading.plain }, { mdx: draftOf.get(part)!.mdx });
      entryCount++;
      order++;
      continue;
    }
    const anchor = part.heading ? uniqueSlug(`part-${slugify(part.heading.plain, 40) || 'x'}`, proseAnchors) : null;
    if (anchor) proseAnchors.add(anchor);
    const mdx = toMdx(part.body);
    pieces.push({ text: part.heading?.plain ?? '' }, { mdx });
    const data = proseSchema.parse({
      source: article.file,
      line: part.line,
      order: order++,
      heading: part.heading && anchor ? { text: part.heading.plain, depth: part.heading.depth, anchor } : null,
    });
    prose.push([`articles/${article.slug}/${String(part.line).padStart(6, '0')}.mdx`, frontmatter(data) + mdx]);
  }
  const truncated = article.split.parts.filter((p) => p.kind === 'entry' && p.truncated).length;
  const record = {
    id: article.slug,
    ...articleSchema.parse({
      slug: article.slug,
      file: article.file,
      title: article.title.text,
      titleOrigin: article.title.origin,
      titleLine: article.title.line,
      kind: article.split.kind,
      entries: entryCount,
      truncated,
      order: article.order,
    }),
  };
  return { prose, pieces, record };
}

function excerpt(nodes: readonly RootContent[]): string {
  const paragraphs = nodes.flatMap((n) => (n.type === 'paragraph' || n.type === 'list' ? [toString(n)] : []));
  // Skip the restated question (题目：…) and bare labels (**答案：** on its own line).
  const texts = paragraphs
    .filter((p) => !/^\s*(?:题目|问题|问|Q)\s*[:：]/u.test(p))
    .map((p) => p.replace(LABEL, '').replace(/\s+/gu, ' ').trim());
  const text = texts.find((t) => t !== '') ?? '';
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function frontmatter(data: object): string {
  return `---\n${toYaml(data, { lineWidth: 0, minContentWidth: 0 })}---\n\n`;
}
