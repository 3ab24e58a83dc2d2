/**
 * The ingestion pipeline, pure: source bytes (+ lock, overrides, term list) in, generated files
 * and a report out. No I/O here, so tests and the benchmark run it on any corpus. Each stage is a
 * function of its own module, data in, data out; grouping and classification are parameters.
 */
import type { Entry } from '../../src/lib/schema.ts';
import { VocabularyMatcher, type VocabularyConcept } from '../../src/lib/vocabulary/match.ts';
import { parseArticles, type SourceFile } from './articles.ts';
import { assemble } from './assemble.ts';
import { classifyTopic } from './classify/classify.ts';
import { ExampleModel, type TopicExamples } from './classify/examples.ts';
import { classifyQuestions, type Classifier } from './classify/questions.ts';
import { conserveArticles } from './conserve.ts';
import { draftEntries } from './drafts.ts';
import { attachableTerms, buildGlossary, vocabularyTerms } from './glossary.ts';
import { byQuestionKey, groupDrafts, type GroupKey } from './group.ts';
import { applyOverrides, type LoadedOverrides } from './overrides.ts';
import { EMPTY_LOCK, serializeLock, type PermalinkLock } from './permalinks.ts';
import { buildReport, type IngestReport } from './report.ts';
import { joinKnownQuestions, KnownQuestionModel, narrowerThan, specificConcepts } from './known-questions.ts';
import { joinRepeatedQuestions } from './repeated-questions.ts';
import { mergeSimilarQuestions, nearestBySubject, sectionTitles, subjectShare } from './similar-questions.ts';

export type { IngestReport, SourceFile };

export interface IngestInput {
  sources: readonly SourceFile[];
  lock?: PermalinkLock;
  overrides?: LoadedOverrides;
  /** Name of the overrides file in warnings; `overrides.yaml` by default. */
  overridesFile?: string;
  /** The vocabulary of the field (content/vocabulary.yaml): topics, similar questions, glossary terms. */
  vocabulary?: readonly VocabularyConcept[];
  /** Counts from hand-labelled example questions (content/topic-examples.json): a second vote on topics. */
  examples?: TopicExamples;
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

export function ingest(input: IngestInput, stages: Partial<Stages> = {}): IngestOutput {
  const lock = input.lock ?? EMPTY_LOCK;
  const matcher = new VocabularyMatcher(input.vocabulary ?? []);
  const groupKey = stages.groupKey ?? byQuestionKey(matcher);
  const examples = input.examples ? new ExampleModel(input.examples) : undefined;
  const knownQuestions = input.examples?.known ? new KnownQuestionModel(input.examples.known) : undefined;
  const classify = stages.classify ?? ((question) => classifyTopic(question, matcher, examples));

  const articles = parseArticles(input.sources, lock);
  const drafts = draftEntries(articles);
  const similar = mergeSimilarQuestions(groupDrafts(drafts, groupKey), articles, matcher);
  const classified = classifyQuestions(similar.groups, classify, nearestBySubject(matcher));
  const concepts = specificConcepts(matcher);
  // Both join stages read the concepts of the same answers, many times over: read each once.
  const conceptsOf = new Map<string, ReadonlySet<string>>();
  const joinContext = {
    isSectionTitle: sectionTitles(articles),
    subjectShare: subjectShare(matcher),
    concepts: (text: string) => {
      let found = conceptsOf.get(text);
      if (!found) conceptsOf.set(text, (found = new Set(concepts(text).map((c) => c.zh))));
      return found;
    },
    asksNarrower: narrowerThan(matcher),
  };
  const known = joinKnownQuestions(classified, knownQuestions, input.examples?.known?.join, joinContext);
  const repeated = joinRepeatedQuestions(known.groups, input.examples?.known, input.examples?.known?.repeat, joinContext);
  const questions = repeated.groups;
  const decided = applyOverrides({ articles, drafts, questions }, input.overrides, {
    file: input.overridesFile ?? 'overrides.yaml',
    lock,
    groupKey,
    classify,
  });
  const terms = vocabularyTerms(matcher.concepts);
  const site = assemble(decided, lock, attachableTerms(decided.articles, terms));
  conserveArticles(decided.articles, site.generated);
  const glossary = buildGlossary(decided.articles, terms, site.entries);

  const files = new Map(site.files)
    .set('glossary.json', `${JSON.stringify(glossary, null, 2)}\n`)
    .set('permalinks.json', serializeLock(site.lock));
  const warnings = [...articles.flatMap((a) => a.warnings), ...decided.warnings];
  const report = buildReport({
    ...site,
    similar: {
      merged: [...similar.merged, ...known.merged, ...repeated.merged],
      nearMisses: [...similar.nearMisses, ...known.nearMisses, ...repeated.nearMisses],
    },
    overrides: decided.effects,
    warnings,
  });
  return { files, entries: site.entries, report };
}
