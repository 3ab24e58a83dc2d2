/** /practice/answers/<topic>.<hash>.json — one topic's rendered answers for the practice page (src/lib/practice/catalog.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { practiceData } from '../../../lib/practice/catalog.ts';

export const getStaticPaths = (async () => {
  const { files } = await practiceData();
  return files.map((f) => ({ params: { file: f.name }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
