import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { generatedMdx } from './lib/generated-mdx-loader.ts';
import { articleSchema, entrySchema, glossaryTermSchema, proseSchema } from './lib/schema.ts';
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
};
