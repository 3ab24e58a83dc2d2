/**
 * /search-questions/p<i>.json (postings shards) and /search-questions/d<i>.json (question record
 * blocks) of the question retriever (src/lib/search/retriever.ts). Regenerated on every build;
 * the search client fetches only the shards and blocks a query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { retrieverData } from '../../lib/search/retriever-build.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { shards, blocks } = await retrieverData();
  return [...shards.map((_, i) => ({ params: { file: `p${i}` } })), ...blocks.map((_, i) => ({ params: { file: `d${i}` } }))];
};

export const GET: APIRoute = async ({ params }) => {
  const { shards, blocks } = await retrieverData();
  const file = String(params.file);
  const i = Number(file.slice(1));
  const body = file.startsWith('p') ? shards[i] : blocks[i];
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
