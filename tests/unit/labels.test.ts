/**
 * Ingestion judged against hand-labelled tables rather than its own output: every entry's topic
 * (any topic the labeller accepted counts) and which entries ask the same question, for the five
 * seed articles and for articles written for testing that ingestion never saw while it was built
 * (tests/fixtures/unseen/: tuning/ may be tuned on, held-out/ never).
 *
 * The floors sit a little under what was measured (see the closing note of the issue); a change
 * that moves an entry to an unacceptable topic or merges two different questions on the five
 * fails here, with the entries named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOutput } from '../../scripts/ingest/pipeline.ts';
import { HEAVY_TIMEOUT, projectExamples, projectOverrides, projectVocabulary, realSources } from './support/ingest.ts';
import { labelsFor, score, UNSEEN_DIR, type Labels } from '../../scripts/labels/score.ts';

const folderOf = new Map<string, string>();
function unseenSources(folder: string) {
  return readdirSync(join(UNSEEN_DIR, folder))
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      folderOf.set(file, folder);
      return { file, bytes: new Uint8Array(readFileSync(join(UNSEEN_DIR, folder, file))) };
    });
}

let five: IngestOutput;
let tuned: IngestOutput;
let all: IngestOutput;
let tunedLabels: Labels;
let labels: Labels;
const fileOf = new Map<string, string>();
/**
 * Held-out articles are measured per round of blind writing. Rounds 2 (106–108) and 3 (112–114)
 * were folded into tuning/ on 2026-12-01, round 5 (118–120) and round 6
 * (121–123) later that day, rounds 7 (124–126) and 8 (127–129) once round 9 (130–132) had been
 * written blind; rounds 9 (130–132) and 10 (133–135) once round 11 (136–138) had been written
 * blind; round 11 once round 12 (139–141) had been written blind; round 12 once round 13 (142–144) had
 * been written blind; round 13 once round 14 (145–147) had been written blind; round 14 once round 15
 * (148–150) had been written blind; round 15 once round 16 (151–153) had been written blind; round 16
 * once round 17 (154–156) had been written blind; round 17 once round 18 (157–159) had been written
 * blind; round 18 once round 19 (160–162) had been written blind; round 19 once round 20 (163–165) had
 * been written blind; round 20 once round 21 (166–168) had been written blind; round 21 once round 22
 * (169–171) had been written blind; round 22 once round 23 (172–174) had been written blind; round 23
 * once round 24 (175–177) had been written blind; round 24 once round 25 (178–180) had been written
 * blind; round 25 once round 26 (181–183) had been written blind; round 26 once round 27 (184–186)
 * had been written blind; rounds 27 (184–186) and 28 (187–189) once round 29 (190–192) had been
 * written blind; round 29 once round 30 (193–195) had been written blind and run; round 30 while round
 * 31 (196–198) was being written blind; round 31 while round 32 (199–201) was being written blind; round
 * 32 while round 33 (202–204) was being written blind; round 33 while round 34 (205–207) was being
 * written blind; round 34 right after its first run, while round 35 (208–210) was being written blind;
 * round 35 while round 36 (211–213) was being written blind; round 36 while round 37 (214–216) was
 * being written blind; round 37 while round 38 (217–219) was being written blind; round 38 while round 39 (220–222) was being
 * written blind; round 39 while round 40 (223–225) was being written blind; round 40 while round 41 (226–228)
 * was being written blind; round 41 while round 42 (229–231) was being written blind; round 42 while round 43 (232–234) was
 * being written blind; round 43 while round 44 (235–237) was being written blind; round 44 while round 45
 * (238–240) was being written blind; round 45 while round 46 (241–243) was being written blind; round 46
 * while round 47 (244–246) was being written blind; round 47 while round 48 (247–249) was being written
 * blind; round 48 while round 49 (250–252) was being written blind; round 49 while round 50 (253–255)
 * was being written blind; round 50 while round 51 (256–258) was being written blind. Round 51 is the
 * held-out half now.
 */
const HELD_OUT_ROUNDS: Record<string, (file: string) => boolean> = {
  'held-out round 51': (file) => /^(?:256|257|258)_/u.test(file),
};
const inSet = (name: string) => (id: string) => {
  const file = fileOf.get(id) ?? '';
  const round = HELD_OUT_ROUNDS[name];
  return round ? folderOf.get(file) === 'held-out' && round(file) : folderOf.get(file) === name;
};
const scored = (file: string) => Object.values(HELD_OUT_ROUNDS).some((round) => round(file));
const isSeed = (id: string) => !folderOf.has(fileOf.get(id) ?? '');

beforeAll(() => {
  const vocabulary = projectVocabulary();
  const examples = projectExamples();
  five = ingest({ sources: realSources(), overrides: projectOverrides(), vocabulary, examples });
  // The new articles dropped into the sources beside the five, as the README says to add one: the
  // tuning articles alone, and with them the held-out rounds scored here (a round written blind for a
  // later session is first run there). The tuning articles are judged without the held-out ones: a
  // held-out question that reads like two tuning questions joins both, and the tuning pair it
  // bridges would then be counted wrong here, where its cause may not be read (with round 29 held out,
  // 101-q7 「什么是模型幻觉？…」 ~ 105-s2-3 「为什么检索增强能减少幻觉」, on 2026-12-04; the pairs touching
  // a held-out round are scored below).
  tuned = ingest({
    sources: [...realSources(), ...unseenSources('tuning')],
    overrides: projectOverrides(),
    vocabulary,
    examples,
  });
  tunedLabels = labelsFor(tuned.entries, ['tuning'], (file) => folderOf.get(file) === 'tuning');
  all = ingest({
    sources: [...realSources(), ...unseenSources('tuning'), ...unseenSources('held-out').filter((s) => scored(s.file))],
    overrides: projectOverrides(),
    vocabulary,
    examples,
  });
  for (const e of [...tuned.entries, ...all.entries]) fileOf.set(e.id, e.source.file);
  labels = labelsFor(all.entries, ['tuning', 'held-out'], (file) => folderOf.get(file) === 'tuning' || scored(file));
}, HEAVY_TIMEOUT);

describe('the five seed articles', () => {
  it('puts every entry in an acceptable topic', () => {
    const s = score(five.entries, labelsFor(five.entries, []), () => true);
    expect(s.topics.total).toBe(143);
    expect(s.topics.wrong).toEqual([]);
  });

  it('groups same questions with precision 1.0 and recall ≥ 0.95', () => {
    const s = score(five.entries, labelsFor(five.entries, []), () => true);
    const { truePositive, falsePositive, falseNegative, recall } = s.pairs;
    console.log(
      `five: same-question pairs ${truePositive} found, ${falsePositive.length} wrong, ${falseNegative.length} missed (recall ${recall.toFixed(3)})`,
    );
    expect(s.pairs.falsePositive).toEqual([]);
    expect(s.pairs.recall, s.pairs.falseNegative.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('stay in an acceptable topic when new articles are added beside them', () => {
    // A seed question that a new article asks again is classified on all its answers, so it may
    // move between two topics its label allows (004-q2, 大模型训练的挑战有哪些, is challenges or
    // training); its old address then redirects (permalinks.json). It must never leave them.
    const seeds = all.entries.filter((e) => isSeed(e.id));
    expect(seeds).toHaveLength(143);
    const s = score(seeds, labelsFor(seeds, []), () => true);
    expect(s.topics.wrong).toEqual([]);
    const before = new Map(five.entries.map((e) => [e.id, e.topic]));
    const moved = seeds.filter((e) => before.get(e.id) !== e.topic).map((e) => e.id);
    expect(moved.length, moved.join(' ')).toBeLessThanOrEqual(3);
  });
});

describe.each([
  // Floors a little under what was measured, so the suite catches regressions, not noise. The
  // targets are 0.95 topics and precision 1.0. Held-out rounds measured when first run, before any
  // change: round 2 (106–108) topics 36/50; round 3 (112–114) 48/56; round 5 (118–120, written
  // blind on 2026-12-01) 41/54, same-question precision 1.00 and recall 0.80, unchanged at the end of
  // that session. Rounds 2 and 3 were folded into tuning/ that day (43/50 and 48/56 at their last
  // held-out run); the tuning folder measured 256/281 after the fold and 271/281 at the end of the
  // session. Round 5 reached 42/54 before it too was folded into tuning/ (2026-12-01), once round 6
  // (121–123, written blind that day) had been measured as ingestion stood: topics 50/58,
  // same-question precision 1.00, recall 0.80, still 50/58 when it was folded into tuning/ in turn,
  // once round 7 (124–126, written blind) had been written. Round 7 at its first run, before any change
  // of this session: topics 42/52, same-question precision 1.00, recall 0.81; at its end 45/52, 1.00,
  // 0.86. Round 8 (127–129, written blind later that day): 48/52, 1.00, 0.82 at its first run and
  // at the end. Both were folded into tuning/ once round 9 (130–132, written blind on 2026-12-01) had
  // been committed; round 9 at its first run, as ingestion stood before any change of that session:
  // topics 44/55, same-question precision 1.00, recall 0.81; 43/55, 1.00, 0.81 at the end of that
  // session. Round 10 (133–135, written blind later that day): 40/55, 1.00, 0.83 as ingestion stood at
  // the session's start, and the same at its end. With rounds 7 and 8 in it, the tuning folder holds
  // 497 items: 469 in an acceptable topic after the fold, 476 at the end of that session. Rounds 9
  // and 10 were folded into tuning/ once round 11 (136–138, written blind on 2026-12-01) had been
  // committed; round 11 as ingestion stood before any change of that session: topics 46/55,
  // same-question precision 1.00, recall 0.88; with the labelled examples' vote 51/55, 1.00, 0.88. The tuning folder (607 items) measured 559/607 after
  // that fold by the vocabulary alone. Since then the labelled examples of the tuning folder are also
  // counted into content/topic-examples.json, so the tuning figure is no longer a measure of
  // anything unseen: only the held-out round is. Round 11 was folded into tuning/ (51/55, 1.00,
  // 0.88 at its last run) once round 12 (139–141, written blind on 2026-12-01) had been committed.
  // Round 12's first run stopped at parsing: the 16 questions of 141, numbered 「01｜…」, were not
  // read as items (38/39 of the rest in an acceptable topic); once a bar after a number was read as
  // a separator (heading.ts), 52/55, same-question precision 0.97, recall 0.85. Round 12 was folded
  // into tuning/ (52/55, 0.97, 0.85 at its last run) once round 13 (142–144, written blind on
  // 2026-12-01) had been written; its two wrong merges were then read and fixed (group.ts: a first
  // clause that names nothing is not the key; 畜牧养殖 apart from 农业). Round 13 at its first run,
  // after those fixes and before anything else was changed: every item at its line, topics 46/55,
  // same-question precision 1.00, recall 0.82. With the examples' vote at 3 instead of 2 (chosen by
  // cross-validation over the tuning rounds, classify.ts): 49/55, 1.00, 0.82, and the same at the end of
  // that session. Round 13 was folded into tuning/ once round 14 (145–147, written blind on 2026-12-01)
  // had been written. Round 14 at its first run, before anything was changed that session: every item
  // at its line, topics 50/56, same-question precision 1.00, recall 0.78; the same at the end of that
  // session. Round 14 was folded into tuning/ once round 15 (148–150, written blind on 2026-12-01) had
  // been written. Round 15 at its first run, before anything was changed that session: every item at
  // its line, topics 50/52, same-question precision 1.00, recall 0.84; the same at the end of that
  // session. Round 15 was folded into tuning/ once round 16 (151–153) had been written blind. Round 16
  // at its first run, before anything was changed that session: every item at its line, topics 46/54,
  // same-question precision 1.00, recall 0.84; at the end of that session 47/54, 1.00, 0.84. Round 16
  // was folded into tuning/ once round 17 (154–156, written blind on 2026-12-02) had been written.
  // Round 17 at its first run, before anything was changed that session: every item at its line,
  // topics 48/54, same-question precision 1.00, recall 0.78; the same at the end of that session.
  // Round 17 was folded into tuning/ (where precision must be 1.0) once round 18 (157–159, written
  // blind on 2026-12-02) had been written. Round 18 at its first run, before any ingestion change of
  // that session: every item at its line, topics 45/51, same-question precision 0.93 (4 wrong pairs,
  // the first below 0.97 of any round; not read, so the floor sits under it), recall 0.76, none of
  // its 13 rewordings of seed questions grouped with them. At the end of that session, after headings
  // numbered as 「第N问｜」 and an asker before a colon (「@小王：」) were read as such (found with
  // a synthetic chat digest of my own, a layout the round's writer had described): topics 47/51,
  // precision 0.97 (2 wrong pairs), recall 0.78, 1 of 13 rewordings grouped. Round 18 was folded into
  // tuning/ once round 19 (160–162, written blind on 2026-12-02) had been written; its wrong pairs were
  // then read and fixed (similar-questions.ts: a first sentence that only names a domain takes what is
  // asked from the sentences after it; 最难 and 哪几关 frame a challenge). Round 19's first run stopped
  // at the conservation check: a heading with inline code was refused as 'text lost' (only the error
  // message was read; reproduced with a heading of my own); once a heading's inline markup was left out
  // of the title (split.ts), every item at its line, topics 44/53, same-question precision 1.00,
  // recall 0.76, 1 of 14 rewordings of seed questions grouped with them. At the end of that session,
  // after more ways of numbering headings (问题三, 面试题 3, No.3, 3️⃣, 三）) were read as numbers,
  // decided on format alone: topics 43/53, precision 0.98 (one wrong pair, not read), recall 0.76.
  // Round 19 was folded into tuning/ once round 20 (163–165, written blind on 2026-12-02) had been
  // written; its wrong pairs were then read and fixed (similar-questions.ts: a domain asked why or what
  // it is does not ask its uses; a 为什么 reaches over the comma unless a later clause asks again), and
  // 「Q3·」 read as a number. Round 20 at its first run, after those changes: every item at its line,
  // topics 47/51, same-question precision 0.92 (5 wrong pairs, not read), recall 0.78, 1 of 14
  // rewordings of seed questions grouped with them. Round 20 was folded into tuning/ once round 21
  // (166–168, written blind on 2026-12-02) had been written; its wrong pairs were then read and fixed
  // (similar-questions.ts: of the field as a whole, its principles are not what it is). Round 21 at its
  // first run, as ingestion stood at the start of that session: 35 of its 53 items found; one article
  // numbered its questions in hexadecimal (「0x01」), which was not read as a number (only counts of
  // items per file were looked at; reproduced with a heading of my own). Once read: every item at its
  // line, topics 49/53, same-question precision 1.00, recall 0.81, 4 of 13 rewordings of seed questions
  // grouped with them. Round 21 was folded into tuning/ once round 22 (169–171, written blind on
  // 2026-12-02) had been written. Round 22 at its first run, as ingestion stood at the start of that
  // session (after the fold): every item at its line, topics 45/51, same-question precision 1.00 and
  // recall 0.50 within the round; of the pairs touching it (with the five and tuning/) 18 right, 1
  // wrong, 35 missed; 5 of its 13 rewordings of seed questions grouped with them. With known questions
  // (known-questions.ts, constants chosen with tuning rounds left out): topics 45/51; pairs touching it
  // 30 right, 4 wrong (not read), 23 missed; 8 of 13 rewordings grouped. As measured here (pairs among
  // the round and the five): precision 0.99, recall 0.86. Round 22 was folded into tuning/ once
  // round 23 (172–174, written blind on 2026-12-03) had been written; its one wrong pair with tuning/
  // was then read and fixed (vocabulary.yaml: aquaculture is a domain of its own, not livestock).
  // Round 23 at its first run, as ingestion stood after that fold (before any other change of that
  // session): every item at its line, topics 48/53, same-question precision 0.97 (2 wrong pairs, not
  // read), recall 0.89; pairs touching it (with the five and tuning/) 29 right, 7 wrong, 16 missed;
  // within the round 0 of 2; 9 of its 13 rewordings of seed questions grouped with them. With a
  // narrower question kept apart from a known one and the known threshold at 0.13 (chosen with tuning
  // rounds left out): topics 48/53, precision 0.97, recall 0.91; touching it 32 right, 6 wrong, 13
  // missed; 10 of 13 rewordings grouped. Round 23 was folded into tuning/ once round 24 (175–177,
  // written blind on 2026-12-03) had been written; its one wrong pair with tuning/ was then read and
  // fixed (similar-questions.ts: a two-character name the segmenter splits, 中割, keeps its 中). Round
  // 24's first run, as ingestion stood after that session's other changes (and at its start: the same
  // figures for 175–176), stopped at 177:115 — a Quarto equation labelled on its closing fence
  // (`$$ {#eq-bayes}`) read as never closed (only the error message and the round writer's description
  // of the format were read; reproduced with a page of my own). Without 177: topics 34/36, precision
  // 1.00, recall 0.96, 8 of 10 rewordings grouped. Once Quarto's labelled equations, callouts,
  // shortcodes and inline notes were read: every item at its line, topics 50/53, precision 1.00, recall
  // 0.93; pairs touching it 35 right, 0 wrong, 11 missed; within the round 0 of 2; 10 of 13 rewordings.
  // Round 24 was folded into tuning/ once round 25 (178–180, written blind on 2026-12-04) had been
  // written. Round 25 at its first run, as ingestion stood after that fold and before any other change:
  // one of its 53 items not found (180, a VitePress page: a container closed right under a table, which
  // GFM reads as the table's last row, swallowed the next question; only per-file counts of items and
  // the shape of the lines before the missing heading, every letter, digit and Han character masked,
  // were read; reproduced with a page of my own); topics 49/53; pairs among the round and the five
  // precision 1.00, recall 0.78; 4 of 13 rewordings of seed questions grouped; within the round 0 of
  // 2. Once that fence was read: every item at its line, topics 50/53. With the labelled examples read
  // also by a logistic regression (logistic.ts; its share and the vote's weight chosen with tuning
  // rounds left out, npm run eval:rounds): topics 51/53, pairs unchanged. With less asked of a
  // question filed under a known question's topic (known-questions.ts TOPIC_THRESHOLD): precision
  // 1.00, recall 0.80, 5 of 13 rewordings grouped. With those hand-set thresholds replaced by a join
  // model learnt from the labelled rewordings (join-model.ts; its threshold chosen with tuning rounds
  // left out): precision 0.98 (one wrong pair, not read), recall 0.80, 5 of 13 rewordings grouped.
  // With repeated new questions joined by the same kind of model (repeated-questions.ts), first run:
  // topics 50/53, precision 0.97, 1 of 2 repeats; once two questions filed under different topics
  // stay apart (chosen on tuning rounds left out, where one join had changed a topic): topics 51/53,
  // precision 0.98 (62 right, 1 wrong), recall 0.82, 1 of 2 repeats. Round 25 was folded into tuning/
  // once round 26 (181–183, written blind on 2026-12-04) had been committed. Round 26 at its first
  // run, as ingestion stood on main before any change of that session (eval:rounds --held-out): topics
  // 47/53, pairs touching the round 67 right, 4 wrong (P 0.94), recall 0.74, 10 of 19 rewordings, 0 of 5 repeats;
  // the same at the start of the next session. Round 26 was folded into tuning/ once round 27 (184–186, written blind
  // on 2026-12-04) had been committed. Round 27's first run, as ingestion stood after that session's parsing fixes
  // (nested fences) and before the fold, stopped at 186:24: a Hugo figure whose caption holds ox-hugo's HTML and
  // escaped quotation marks lost text (only the error and that line were read). Once that caption was read: every item
  // at its line, topics 51/53, pairs touching the round 66 right, 0 wrong, 22 missed (P 1.00, R 0.75), 8 of 20
  // rewordings (6 more offered as near misses), 0 of 4 repeats. Round 28 (187–189) was run held out once, at the end of
  // the twenty-eighth session: topics 53/54, pairs 67 right, 0 wrong, 23 missed, 8 of 20 rewordings, 1 of 4 repeats.
  // Rounds 27 and 28 were folded into tuning/ once round 29 (190–192) had been written blind. Round 29's first run,
  // as ingestion stood after that fold and before any other change of the twenty-ninth session: every item at its line,
  // topics 53/54, pairs touching the round 69 right, 0 wrong, 24 missed, 8 of 22 rewordings (9 more offered), 2 of 4
  // repeats; at that session's end 53/54, 68 right, 0 wrong, 25 missed, 8 of 22 (+9), 1 of 4 (not read which).
  // Round 29 was folded into tuning/ once round 30 (193–195, written blind on 2026-12-05) had been committed and run.
  // Round 30's first run, as ingestion stood after that session's format and vocabulary changes and before the fold:
  // every item at its line, topics 51/55, pairs touching the round 70 right, 0 wrong, 28 missed, 9 of 24 rewordings
  // (6 more offered as near misses), 1 of 7 repeats; the same at its last held-out run (thirty-second session), with 8
  // offered. Round 30 was folded into tuning/ while round 31 (196–198) was being written blind. Round 31's first run,
  // as ingestion stood after that session's format, narrower-question and vocabulary changes: every item at its line,
  // topics 51/54, pairs touching the round 64 right, 0 wrong, 38 missed, 6 of 25 rewordings (10 more offered as near
  // misses), 3 of 9 repeats; the same at its last held-out run (thirty-third session). Round 31 was folded into
  // tuning/ while round 32 (199–201) was being written blind. Round 32's first run, as ingestion stood after that
  // session's format changes (Org mode, MDX in a .txt, Docsify, Zola) and the fold: every item at its line, topics
  // 49/52, pairs touching the round 64 right, 1 wrong, 40 missed (P 0.985, R 0.615), 5 of 25 rewordings (7 more offered
  // as near misses), 0 of 9 repeats. Round 32 was folded into tuning/ while round 33 (202–204) was being written blind.
  // Round 33's first run, with the join model's nearest-wording and concept-profile measures: every item at its line,
  // topics 51/52, pairs touching the round 69 right, 0 wrong, 27 missed (P 1.000, R 0.719), 6 of 27 rewordings (6 more
  // offered as near misses), 4 of 9 repeats; the code as it stood before them gave the same but 5 offered. The same
  // after that session's format changes (Wiki.js, HackMD, image sizes, HTML comments). Round 33 was folded into tuning/
  // while round 34 (205–207) was being written blind. Round 34's first run, as ingestion stood after that fold: every
  // item at its line, topics 47/53, pairs touching the round 68 right, 0 wrong, 33 missed (P 1.000, R 0.673), 5 of 28
  // rewordings (6 more offered as near misses), 3 of 9 repeats; here, with every test article ingested together,
  // topics 47/53, precision 0.99, recall 0.66. Round 34 was folded into tuning/ right after that run, while round 35
  // (208–210) was being written blind. Round 35's first run, as ingestion stood after that session's format changes
  // (WordPress, Pelican, Dendron, CodeHilite): every item at its line, topics 50/51, pairs touching the round 61 right,
  // 1 wrong, 34 missed (P 0.984, R 0.642), 5 of 25 rewordings (10 more offered as near misses), 1 of 9 repeats; here
  // topics 50/51, precision 0.98, recall 0.65. The same after that session's last changes. Round 35 was folded into
  // tuning/ while round 36 (211–213) was being written blind. Round 36's first run, as ingestion stood after
  // that fold: every item at its line, topics 42/49 (85.7%, the target is 95%), pairs touching the round 68 right,
  // 0 wrong, 25 missed (P 1.000, R 0.731), 9 of 25 rewordings (8 more offered as near misses), 3 of 9 repeats. Its
  // topic floor is set under that first run, not at the 0.9 of earlier rounds: it guards against a regression, and
  // a floor the first run did not reach would only have been met by tuning on the round. Round 36 was folded into
  // tuning/ while round 37 (214–216) was being written blind. Round 37's first run, as ingestion stood after that
  // fold: every item at its line, topics 47/50, pairs touching the round 64 right, 0 wrong, 38 missed (P 1.000,
  // R 0.627), 4 of 25 rewordings (11 more offered as near misses), 3 of 9 repeats. Round 37 was folded into
  // tuning/ while round 38 (217–219) was being written blind. Round 38's first run, as ingestion stood after
  // that fold: every item at its line, topics 47/51, pairs touching the round 66 right, 0 wrong, 30 missed
  // (P 1.000, R 0.688), 9 of 27 rewordings (9 more offered as near misses), 1 of 9 repeats. Round 38 was
  // folded into tuning/ while round 39 (220–222) was being written blind. Round 39's first run, as ingestion
  // stood after that fold: every item at its line, topics 45/51 (88.2%), pairs touching the round 61 right,
  // 0 wrong, 36 missed (P 1.000, R 0.629), 3 of 26 rewordings (5 more offered as near misses), 3 of 9
  // repeats; here topics 46/51, precision 1.00, recall 0.63. Its topic floor is set under that first run,
  // as round 36's was. Round 39 was folded into tuning/ while round 40 (223–225) was being written blind.
  // Round 40's first run, as ingestion stood after that fold: every item at its line, topics 50/51 (98.0%), pairs
  // touching the round 65 right, 0 wrong, 28 missed (P 1.000, R 0.699), 6 of 24 rewordings (10 more offered as
  // near misses), 4 of 9 repeats; here topics 50/51, precision 1.00, recall 0.70. Its floor is 0.9, under that run.
  // Round 40 was folded into tuning/ while round 41 (226–228) was being written blind. Round 41's first run, as
  // ingestion stood after that fold: every item at its line, topics 44/51 (86.3%), pairs touching the round 65
  // right, 0 wrong, 30 missed (P 1.000, R 0.684), 7 of 25 rewordings (7 more offered as near misses), 1 of 9
  // repeats; here topics 44/51, precision 1.00, recall 0.68. Its topic floor was 0.85, under that first run.
  // Round 41 was folded into tuning/ while round 42 (229–231) was being written blind. Round 42's first run,
  // as ingestion stood after that fold: 15 of its 50 items not found — one article numbers its sections
  // 「2-1」 under 「## 2」, and each section swallowed its subsections; of the 35 found, 34 in an acceptable
  // topic; pairs touching the round 59 right, 0 wrong, 20 missed; 2 of 26 rewordings (6 more offered), 0 of 9
  // repeats. After hyphenated section numbers were read (found from that article's numbering prefixes only):
  // every item at its line, topics 48/50 (96.0%), pairs 62 right, 0 wrong, 33 missed (P 1.000, R 0.653),
  // 4 of 26 rewordings (9 more offered as near misses), 1 of 9 repeats; here topics 48/50, precision 1.00, recall 0.65. Its topic floor is 0.9.
  // Round 42 was folded into tuning/ while round 43 (232–234) was being written blind. Round 43's first run,
  // as ingestion stood after that fold: 16 of its 50 items not found — one article numbers them 「§1」; of
  // the 34 found, 33 in an acceptable topic; pairs touching the round 62 right, 0 wrong, 22 missed; 4 of
  // 27 rewordings (5 more offered), 2 of 9 repeats. After the section sign was read as a numbering (found
  // from the not-found count and that article's heading lines cut to 14 characters): every item at its
  // line, topics 48/50 (96.0%), pairs 68 right, 0 wrong, 34 missed (P 1.000, R 0.667), 6 of 27 rewordings
  // (9 more offered as near misses), 6 of 9 repeats; here topics 47/50, precision 1.00, recall 0.68. Its
  // topic floor was 0.9. Round 43 was folded into tuning/ while round 44 (235–237) was being written blind.
  // Round 44's first run, as ingestion stood after that fold: every item at its line, topics 45/50 (90.0%),
  // pairs touching the round 63 right, 3 wrong, 34 missed (P 0.955, R 0.649), 4 of 27 rewordings (15 more
  // offered as near misses), 4 of 9 repeats; here topics 45/50, precision 0.95, recall 0.65. Its floors sat
  // under that run. Round 44 was folded into tuning/ while round 45 (238–240) was being written blind.
  // Round 45's first run, as ingestion stood after that fold (with the 「X：…」 head read from the question
  // after its colon, a change made on round 44 once folded): ingestion stopped at 239 line 18 — an
  // Observable Framework page's `${…}` inside <span> was read as a formula by the conservation check
  // only (found from the error's file, line and preview). After that fix: every item at its line,
  // topics 45/50 (90.0%), pairs touching the round 67 right, 0 wrong, 35 missed (P 1.000, R 0.657), 8 of
  // 27 rewordings (13 more offered as near misses), 0 of 9 repeats; here topics 45/50, precision 1.00,
  // recall 0.69. Its floors sat under that run. Round 45 was folded into tuning/ while round 46 (241–243)
  // was being written blind. Round 46's first run, as ingestion stood after that fold (with more numbering
  // styles read, a published question's title kept and the join threshold at 0.88, all changes made on
  // folded rounds; vocabulary then added for round 45's misses was withdrawn after, with the same figures):
  // every item at its line, topics 46/51 (90.2%), pairs touching the round 68 right, 0 wrong, 27 missed
  // (P 1.000, R 0.716), 11 of 26 rewordings (7 more offered as near misses), 1 of 9 repeats; here topics
  // 46/51, precision 1.00, recall 0.71. Round 46 was folded into tuning/ while round 47 (244–246) was being
  // written blind. Round 47's first run, as ingestion stood after that fold: 17 of its 51 items not found
  // (its articles number questions 「Q-01」 and 「3/17」, styles named in the helper's report that ingestion
  // did not read as numbers); of the 34 found, 28 in an acceptable topic; pairs touching the round 61
  // right, 0 wrong, 24 missed; 4 of 27 rewordings (8 more offered), 0 of 9 repeats. After both styles were
  // read: every item at its line, topics 43/51 (84.3%), pairs 65 right, 0 wrong, 38 missed (P 1.000,
  // R 0.631), 7 of 27 rewordings (10 more offered as near misses), 0 of 9 repeats; here topics 43/51,
  // precision 1.00, recall 0.63. Round 47 was folded into tuning/ while round 48 (247–249) was being
  // written blind. Round 48's first run, as ingestion stood after that fold: every item at its line,
  // topics 47/51 (92.2%), pairs touching the round 68 right, 0 wrong, 30 missed (P 1.000, R 0.694), 9 of
  // 25 rewordings (9 more offered as near misses), 3 of 9 repeats; here topics 47/51, precision 1.00,
  // recall 0.72. The fold had made a tuning pair wrong (148-q4 joined 000-q7 at 0.89), so by the
  // threshold rule the join threshold went to 0.90: pairs 67 right, 0 wrong, 31 missed, 8 of 25
  // rewordings (10 offered), 3 of 9 repeats; here recall 0.68. Round 48 was folded into tuning/ while
  // round 49 (250–252) was being written blind. Round 49's first run, as ingestion stood after that fold
  // (with the vocabulary for rounds 47 and 48's misses, keycap runs read as one number and the report's
  // new layout, all made on folded rounds): every item at its line, topics 42/50 (84.0%), pairs touching
  // the round 66 right, 0 wrong, 36 missed (P 1.000, R 0.647), 5 of 25 rewordings (10 more offered as near
  // misses), 3 of 9 repeats, near misses listed 10 of 12 right; here topics 42/50, precision 1.00, recall
  // 0.67. Round 49 was folded into tuning/ while round 50 (253–255) was being written blind. Round 50's
  // first run, as ingestion stood after that fold (with the vocabulary for round 49's misses, a request
  // that the model do something read as a use and risks to be found read as the material's, all made on
  // folded rounds): 17 of its 51 items not found (one article numbers its questions 「第N段」, a style
  // named in the helper's report that ingestion did not read as a number); of the 34 found, 30 in an
  // acceptable topic; pairs touching the round 62 right, 0 wrong, 16 missed; 6 of 25 rewordings (7 more
  // offered), 1 of 9 repeats. With an ordinal and its unit read as a number (第3段, 第十二节, 第8手):
  // every item at its line, topics 47/51 (92.2%), pairs 66 right, 0 wrong, 30 missed (P 1.000,
  // R 0.688), 8 of 25 rewordings (10 more offered as near misses), 3 of 9 repeats, near misses listed
  // 10 of 11 right; here topics 47/51, precision 1.00, recall 0.69. Three tuning pairs of different
  // questions then read 0.96 as repeats, so the repeat threshold rose to 0.97 (repeated-questions.ts):
  // pairs 64 right, 0 wrong, 32 missed, 1 of 9 repeats; here recall 0.67. Round 50 was folded into
  // tuning/ while round 51 (256–258) was being written blind; the fold made a tuning pair wrong again
  // (148-q4 joined 000-q7 at 0.90), so by the threshold rule the join threshold went to 0.91. Round 51's
  // first run, as ingestion then stood (with that threshold and the vocabulary for round 50's misses, all
  // made on folded rounds): every item at its line, topics 48/50 (96.0%), pairs touching the round 67
  // right, 0 wrong, 34 missed (P 1.000, R 0.663), 6 of 25 rewordings (6 more offered as near misses), 4 of
  // 9 repeats, near misses listed 6 of 8 right; here topics 48/50, precision 1.00, recall 0.66. Its
  // floors sit under that run.
  // Held-out floors guard against regressions only; their misses are never printed or read.
  { folder: 'tuning', topicFloor: 0.95, precisionFloor: 1 },
  { folder: 'held-out round 51', topicFloor: 0.94, precisionFloor: 0.95 },
])('unseen articles: $folder', ({ folder, topicFloor, precisionFloor }) => {
  const ingested = () => (folder === 'tuning' ? { out: tuned, labelled: tunedLabels } : { out: all, labelled: labels });
  it('ingests every labelled item at its line', () => {
    const { out, labelled } = ingested();
    expect(labelled.missing).toEqual([]);
    expect(out.entries.filter((e) => inSet(folder)(e.id)).length).toBeGreaterThan(10);
  });

  it(`puts at least ${topicFloor * 100}% of entries in an acceptable topic`, () => {
    const { out, labelled } = ingested();
    const s = score(out.entries, labelled, inSet(folder));
    // Only counts for the held-out half: reading its misses would be tuning on it.
    console.log(`${folder}: topics ${s.topics.right}/${s.topics.total}${folder === 'tuning' ? `\n  ${s.topics.wrong.join('\n  ')}` : ''}`);
    expect(
      s.topics.right / s.topics.total,
      folder === 'tuning' ? s.topics.wrong.join('\n') : 'held-out: misses not shown',
    ).toBeGreaterThanOrEqual(topicFloor);
  });

  it(`merges different questions at most ${Math.round((1 - precisionFloor) * 100)}% of the time (same-question precision ≥ ${precisionFloor})`, () => {
    const { out, labelled } = ingested();
    const s = score(out.entries, labelled, (id) => inSet(folder)(id) || isSeed(id));
    const missed = folder === 'tuning' ? `\n  missed: ${s.pairs.falseNegative.join('\n  missed: ')}` : '';
    console.log(`${folder}: same-question pairs precision ${s.pairs.precision.toFixed(2)}, recall ${s.pairs.recall.toFixed(2)}${missed}`);
    if (folder === 'tuning') expect(s.pairs.falsePositive).toEqual([]);
    else expect(s.pairs.precision, 'held-out: wrong merges not shown').toBeGreaterThanOrEqual(precisionFloor);
  });
});
