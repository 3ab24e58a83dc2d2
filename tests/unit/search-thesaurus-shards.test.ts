/**
 * The thesaurus in shards (src/lib/search/thesaurus.ts): a query planned and scored with only the
 * shards the search client fetches for it (query.ts queryShards, then planShards) must read
 * exactly what the whole thesaurus would give — the same plan, the same retriever features, the
 * same concepts found in the text the glossary matches — and fetch far less than the whole.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, conceptRows, t2sMap } from '../../src/lib/search/lexicon.ts';
import {
  indexLexicon,
  planQuery,
  planShards,
  queryShards,
  retrieverFeatures,
  type LexiconIndex,
  type QueryPlan,
} from '../../src/lib/search/query.ts';
import { t2sCandidates } from '../../src/lib/search/t2s-candidates.ts';
import { buildThesaurusShards, THESAURUS_SHARDS, thesaurusShard } from '../../src/lib/search/thesaurus.ts';
import { loadVocabulary } from '../../src/lib/vocabulary/load.ts';
import { normalizeForm } from '../../src/lib/vocabulary/match.ts';
import { EVERYDAY_TUNING } from '../search/everyday-tuning.ts';
import { QUERIES } from '../search/queries.ts';

const concepts = loadVocabulary().concepts;
const shards = buildThesaurusShards(concepts, conceptRows(concepts));
const lexicon = buildLexicon(
  concepts.flatMap((c) => [c.zh, ...c.say]),
  concepts.map((c) => ({ zh: c.zh, en: c.en, also: c.also })),
  t2sCandidates(),
);
const t2s = t2sMap(lexicon);
const whole = indexLexicon(lexicon, shards);

/** The shards the client fetches for a query, in the order it does. */
function clientShards(query: string, expand = true): number[] {
  const first = queryShards(query, t2s);
  const planned = planQuery(
    query,
    indexLexicon(
      lexicon,
      first.map((i) => shards[i]!),
    ),
    expand,
  );
  return [...new Set([...first, ...planShards(planned)])].sort((a, b) => a - b);
}

const plain = (plan: QueryPlan) => ({ ...plan, variants: plan.variants.map((c) => c.id) });
const found = (index: LexiconIndex, text: string) => index.matcher.find(text).map((m) => [m.concept.id, m.form, m.start, m.end]);

// Queries with Traditional characters, English terms, mixed scripts and everyday words.
// (Every fourth everyday query keeps the suite quick; all of them pass as well.)
const queries = [
  ...new Set([
    ...EVERYDAY_TUNING.filter((_, i) => i % 4 === 0).map((q) => q.query),
    ...QUERIES.map((q) => q.query),
    '機器學習的模型壓縮',
    'loss不降 怎么办',
  ]),
];

describe('the thesaurus in shards', () => {
  it('puts every form in the shard of its first character', () => {
    expect(shards).toHaveLength(THESAURUS_SHARDS);
    for (const c of concepts)
      for (const form of [c.zh, ...c.say]) {
        const row = shards[thesaurusShard([...normalizeForm(form)][0]!)]!.concepts[c.id];
        expect(row?.slice(1), `${c.zh}: ${form}`).toContain(form);
      }
  });

  it(`gives each of ${queries.length} queries the plan and retriever features of the whole thesaurus`, () => {
    for (const query of queries) {
      for (const expand of [true, false]) {
        const part = indexLexicon(
          lexicon,
          clientShards(query, expand).map((i) => shards[i]!),
        );
        const [mine, all] = [planQuery(query, part, expand), planQuery(query, whole, expand)];
        expect(plain(mine), query).toEqual(plain(all));
        expect(retrieverFeatures(mine, part), query).toEqual(retrieverFeatures(all, whole));
        const glossaryText = [all.text, ...all.concepts.flatMap((c) => c.queries)].join(' ');
        expect(found(part, glossaryText), query).toEqual(found(whole, glossaryText));
      }
    }
  });

  it('fetches a small part of the thesaurus for a typical query', () => {
    const size = shards.map((s) => JSON.stringify(s).length);
    const total = size.reduce((a, b) => a + b, 0);
    const shares = queries.map((q) => clientShards(q).reduce((sum, i) => sum + size[i]!, 0) / total).sort((a, b) => a - b);
    const median = shares[Math.floor(shares.length / 2)]!;
    console.log(
      `thesaurus: ${THESAURUS_SHARDS} shards, ${Math.round(total / 1024)} KB; a median query fetches ${(median * 100).toFixed(1)}%`,
    );
    expect(median).toBeLessThan(0.1);
  });
});
