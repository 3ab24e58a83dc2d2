/** /search-thesaurus.json — one part of the search lexicon, fetched on demand (see search-lexicon.json.ts). */
import type { APIRoute } from 'astro';
import { thesaurusPart } from '../lib/search/lexicon-build.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await thesaurusPart()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
