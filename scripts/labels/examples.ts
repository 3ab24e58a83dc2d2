/**
 * The topic-examples model built from labelled articles: the words of every labelled question per
 * topic, and the known questions (scripts/topic-examples.ts writes it to content/topic-examples.json;
 * scripts/eval/rounds.ts builds it with one round of test articles left out).
 *
 * Labels are YAML tables judged by reading each item against SPEC.md's topic table, in either of two
 * forms: `entries: { <entry id>: { line, topics } }` (the seed articles, an entry id starting with its
 * file's number), or `<folder>/<file name>: [ { line, topics } ]`. An item counts under its first
 * topic. Only items of the given sources are counted, so a table may also label articles kept out of
 * the counts (articles held out to measure ingestion on).
 *
 * The same tables say which items ask the same question (`groups` of entry ids in the first form,
 * `same_as` in the second, naming an entry id or `<file name>#<number>`). Every labelled question
 * with a wording in the knowledge base's own articles (`own`) is stored with all its wordings as a
 * known question (scripts/ingest/known-questions.ts), so that a new article's question in other
 * words can join it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TOPIC_IDS, type TopicId } from '../../src/lib/topics.ts';
import { parseArticles } from '../ingest/articles.ts';
import { countExamples, type LabelledExample, type TopicExamples } from '../ingest/classify/examples.ts';
import { trainTopicWeights } from '../ingest/classify/logistic.ts';
import {
  buildKnownQuestions,
  KnownQuestionModel,
  specificConcepts,
  type KnownQuestions,
  type LabelledWording,
} from '../ingest/known-questions.ts';
import { joinFeatures, trainJoinWeights, type JoinExample } from '../ingest/join-model.ts';
import { sectionTitles, subjectShare } from '../ingest/similar-questions.ts';
import { nearestWordings } from '../ingest/repeated-questions.ts';
import { VocabularyMatcher, type VocabularyConcept } from '../../src/lib/vocabulary/match.ts';
import { draftEntries, headingAt, type DraftEntry } from '../ingest/drafts.ts';
import { IngestError } from '../ingest/errors.ts';
import { EMPTY_LOCK } from '../ingest/permalinks.ts';

/** The article of a `file:line` position. */
const fileOf = (at: string) => at.slice(0, at.lastIndexOf(':'));

export interface LabelledSource {
  file: string;
  bytes: Uint8Array;
  /** Whether it is one of the knowledge base's own articles (content/sources), not a test article. */
  own: boolean;
}

interface Label {
  /** The article: its file name, or the number its file name starts with. */
  file: string;
  byNumber: boolean;
  line: number;
  topic: TopicId;
  where: string;
  /** How other labels name it: its entry id, or `<file name>#<number>`. */
  name: string;
  /** Names of the items it asks the same question as. */
  same: string[];
}

function readLabels(path: string): Label[] {
  const table = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const topicOf = (topics: unknown, where: string): TopicId => {
    const first = Array.isArray(topics) ? topics[0] : undefined;
    if (!TOPIC_IDS.includes(first as TopicId)) throw new IngestError(path, 1, `${where}: no known topic in ${JSON.stringify(topics)}`);
    return first as TopicId;
  };
  const out: Label[] = [];
  if (table.entries && typeof table.entries === 'object') {
    const groups = Array.isArray(table.groups) ? (table.groups as { ids: string[] }[]) : [];
    for (const [id, item] of Object.entries(table.entries as Record<string, { line: number; topics: unknown }>))
      out.push({
        file: id.split('-')[0]!,
        byNumber: true,
        line: item.line,
        topic: topicOf(item.topics, id),
        where: id,
        name: id,
        same: groups.filter((g) => g.ids.includes(id)).flatMap((g) => g.ids),
      });
    return out;
  }
  for (const [key, items] of Object.entries(table)) {
    if (!Array.isArray(items)) continue;
    for (const item of items as { line: number; number?: unknown; topics: unknown; same_as?: string[] }[])
      out.push({
        file: basename(key),
        byNumber: false,
        line: item.line,
        topic: topicOf(item.topics, `${key}:${item.line}`),
        where: `${key}:${item.line}`,
        name: `${basename(key)}#${String(item.number ?? '')}`,
        same: item.same_as ?? [],
      });
  }
  return out;
}

/**
 * The labelled questions with a wording in the knowledge base's own articles (`own`), each with all
 * its wordings: same-question labels joined transitively. A label naming an item outside the
 * sources counted is skipped, like the item itself.
 */
export function sameQuestions(
  wordings: ReadonlyMap<string, LabelledWording>,
  positionOf: ReadonlyMap<string, string>,
  sameAs: readonly [string, string][],
  own: ReadonlySet<string>,
): LabelledWording[][] {
  const parent = new Map([...wordings.keys()].map((at) => [at, at]));
  const root = (x: string): string => (parent.get(x) === x ? x : root(parent.get(x)!));
  for (const [at, name] of sameAs) {
    const other = positionOf.get(name);
    if (other && parent.has(other)) parent.set(root(other), root(at));
  }
  const groups = Map.groupBy(wordings.keys(), root);
  return [...groups.values()].filter((ats) => ats.some((at) => own.has(fileOf(at)))).map((ats) => ats.map((at) => wordings.get(at)!));
}

export interface LabelledQuestions {
  examples: LabelledExample[];
  /** The articles whose questions were counted. */
  counted: string[];
  wordings: Map<string, LabelledWording>;
  /** How labels name each wording (entry id or `<file name>#<number>`) → its position. */
  positionOf: Map<string, string>;
  /** Positions and the names they are labelled the same question as. */
  sameAs: [string, string][];
  /** Each position's labelled topic. */
  topicAt: Map<string, TopicId>;
  /** Positions of long-form section titles (similar-questions.ts sectionTitles). */
  sections: Set<string>;
}

/** Every labelled question of `sources`, read as ingestion drafts it, with the specific concepts of the field its answer names. */
export function labelledQuestions(
  sources: readonly LabelledSource[],
  labelPaths: readonly string[],
  matcher: VocabularyMatcher,
): LabelledQuestions {
  const specific = specificConcepts(matcher);
  const articles = parseArticles(sources, EMPTY_LOCK);
  const drafts = draftEntries(articles);
  const isSection = sectionTitles(articles);
  const files = new Set(sources.map((s) => s.file));
  const draftAt = new Map<string, DraftEntry>(drafts.map((d) => [headingAt(d), d]));
  const out: LabelledQuestions = {
    examples: [],
    counted: [],
    wordings: new Map(),
    positionOf: new Map(),
    sameAs: [],
    topicAt: new Map(),
    sections: new Set(),
  };
  const counted = new Set<string>();
  for (const path of labelPaths)
    for (const label of readLabels(path)) {
      const file = label.byNumber ? [...files].find((f) => f.startsWith(`${label.file}_`)) : files.has(label.file) ? label.file : undefined;
      if (!file) continue;
      const draft = draftAt.get(`${file}:${label.line}`);
      if (!draft) throw new IngestError(path, 1, `${label.where}: no question heading at ${file}:${label.line}`);
      out.examples.push({ topic: label.topic, heading: draft.title, body: draft.plain });
      counted.add(file);
      const at = `${file}:${label.line}`;
      out.wordings.set(at, { at, title: draft.title, answer: draft.plain, concepts: [...new Set(specific(draft.plain).map((c) => c.zh))] });
      out.topicAt.set(at, label.topic);
      if (isSection(draft)) out.sections.add(at);
      out.positionOf.set(label.name, at);
      for (const other of label.same) out.sameAs.push([at, other]);
    }
  out.counted = [...counted];
  return out;
}

/** A training row of the join model, and the article its question is from. */
export type JoinRow = JoinExample & { file: string };

/**
 * The join model's training rows (join-model.ts): every labelled question of a test article (not
 * `own`), measured against the known question it reads most like with its own article left out of
 * the known questions, as a new article's question would be; `same` when the labels say it asks
 * that question.
 */
export function joinRows(labelled: LabelledQuestions, own: ReadonlySet<string>, matcher: VocabularyMatcher): JoinRow[] {
  const { wordings, positionOf, sameAs, topicAt, sections } = labelled;
  const specific = specificConcepts(matcher);
  const concepts = (w: LabelledWording) => new Set(w.concepts);
  const titleConcepts = (w: LabelledWording) => new Set(specific(w.title).map((x) => x.zh));
  const share = subjectShare(matcher);
  const questionOf = new Map(sameQuestions(wordings, positionOf, sameAs, own).flatMap((g, i) => g.map((w) => [w.at, i] as const)));
  const rows: JoinRow[] = [];
  const byFile = Map.groupBy(
    [...wordings.keys()].filter((at) => !own.has(fileOf(at))),
    fileOf,
  );
  for (const [file, ats] of byFile) {
    const left = new Set(ats);
    const kept = new Map([...wordings].filter(([at]) => !left.has(at)));
    const groups = sameQuestions(
      kept,
      positionOf,
      sameAs.filter(([at]) => kept.has(at)),
      own,
    );
    const model = new KnownQuestionModel(buildKnownQuestions(groups, [...kept.values()]));
    for (const at of ats) {
      const w = wordings.get(at)!;
      const match = model.best(w.title, w.answer, concepts(w));
      if (!match) continue;
      const home = groups[match.question]!.filter((x) => own.has(fileOf(x.at)));
      const features = joinFeatures(
        { title: w.title, topic: topicAt.get(at), section: sections.has(at), concepts: concepts(w), titleConcepts: titleConcepts(w) },
        {
          titles: home.map((x) => x.title),
          topic: topicAt.get(home[0]!.at),
          concepts: new Set(home.flatMap((x) => [...concepts(x)])),
          titleConcepts: new Set(home.flatMap((x) => [...titleConcepts(x)])),
        },
        match,
        share,
      );
      const question = questionOf.get(at);
      rows.push({ file, features, same: question !== undefined && home.some((x) => questionOf.get(x.at) === question) });
    }
  }
  return rows;
}

/** The round a test article was written in, named by its first file number: 101–105, then threes. */
export function roundOf(file: string): string {
  const n = Number.parseInt(file, 10);
  return n <= 105 ? '101' : String(106 + Math.floor((n - 106) / 3) * 3);
}

/**
 * The repeat model's training rows (repeated-questions.ts): every labelled question of a test
 * article measured against the question of another test article it reads most like, among all the
 * test articles at once, as a knowledge base grown by that many articles would ingest them (a
 * question's best match among a thousand questions reads closer than among the thirty of one round,
 * and the model must be sure at that scale); `same` when the labels say they ask the same question.
 * Articles in `leftOut` are neither measured nor measured against, nor counted in the frequencies.
 */
export function repeatRows(
  labelled: LabelledQuestions,
  own: ReadonlySet<string>,
  matcher: VocabularyMatcher,
  leftOut: ReadonlySet<string> = new Set(),
): JoinRow[] {
  const { wordings, positionOf, sameAs, topicAt, sections } = labelled;
  const specific = specificConcepts(matcher);
  const every = new Set([...wordings.keys()].map(fileOf));
  const questionOf = new Map(sameQuestions(wordings, positionOf, sameAs, every).flatMap((g, i) => g.map((w) => [w.at, i] as const)));
  const kept = [...wordings.values()].filter((w) => !leftOut.has(fileOf(w.at)));
  const pool = kept.filter((w) => !own.has(fileOf(w.at)));
  const nearest = nearestWordings(
    buildKnownQuestions([], kept),
    pool.map((w) => ({
      file: fileOf(w.at),
      title: w.title,
      answer: w.answer,
      topic: topicAt.get(w.at),
      section: sections.has(w.at),
      concepts: new Set(w.concepts),
      titleConcepts: new Set(specific(w.title).map((c) => c.zh)),
    })),
    subjectShare(matcher),
  );
  return nearest.flatMap((n, i) => {
    if (!n) return [];
    const question = questionOf.get(pool[i]!.at);
    return [
      { file: fileOf(pool[i]!.at), features: n.features, same: question !== undefined && questionOf.get(pool[n.other]!.at) === question },
    ];
  });
}

export function buildTopicExamples(
  sources: readonly LabelledSource[],
  labelPaths: readonly string[],
  about: string,
  vocabulary: readonly VocabularyConcept[],
  /** Training rows measured beforehand (scripts/eval/rounds.ts); those of articles not among `sources` are left out. */
  rows?: { join: readonly JoinRow[]; repeat: readonly JoinRow[] },
): TopicExamples & { known: KnownQuestions } {
  const matcher = new VocabularyMatcher(vocabulary);
  const labelled = labelledQuestions(sources, labelPaths, matcher);
  const { examples, counted, wordings, positionOf, sameAs } = labelled;
  const model = countExamples(examples, counted, about);
  model.weights = trainTopicWeights(examples, Object.keys(model.features));
  const own = new Set(sources.filter((s) => s.own).map((s) => s.file));
  const files = new Set(sources.map((s) => s.file));
  const ofSources = (r: JoinRow) => files.has(r.file);
  const join = trainJoinWeights(rows ? rows.join.filter(ofSources) : joinRows(labelled, own, matcher));
  const repeat = trainJoinWeights(rows ? rows.repeat.filter(ofSources) : repeatRows(labelled, own, matcher));
  return {
    ...model,
    known: { ...buildKnownQuestions(sameQuestions(wordings, positionOf, sameAs, own), [...wordings.values()]), join, repeat },
  };
}
