import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { generatedMdx } from './lib/generated-mdx-loader.ts';
import { articleSchema, editorialPageSchema, editorialSchema, entrySchema, glossaryTermSchema, proseSchema } from './lib/schema.ts';
import { TOPIC_IDS, type TopicId } from './lib/topics.ts';

/** One collection per topic: content/<topic>/<question-slug>/<entry-id>.mdx, written by ingestion. */
const topicCollection = (topic: TopicId) =>
  defineCollection({
    loader: generatedMdx({ base: `./content/${topic}` }),
    schema: entrySchema.refine((entry) => entry.topic === topic, {
      message: `entry is filed under content/${topic}/ but its topic field says otherwise`,
    }),
  });

const topicCollections = Object.fromEntries(TOPIC_IDS.map((topic) => [topic, topicCollection(topic)])) as Record<
  TopicId,
  ReturnType<typeof topicCollection>
>;

export const collections = {
  ...topicCollections,
  /** Article text that is not an entry (preamble, 概述/总结 sections, epilogue), kept so articles render whole. */
  prose: defineCollection({
    loader: generatedMdx({ base: './content/articles' }),
    schema: proseSchema,
  }),
  articles: defineCollection({
    loader: file('./content/articles.json'),
    schema: articleSchema,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.json'),
    schema: glossaryTermSchema,
  }),
  /*
   * Written by maintainers, not by ingestion: real MDX, compiled by @astrojs/mdx with the site's
   * components (src/components/editorial/). Kept in collections of their own so the generated
   * entries above keep their fast Markdown loader. src/lib/markdown/remark-editorial-checks.ts
   * fails the build (file:line) on a note for a question, entry or term that does not exist.
   */
  /** Editor's notes: content/notes/<question-slug>.mdx, shown above that question's answers. */
  notes: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/notes' }),
    schema: editorialSchema,
  }),
  /** Topic introductions: content/topics/<topic id>.mdx, at the top of each topic page. */
  topicIntros: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/topics' }),
    schema: editorialSchema,
  }),
  /** Stand-alone pages (关于/使用说明): content/pages/<slug>.mdx → /<slug>/. */
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: editorialPageSchema,
  }),
};
