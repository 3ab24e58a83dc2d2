/**
 * The ingestion pipeline, pure: source bytes (+ lock, overrides, term list) in, generated files
 * and a report out. No I/O here, so tests and the benchmark run it on any corpus. Each stage is a
 * function of its own module, data in, data out; grouping and classification are parameters.
 */
import type { Entry } from '../../src/lib/schema.ts';
import { parseArticles, type SourceFile } from './articles.ts';
import { assemble } from './assemble.ts';
import { classify } from './classify/classify.ts';
import { classifyQuestions, type Classifier } from './classify/questions.ts';
import { conserveArticles } from './conserve.ts';
import { draftEntries } from './drafts.ts';
import { attachableTerms, buildGlossary } from './glossary.ts';
import { byQuestionKey, groupDrafts, type GroupKey } from './group.ts';
import { applyOverrides, type LoadedOverrides } from './overrides.ts';
import { EMPTY_LOCK, serializeLock, type PermalinkLock } from './permalinks.ts';
import { buildReport, type IngestReport } from './report.ts';
import type { LexiconTerm } from './terms.ts';

export type { IngestReport, SourceFile };

export interface IngestInput {
  sources: readonly SourceFile[];
  lock?: PermalinkLock;
  overrides?: LoadedOverrides;
  /** Name of the overrides file in warnings; `overrides.yaml` by default. */
  overridesFile?: string;
  lexicon?: readonly LexiconTerm[];
}

export interface IngestOutput {
  /** Path relative to the output folder → file contents. */
  files: Map<string, string>;
  entries: Entry[];
  report: IngestReport;
}

/** The replaceable decisions: which entries ask the same question, and a question's topic. */
export interface Stages {
  groupKey: GroupKey;
  classify: Classifier;
}

export const DEFAULT_STAGES: Stages = { groupKey: byQuestionKey, classify };

export function ingest(input: IngestInput, stages: Partial<Stages> = {}): IngestOutput {
  const { groupKey, classify } = { ...DEFAULT_STAGES, ...stages };
  const lock = input.lock ?? EMPTY_LOCK;
  const lexicon = input.lexicon ?? [];
  const articles = parseArticles(input.sources, lock);
  const drafts = draftEntries(articles);
  const groups = groupDrafts(drafts, groupKey);
  const questions = classifyQuestions(groups, classify);
  const decided = applyOverrides({ articles, drafts, questions }, input.overrides, {
    file: input.overridesFile ?? 'overrides.yaml',
    lock,
    groupKey,
    classify,
  });
  const site = assemble(decided, lock, attachableTerms(decided.articles, lexicon));
  conserveArticles(decided.articles, site.generated);
  const glossary = buildGlossary(decided.articles, lexicon, site.entries);

  const files = new Map(site.files)
    .set('glossary.json', `${JSON.stringify(glossary, null, 2)}\n`)
    .set('permalinks.json', serializeLock(site.lock));
  const warnings = [...articles.flatMap((a) => a.warnings), ...decided.warnings];
  const report = buildReport({ ...site, overrides: decided.effects, warnings });
  return { files, entries: site.entries, report };
}
