/**
 * /search-questions/p<i>.json (postings shards), /search-questions/d<i>.json (question record
 * blocks) and /search-questions/meta.json (what every retrieval needs: question count, title
 * lengths, topics) of the question retriever (src/lib/search/retriever.ts). Regenerated on every
 * build; the search client fetches only the shards and blocks a query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { retrieverData } from '../../lib/search/retriever-build.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { shards, blocks } = await retrieverData();
  return [
    { params: { file: 'meta' } },
    ...shards.map((_, i) => ({ params: { file: `p${i}` } })),
    ...blocks.map((_, i) => ({ params: { file: `d${i}` } })),
  ];
};

export const GET: APIRoute = async ({ params }) => {
  const { shards, blocks, meta } = await retrieverData();
  const file = String(params.file);
  if (file === 'meta') return new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  const i = Number(file.slice(1));
  const body = file.startsWith('p') ? shards[i] : blocks[i];
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
