/**
 * /search-terms/<shard>.json — the English → Chinese terms of the search lexicon, one file per
 * first letter of their English (src/lib/search/lexicon.ts termShard); a query with Latin words
 * fetches only the shards of their first letters (see search-lexicon.json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { termsShards } from '../../lib/search/lexicon-build.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await termsShards()).keys()].map((shard) => ({ params: { shard } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await termsShards()).get(String(params.shard)) ?? { terms: [] }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
