/**
 * /search-thesaurus/<n>.json — the thesaurus in shards by character (src/lib/search/thesaurus.ts):
 * the search page fetches only the shards of the characters of a query and of the terms it
 * expands to (see search-lexicon.json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { thesaurusShards } from '../../lib/search/lexicon-build.ts';

export const getStaticPaths: GetStaticPaths = () => thesaurusShards().map((_, i) => ({ params: { shard: String(i) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(thesaurusShards()[Number(params.shard)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
