/**
 * The ingestion pipeline, pure: source bytes (+ lock, overrides, term list) in, generated files
 * and a report out. decode → parse → split → classify → group → slug → write; no I/O here, so
 * tests and the benchmark run it on any corpus.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringify as toYaml } from 'yaml';
import {
  articleSchema,
  entrySchema,
  glossaryTermSchema,
  proseSchema,
  type Article,
  type Entry,
  type GlossaryTerm,
} from '../../src/lib/schema.ts';
import { TOPIC_IDS, type TopicId } from '../../src/lib/topics.ts';
import { classify, type Classification } from './classify/classify.ts';
import { assertConserved, generatedText, textUnits, type GeneratedPiece, type TextUnit } from './conserve.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { displayQuestion, questionKey } from './group.ts';
import { NO_OVERRIDES, type LoadedOverrides } from './overrides.ts';
import { parseRaw, transformSource } from './parse.ts';
import { articleSlugs, assignPermalinks, EMPTY_LOCK, serializeLock, type PermalinkLock, type QuestionClaim } from './permalinks.ts';
import { decodeSource } from './read.ts';
import { toMdx } from './serialize.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { splitArticle, type RawEntry, type RawProse, type SplitArticle } from './split.ts';
import { harvestTerms, termsIn, type AttachableTerm, type HarvestedTerm, type LexiconTerm } from './terms.ts';
import { assertFencesClosed, assertNestingDepth, duplicateNumberWarnings, longHanRunWarnings } from './validate.ts';

export interface SourceFile {
  file: string;
  bytes: Uint8Array;
}

export interface IngestInput {
  sources: readonly SourceFile[];
  lock?: PermalinkLock;
  overrides?: LoadedOverrides;
  overridesFile?: string;
  lexicon?: readonly LexiconTerm[];
}

export interface OverrideEffect {
  kind: 'topic' | 'group' | 'title';
  key: string;
  line: number;
  change: string;
}

export interface IngestReport {
  articles: { file: string; slug: string; title: string; kind: string; entries: number; truncated: number }[];
  topics: Record<TopicId, number>;
  questions: number;
  grouped: { question: string; path: string; entries: string[] }[];
  overrides: OverrideEffect[];
  warnings: IngestWarning[];
}

export interface IngestOutput {
  /** Path relative to the output folder → file contents. */
  files: Map<string, string>;
  entries: Entry[];
  report: IngestReport;
}

interface ParsedArticle {
  file: string;
  slug: string;
  order: number;
  source: string;
  /** The source's text units for the conservation check, taken before ingestion's transforms. */
  units: TextUnit[];
  split: SplitArticle;
  harvested: HarvestedTerm[];
  title: { text: string; line: number | null; origin: Article['titleOrigin'] };
}

interface DraftEntry {
  id: string;
  article: ParsedArticle;
  raw: RawEntry;
  order: number;
  title: string;
  mdx: string;
  plain: string;
}

const EXCERPT_LENGTH = 90;
const LABEL = /^\s*(?:题目|问题|答案|回答|解析|解答)\s*[:：]\s*/u;

export function ingest(input: IngestInput): IngestOutput {
  const overrides = input.overrides?.overrides ?? NO_OVERRIDES;
  const overrideLine = input.overrides?.lineOf ?? (() => 1);
  const overridesFile = input.overridesFile ?? 'overrides.yaml';
  const lock = input.lock ?? EMPTY_LOCK;
  const effects: OverrideEffect[] = [];
  const warnings: IngestWarning[] = [];

  const sources = [...input.sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const slugs = articleSlugs(
    sources.map((s) => s.file),
    lock,
  );

  // decode → parse → split, per article
  const articles: ParsedArticle[] = sources.map(({ file, bytes }, order) => {
    const source = decodeSource(file, bytes);
    assertNestingDepth(file, source);
    const tree = parseRaw(source);
    const units = textUnits(tree);
    transformSource(tree, source);
    assertFencesClosed(file, tree, source);
    const split = splitArticle(file, tree, source);
    if (!split.parts.some((p) => p.kind === 'entry')) {
      throw new IngestError(file, 1, 'no headings to split into entries; give each question or section a Markdown heading (## or ###)');
    }
    warnings.push(...split.warnings, ...duplicateNumberWarnings(file, split), ...longHanRunWarnings(file, source));
    const override = overrides.titles[file];
    const title = override
      ? { text: override, line: null, origin: 'override' as const }
      : (split.title ?? { text: file.replace(/\.[^.]+$/u, ''), line: null, origin: 'file-name' as const });
    if (override) effects.push({ kind: 'title', key: file, line: overrideLine('titles', file), change: `文章标题设为「${override}」` });
    return { file, slug: slugs.get(file)!, order, source, units, split, harvested: harvestTerms(file, tree), title };
  });
  for (const file of Object.keys(overrides.titles)) {
    if (!slugs.has(file)) throw new IngestError(overridesFile, overrideLine('titles', file), `titles: no source file named ${file}`);
  }

  // entries with stable ids
  const drafts: DraftEntry[] = [];
  for (const article of articles) {
    const usedIds = new Set<string>();
    let order = 0;
    for (const part of article.split.parts) {
      if (part.kind !== 'entry') continue;
      const base = `${article.slug}-${entryLocalId(part, article.split.kind)}`;
      const id = uniqueSlug(base, usedIds);
      usedIds.add(id);
      const title = part.title || `${article.title.text} 第 ${part.index} ${article.split.kind === 'qa' ? '题' : '节'}`;
      drafts.push({ id, article, raw: part, order: order++, title, mdx: toMdx(part.body), plain: plainText(part.body) });
    }
  }
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const draftByPart = new Map(drafts.map((d) => [d.raw, d]));

  // group
  const keyOf = new Map<string, string>(drafts.map((d) => [d.id, questionKey(d.title)]));
  for (const [id, target] of Object.entries(overrides.groups)) {
    const line = overrideLine('groups', id);
    if (!draftById.has(id)) throw new IngestError(overridesFile, line, `groups: no entry with id ${id}`);
    if (target === 'alone') keyOf.set(id, `entry:${id}`);
    else if (!draftById.has(target))
      throw new IngestError(overridesFile, line, `groups: ${id} → ${target}, but there is no entry ${target}`);
    else keyOf.set(id, keyOf.get(target)!);
    effects.push({ kind: 'group', key: id, line, change: target === 'alone' ? `${id} 单独成题` : `${id} 并入 ${target} 的问题` });
  }
  const groups = new Map<string, DraftEntry[]>();
  for (const draft of drafts) {
    const key = keyOf.get(draft.id)!;
    groups.set(key, [...(groups.get(key) ?? []), draft]);
  }

  // classify, then apply topic overrides (keyed by the question's published slug)
  const claims: (QuestionClaim & { classification: Classification })[] = [...groups].map(([key, members]) => {
    const classification = classify({
      headings: members.map((m) => m.title),
      // The enclosing section is context, not what the entry asks: it counts like answer text.
      bodies: members.map((m) => [m.raw.section ?? '', m.plain].join('\n')),
    });
    return {
      key,
      display: displayQuestion(members.map((m) => m.title)),
      topic: classification.topic,
      entryIds: members.map((m) => m.id),
      classification,
    };
  });
  let { assigned, lock: nextLock } = assignPermalinks(claims, lock);
  const slugToKey = new Map([...assigned.values()].map((q) => [q.slug, q.key]));
  let topicOverridden = false;
  for (const [slug, topic] of Object.entries(overrides.topics)) {
    const line = overrideLine('topics', slug);
    const key = slugToKey.get(slug);
    if (key === undefined) throw new IngestError(overridesFile, line, `topics: no question with slug ${slug}`);
    const claim = claims.find((c) => c.key === key)!;
    effects.push({
      kind: 'topic',
      key: slug,
      line,
      change: `${claim.classification.topic} → ${topic}${claim.classification.topic === topic ? '（与自动分类相同，可删除）' : ''}`,
    });
    claim.topic = topic;
    topicOverridden = true;
  }
  if (topicOverridden) ({ assigned, lock: nextLock } = assignPermalinks(claims, lock));
  nextLock.articles = Object.fromEntries(articles.map((a) => [a.file, a.slug]));

  // terms
  const harvested = articles.flatMap((a) => a.harvested);
  const lexicon = input.lexicon ?? [];
  // Curated terms first: where both gloss the same word, the curated one carries the aliases.
  const attachable: AttachableTerm[] = [
    ...lexicon,
    ...uniqueBy(harvested, (t) => `${t.zh}|${t.en.toLowerCase()}`).map((t) => ({ zh: t.zh, en: t.en, also: [] })),
  ];

  // entries
  const entries: Entry[] = [];
  const files = new Map<string, string>();
  for (const claim of claims) {
    const question = assigned.get(claim.key)!;
    const members = groups.get(claim.key)!;
    for (const draft of members) {
      const entry = entrySchema.parse({
        id: draft.id,
        question: claim.display,
        questionSlug: question.slug,
        topic: question.topic,
        title: draft.title,
        anchor: `answer-${draft.id}`,
        source: { file: draft.article.file, heading: draft.raw.heading.text, index: draft.raw.index, line: draft.raw.heading.line },
        order: draft.order,
        section: draft.raw.section,
        truncated: draft.raw.truncated,
        classification: {
          reason:
            claim.topic === claim.classification.topic
              ? claim.classification.reason
              : `由维护者在 overrides.yaml 中指定为「${question.topic}」。自动分类：${claim.classification.reason}`,
          scores: claim.classification.scores,
          overridden: claim.topic !== claim.classification.topic,
        },
        terms: termsIn(`${draft.title}\n${draft.plain}`, attachable).map(({ zh, en, also }) => ({ zh, en, also })),
        excerpt: excerpt(draft.raw.body),
      } satisfies Entry);
      entries.push(entry);
      files.set(`${question.topic}/${question.slug}/${draft.id}.mdx`, mdxFile(entry, draft.mdx));
    }
  }
  const articleIndex = new Map(articles.map((a, i) => [a.file, i]));
  entries.sort((a, b) => articleIndex.get(a.source.file)! - articleIndex.get(b.source.file)! || a.order - b.order);

  // prose, articles, conservation
  const articleRecords: (Article & { id: string })[] = [];
  for (const article of articles) {
    const proseAnchors = new Set<string>();
    const bodies: GeneratedPiece[] = [{ text: article.title.text }];
    let order = 0;
    let entryCount = 0;
    for (const part of article.split.parts) {
      if (part.kind === 'entry') {
        const draft = draftByPart.get(part)!;
        bodies.push({ text: part.heading.text }, { mdx: draft.mdx });
        entryCount++;
        order++;
        continue;
      }
      const anchor = part.heading ? uniqueSlug(`part-${slugify(part.heading.text, 40) || 'x'}`, proseAnchors) : null;
      if (anchor) proseAnchors.add(anchor);
      const mdx = toMdx(part.body);
      bodies.push({ text: part.heading?.text ?? '' }, { mdx });
      const data = proseSchema.parse({
        source: article.file,
        line: part.line,
        order: order++,
        heading: part.heading && anchor ? { text: part.heading.text, depth: part.heading.depth, anchor } : null,
      });
      files.set(`articles/${article.slug}/${String(part.line).padStart(6, '0')}.mdx`, frontmatter(data) + mdx);
    }
    const renamed = new Map<number, string>();
    if (article.split.title) renamed.set(article.split.title.line, article.split.title.text);
    assertConserved(article.file, article.source, generatedText(bodies), renamed, article.units);
    const truncated = article.split.parts.filter((p) => p.kind === 'entry' && p.truncated).length;
    articleRecords.push({
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
    });
  }
  files.set('articles.json', `${JSON.stringify(articleRecords, null, 2)}\n`);
  files.set('glossary.json', `${JSON.stringify(glossary(harvested, lexicon, entries), null, 2)}\n`);
  files.set('permalinks.json', serializeLock(nextLock));

  const report: IngestReport = {
    articles: articleRecords.map((a) => ({
      file: a.file,
      slug: a.slug,
      title: a.title,
      kind: a.kind,
      entries: a.entries,
      truncated: a.truncated,
    })),
    topics: Object.fromEntries(
      TOPIC_IDS.map((t) => [t, new Set(entries.filter((e) => e.topic === t).map((e) => e.questionSlug)).size]),
    ) as Record<TopicId, number>,
    questions: claims.length,
    grouped: claims
      .filter((c) => c.entryIds.length > 1)
      .map((c) => {
        const q = assigned.get(c.key)!;
        return { question: c.display, path: `${q.topic}/${q.slug}`, entries: c.entryIds };
      }),
    overrides: effects,
    warnings,
  };
  return { files, entries, report };
}

function entryLocalId(part: RawEntry, kind: SplitArticle['kind']): string {
  if (part.index === null) return slugify(part.title, 32) || 'entry';
  return `${kind === 'qa' ? 'q' : 's'}${String(part.index).replaceAll('.', '-')}`;
}

function plainText(nodes: readonly RootContent[]): string {
  return nodes.map((n) => toString(n)).join('\n');
}

function excerpt(nodes: readonly RootContent[]): string {
  const paragraphs = nodes.flatMap((n) => (n.type === 'paragraph' || n.type === 'list' ? [toString(n)] : []));
  // Skip the restated question (题目：…) and bare labels (**答案：** on its own line).
  const texts = paragraphs
    .filter((p) => !/^\s*(?:题目|问题)\s*[:：]/u.test(p))
    .map((p) => p.replace(LABEL, '').replace(/\s+/gu, ' ').trim());
  const text = texts.find((t) => t !== '') ?? '';
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function frontmatter(data: object): string {
  return `---\n${toYaml(data, { lineWidth: 0, minContentWidth: 0 })}---\n\n`;
}

function mdxFile(entry: Entry, body: string): string {
  return frontmatter(entry) + body;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function glossary(
  harvested: readonly HarvestedTerm[],
  lexicon: readonly LexiconTerm[],
  entries: readonly Entry[],
): (GlossaryTerm & { id: string })[] {
  const byKey = new Map<string, GlossaryTerm>();
  for (const term of harvested) {
    const key = `${term.zh}|${term.en.toLowerCase()}`;
    const existing = byKey.get(key);
    if (existing) existing.occurrences.push({ file: term.file, line: term.line });
    else
      byKey.set(key, {
        slug: '',
        zh: term.zh,
        en: term.en,
        origin: 'source',
        occurrences: [{ file: term.file, line: term.line }],
        questions: [],
      });
  }
  for (const term of lexicon) {
    const key = `${term.zh}|${term.en.toLowerCase()}`;
    if (!byKey.has(key)) byKey.set(key, { slug: '', zh: term.zh, en: term.en, origin: 'lexicon', occurrences: [], questions: [] });
  }
  const questionsByTerm = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const t of e.terms) {
      const key = `${t.zh}|${t.en.toLowerCase()}`;
      if (!questionsByTerm.has(key)) questionsByTerm.set(key, new Set());
      questionsByTerm.get(key)!.add(`${e.topic}/${e.questionSlug}`);
    }
  }
  const taken = new Set<string>();
  const result: (GlossaryTerm & { id: string })[] = [];
  for (const [key, term] of byKey) {
    term.questions = [...(questionsByTerm.get(key) ?? [])].sort();
    // Curated terms no answer uses would be dead links on the glossary page.
    if (term.origin === 'lexicon' && term.questions.length === 0) continue;
    const slug = uniqueSlug(slugify(term.en, 48) || slugify(term.zh, 48) || 'term', taken);
    taken.add(slug);
    result.push({ id: slug, ...glossaryTermSchema.parse({ ...term, slug }) });
  }
  return result.sort((a, b) => a.slug.localeCompare(b.slug));
}

export { type RawProse };
