/**
 * npm run eval:rounds — how ingestion does on articles it has not learnt from, measured on the
 * labelled test articles (tests/fixtures/unseen/, labels in expected.yaml).
 *
 *   node scripts/eval/rounds.ts [--fold 175] [--show] [--held-out] [--halves]
 *
 * Tuning articles were written in rounds of three (the first round five), each by one helper. The
 * labelled examples (content/topic-examples.json) are counted from all of them, so scoring a tuning
 * article with them measures memory, not reading. Here each round is left out in turn: the examples
 * are counted again without it, and it is ingested beside the five seed articles with that model,
 * the project's vocabulary and overrides, as a new article would be.
 *
 * Printed per round and in total: topics acceptable; same-question pairs among the round and the
 * five (precision, recall); the round's rewordings of seed questions grouped with them, and of the
 * rest how many the report offers as a near miss of the right question; questions recurring within
 * the round grouped; how many of the near misses to known questions the report lists are right.
 * `--show` lists the misses of tuning rounds (with `--halves`, the wrong pairs only). `--held-out`
 * scores the held-out articles with the project's examples as they are, and never lists a miss:
 * reading them would be tuning on them. `--halves` ingests each half of the rounds together (some
 * forty articles, as a grown knowledge base) with the model learnt from the other half, and counts
 * the pairs of new questions the repeat model gives each probability that are one question or not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseTopicExamples, type TopicExamples } from '../ingest/classify/examples.ts';
import { parseOverrides } from '../ingest/overrides.ts';
import { ingest, type SourceFile, type Stages } from '../ingest/pipeline.ts';
import { parseVocabulary } from '../../src/lib/vocabulary/parse.ts';
import { buildTopicExamples, joinRows, labelledQuestions, repeatRows, roundOf, type LabelledSource } from '../labels/examples.ts';
import { VocabularyMatcher } from '../../src/lib/vocabulary/match.ts';
import { FIVE_LABELS, labelsFor, sameQuestion, score, UNSEEN_DIR, UNSEEN_LABELS, unseenLabels } from '../labels/score.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'Usage: node scripts/eval/rounds.ts [--fold NNN] [--show] [--held-out] [--halves]';

const readFolder = (dir: string): SourceFile[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));

export interface RoundScore {
  round: string;
  topics: { right: number; total: number };
  /** Labelled items ingestion made no entry for, at their line. */
  missing: number;
  pairs: { right: number; wrong: number; missed: number };
  /**
   * Rewordings of seed questions grouped with them; of those not grouped, how many the report lists
   * as a near miss of the right known question (`offered`), for a maintainer to confirm in one line.
   */
  rewordings: { grouped: number; offered: number; total: number };
  /** Near misses to known questions the report lists, and how many of them the labels call one question. */
  knownNearMisses: { right: number; total: number };
  repeats: { grouped: number; total: number };
  /** Every pair of new questions the repeat model read (joined or near miss): its probability, and whether the labels call it one question. */
  repeatPairs: { probability: number; same: boolean }[];
  misses: string[];
}

/** Ingest `articles` beside the five with `examples` and score them against their labels. */
export function scoreRound(
  round: string,
  articles: readonly SourceFile[],
  folder: string,
  five: readonly SourceFile[],
  examples: TopicExamples,
  stages: Partial<Stages> = {},
): RoundScore {
  const overridesPath = join(REPO, 'content/overrides.yaml');
  const { entries, report } = ingest(
    {
      sources: [...five, ...articles],
      overrides: parseOverrides(overridesPath, readFileSync(overridesPath, 'utf8')),
      vocabulary: parseVocabulary(readFileSync(join(REPO, 'content/vocabulary.yaml'), 'utf8')),
      examples,
    },
    stages,
  );
  const files = new Set(articles.map((a) => a.file));
  const labels = labelsFor(entries, [folder], (file) => files.has(file));
  const inRound = (id: string) => files.has(entries.find((e) => e.id === id)?.source.file ?? '');
  const isSeed = (id: string) => /^\d{3}-/u.test(id) && !inRound(id);
  const s = score(entries, labels, (id) => inRound(id) || isSeed(id));
  const topics = score(entries, labels, inRound).topics;

  const question = new Map(entries.map((e) => [e.id, `${e.topic}/${e.questionSlug}`]));
  const at = new Map(entries.map((e) => [`${e.source.file}:${e.source.line}`, e.id]));
  const idOf = new Map<string, string>();
  const items = Object.entries(unseenLabels()).filter(([key]) => files.has(key.split('/')[1]!));
  for (const [key, list] of items)
    for (const item of list) idOf.set(`${key.split('/')[1]}#${item.number}`, at.get(`${key.split('/')[1]}:${item.line}`) ?? '');
  const rewordings = { grouped: 0, offered: 0, total: 0 };
  const together = sameQuestion(labels);
  const knownNearMisses = report.similar.nearMisses.filter((m) => m.known);
  const offeredTo = new Map<string, string[]>();
  for (const m of knownNearMisses) for (const b of m.b.entries) offeredTo.set(b, [...(offeredTo.get(b) ?? []), ...m.a.entries]);
  const repeats = { grouped: 0, total: 0 };
  const misses: string[] = [];
  for (const [key, list] of items)
    for (const item of list) {
      const id = at.get(`${key.split('/')[1]}:${item.line}`) ?? '';
      const seeds = (item.same_as ?? []).filter((x) => /^\d{3}-/u.test(x));
      if (seeds.length) {
        rewordings.total++;
        if (seeds.some((x) => question.get(x) === question.get(id))) rewordings.grouped++;
        else {
          const offered = (offeredTo.get(id) ?? []).some((k) => seeds.some((x) => question.get(x) === question.get(k)));
          if (offered) rewordings.offered++;
          misses.push(`rewording not grouped${offered ? ' (offered as a near miss)' : ''}: ${id} 「${item.heading}」 ~ ${seeds.join(' ')}`);
        }
      }
      for (const other of item.same_as ?? []) {
        const otherId = idOf.get(other);
        if (!otherId || otherId <= id) continue;
        repeats.total++;
        if (question.get(otherId) === question.get(id)) repeats.grouped++;
      }
    }
  misses.push(
    ...labels.missing.map((m) => `not found: ${m}`),
    // The classifier's own reading beside each topic miss: what it counted, so a miss says why.
    ...topics.wrong.map((w) => `topic: ${w}\n      ${entries.find((e) => w.startsWith(`${e.id} `))?.classification.reason ?? ''}`),
    ...s.pairs.falsePositive.map((p) => `wrong pair: ${p}`),
    ...s.pairs.falseNegative.map((p) => `missed pair: ${p}`),
  );
  const { merged, nearMisses, split, confirmed } = report.similar;
  const repeatPairs = [...merged, ...nearMisses, ...split, ...confirmed]
    .filter((m) => m.measures && !m.known)
    .map((m) => ({ probability: m.score, same: m.a.entries.some((a) => m.b.entries.some((b) => together(a, b))) }));
  return {
    round,
    repeatPairs,
    topics: { right: topics.right, total: topics.total },
    missing: labels.missing.length,
    pairs: { right: s.pairs.truePositive, wrong: s.pairs.falsePositive.length, missed: s.pairs.falseNegative.length },
    rewordings,
    knownNearMisses: {
      right: knownNearMisses.filter((m) => m.a.entries.some((a) => m.b.entries.some((b) => together(a, b)))).length,
      total: knownNearMisses.length,
    },
    repeats,
    misses,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
function line(s: Omit<RoundScore, 'misses' | 'repeatPairs'>): string {
  const { topics: t, pairs: p, rewordings: r, repeats: q, knownNearMisses: n } = s;
  return [
    s.round.padEnd(8),
    `topics ${t.right}/${t.total}${s.missing ? ` (${s.missing} not found)` : ''}`.padEnd(16),
    `pairs ${p.right} right ${p.wrong} wrong ${p.missed} missed (P ${ratio(p.right, p.right + p.wrong)} R ${ratio(p.right, p.right + p.missed)})`.padEnd(
      52,
    ),
    `rewordings ${r.grouped}/${r.total} (+${r.offered} offered)`.padEnd(31),
    `repeats ${q.grouped}/${q.total}`.padEnd(13),
    `near misses ${n.right}/${n.total} right`,
  ].join(' ');
}

function main(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      fold: { type: 'string', multiple: true },
      show: { type: 'boolean', default: false },
      'held-out': { type: 'boolean', default: false },
      halves: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const five = readFolder(join(REPO, 'content/sources'));
  const tuning = readFolder(join(UNSEEN_DIR, 'tuning'));
  const scores: RoundScore[] = [];
  if (values['held-out']) {
    const heldOut = readFolder(join(UNSEEN_DIR, 'held-out'));
    const path = join(REPO, 'content/topic-examples.json');
    const examples = parseTopicExamples(readFileSync(path, 'utf8'), path);
    for (const [round, articles] of Map.groupBy(heldOut, (a) => roundOf(a.file))) {
      const { misses: _unread, ...shown } = scoreRound(round, articles, 'held-out', five, examples);
      console.log(`held-out ${line({ ...shown, round })}`);
    }
    return 0;
  }
  const rounds = Map.groupBy(tuning, (a) => roundOf(a.file));
  const wanted = values.fold?.map((f) => roundOf(f));
  const labelled =
    (own: boolean) =>
    (a: SourceFile): LabelledSource => ({ ...a, own });
  const vocabulary = parseVocabulary(readFileSync(join(REPO, 'content/vocabulary.yaml'), 'utf8'));
  // The join model's rows are measured once, each article left out of the known questions in turn,
  // and a round's own rows are dropped when it is left out. Measuring them again without the round
  // would take minutes per round; what stays in is the round's wordings inside the known questions
  // other articles' rows were measured against, never its rows or its labels' verdicts on them.
  const matcher = new VocabularyMatcher(vocabulary);
  const everything = labelledQuestions(
    [...five.map(labelled(true)), ...tuning.map(labelled(false))],
    [FIVE_LABELS, UNSEEN_LABELS],
    matcher,
  );
  const ownFiles = new Set(five.map((a) => a.file));
  const joinRowsOfAll = joinRows(everything, ownFiles, matcher);
  if (values.halves) {
    // A knowledge base grown by dozens of articles at once: each half of the rounds is ingested
    // together with the model learnt from the other half, and every pair of new questions the
    // repeat model read is judged by the labels, at each threshold it could be joined from.
    const order = [...rounds.keys()].sort();
    const pairs: RoundScore['repeatPairs'] = [];
    for (const [k, half] of [order.filter((_, i) => i % 2 === 0), order.filter((_, i) => i % 2 === 1)].entries()) {
      const articles = tuning.filter((a) => half.includes(roundOf(a.file)));
      const files = new Set(articles.map((a) => a.file));
      const examples = buildTopicExamples(
        [...five.map(labelled(true)), ...tuning.filter((a) => !files.has(a.file)).map(labelled(false))],
        [FIVE_LABELS, UNSEEN_LABELS],
        `left out: half ${k + 1}`,
        vocabulary,
        { join: joinRowsOfAll, repeat: repeatRows(everything, ownFiles, matcher, files) },
      );
      const s = scoreRound(`half ${k + 1}`, articles, 'tuning', five, examples);
      console.log(line(s));
      if (values.show) for (const m of s.misses.filter((m) => m.startsWith('wrong'))) console.log(`    ${m}`);
      pairs.push(...s.repeatPairs);
    }
    for (const t of [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.96, 0.97, 0.98]) {
      const given = pairs.filter((p) => p.probability >= t);
      const right = given.filter((p) => p.same).length;
      console.log(`repeat pairs from ${t.toFixed(2)}: ${given.length} (${right} one question, ${given.length - right} not)`);
    }
    return 0;
  }
  for (const [round, articles] of rounds) {
    if (wanted && !wanted.includes(round)) continue;
    const examples = buildTopicExamples(
      [...five.map(labelled(true)), ...tuning.filter((a) => roundOf(a.file) !== round).map(labelled(false))],
      [FIVE_LABELS, UNSEEN_LABELS],
      `left out: round ${round}`,
      vocabulary,
      // Repeat rows are measured among all test articles, so they are measured again without the
      // round: its wordings are neither rows nor what other rows were measured against.
      { join: joinRowsOfAll, repeat: repeatRows(everything, ownFiles, matcher, new Set(articles.map((a) => a.file))) },
    );
    const s = scoreRound(round, articles, 'tuning', five, examples);
    scores.push(s);
    console.log(line(s));
    if (values.show) for (const m of s.misses) console.log(`    ${m}`);
  }
  const sum = (f: (s: RoundScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  console.log(
    line({
      round: 'total',
      topics: { right: sum((s) => s.topics.right), total: sum((s) => s.topics.total) },
      missing: sum((s) => s.missing),
      pairs: { right: sum((s) => s.pairs.right), wrong: sum((s) => s.pairs.wrong), missed: sum((s) => s.pairs.missed) },
      rewordings: {
        grouped: sum((s) => s.rewordings.grouped),
        offered: sum((s) => s.rewordings.offered),
        total: sum((s) => s.rewordings.total),
      },
      knownNearMisses: { right: sum((s) => s.knownNearMisses.right), total: sum((s) => s.knownNearMisses.total) },
      repeats: { grouped: sum((s) => s.repeats.grouped), total: sum((s) => s.repeats.total) },
    }),
  );
  console.log(
    `topics ${ratio(
      sum((s) => s.topics.right),
      sum((s) => s.topics.total),
    )} acceptable, each round left out of the labelled examples in turn`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
