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
import { buildKnownQuestions, type KnownQuestions, type LabelledWording } from '../ingest/known-questions.ts';
import { draftEntries, type DraftEntry } from '../ingest/drafts.ts';
import { IngestError } from '../ingest/errors.ts';
import { EMPTY_LOCK } from '../ingest/permalinks.ts';

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
function sameQuestions(
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
  const fileOf = (at: string) => at.slice(0, at.lastIndexOf(':'));
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
}

/** Every labelled question of `sources`, read as ingestion drafts it. */
export function labelledQuestions(sources: readonly LabelledSource[], labelPaths: readonly string[]): LabelledQuestions {
  const drafts = draftEntries(parseArticles(sources, EMPTY_LOCK));
  const files = new Set(sources.map((s) => s.file));
  const draftAt = new Map<string, DraftEntry>(drafts.map((d) => [`${d.file}:${d.raw.heading.line}`, d]));
  const out: LabelledQuestions = { examples: [], counted: [], wordings: new Map(), positionOf: new Map(), sameAs: [] };
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
      out.wordings.set(at, { at, title: draft.title, answer: draft.plain });
      out.positionOf.set(label.name, at);
      for (const other of label.same) out.sameAs.push([at, other]);
    }
  out.counted = [...counted];
  return out;
}

export function buildTopicExamples(
  sources: readonly LabelledSource[],
  labelPaths: readonly string[],
  about: string,
): TopicExamples & { known: KnownQuestions } {
  const { examples, counted, wordings, positionOf, sameAs } = labelledQuestions(sources, labelPaths);
  const model = countExamples(examples, counted, about);
  model.weights = trainTopicWeights(examples, Object.keys(model.features));
  const own = new Set(sources.filter((s) => s.own).map((s) => s.file));
  return { ...model, known: buildKnownQuestions(sameQuestions(wordings, positionOf, sameAs, own), [...wordings.values()]) };
}
