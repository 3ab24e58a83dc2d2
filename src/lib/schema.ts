/**
 * The knowledge model as zod schemas. Ingestion validates what it writes against these, and the
 * Astro content config enforces them at build time, so a hand-edited or stale file fails loudly.
 */
import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

export const topicIdSchema = z.enum(TOPIC_IDS);

/** ASCII-only ids: no percent-encoded Chinese anywhere in a URL or fragment (SPEC: URLs). */
export const asciiSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by "-"');
export const anchorSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'anchor must be ASCII and start with a letter');

export const provenanceSchema = z.object({
  /** The article's file name as kept in content/sources. */
  file: z.string().min(1),
  /** The heading as written, without the leading #s: what to look for in the source file. */
  heading: z.string(),
  /**
   * The heading as a reader sees it: inline markup, badges and attribute blocks left out, formulas
   * kept (「1. 什么是 KV Cache？」 for `1. 什么是 **KV Cache**？ <Badge text="高频" /> {#kv}`).
   */
  shown: z.string(),
  /** The question or section number: 7 for "7.", "2.1" for "2.1", null when unnumbered. */
  index: z.union([z.number().int(), z.string(), z.null()]),
  /** 1-based line of the heading in the source file. */
  line: z.number().int().positive(),
});

export const termSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Other English names readers type for the same term (LLM, NLP …). */
  also: z.array(z.string()),
});

export const classificationSchema = z.object({
  /** Human-readable explanation of why the question landed in its topic. */
  reason: z.string(),
  scores: z.record(topicIdSchema, z.number()),
  /** Set when content/overrides.yaml decided the topic instead of the classifier. */
  overridden: z.boolean(),
});

export const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The question this entry answers, as shown to readers (shared by every entry of the group). */
  question: z.string().min(1),
  questionSlug: asciiSlugSchema,
  topic: topicIdSchema,
  /** What this entry's own heading asks, without its number. */
  title: z.string().min(1),
  anchor: anchorSchema,
  source: provenanceSchema,
  /** Position of the entry within its article (0-based), for article pages and prev/next. */
  order: z.number().int().nonnegative(),
  /** Section the heading sits under in a long-form article (e.g. "9. 附录：常见问题与解答"). */
  section: z.string().nullable(),
  truncated: z.boolean(),
  classification: classificationSchema,
  terms: z.array(termSchema),
  /** Plain-text opening of the answer for lists and meta descriptions. */
  excerpt: z.string(),
});

export const proseSchema = z.object({
  source: z.string().min(1),
  /** 1-based line where the segment starts in the source. */
  line: z.number().int().positive(),
  order: z.number().int().nonnegative(),
  /** The heading that opens the segment, if any (container or unnumbered heading). */
  heading: z
    .object({
      text: z.string(),
      depth: z.number().int().min(1).max(6),
      anchor: anchorSchema,
    })
    .nullable(),
});

export const articleSchema = z.object({
  /** Short ASCII id of the article, used in anchors and URLs (/articles/<slug>/). */
  slug: asciiSlugSchema,
  file: z.string().min(1),
  title: z.string().min(1),
  /** Where the title came from, so a maintainer can see it was not invented. */
  titleOrigin: z.enum(['front-matter', 'decorated-line', 'plain-line', 'heading', 'override', 'file-name']),
  /** 1-based line of the title in the source, null when it does not come from the text. */
  titleLine: z.number().int().positive().nullable(),
  kind: z.enum(['qa', 'long-form']),
  entries: z.number().int().nonnegative(),
  truncated: z.number().int().nonnegative(),
  order: z.number().int().nonnegative(),
});

export const glossaryTermSchema = z.object({
  slug: asciiSlugSchema,
  zh: z.string().min(1),
  en: z.string().min(1),
  /** "source": glossed in an article, e.g. 模型剪枝（Model Pruning）; "lexicon": the curated term list. */
  origin: z.enum(['source', 'lexicon']),
  /** The sources' own wordings of a vocabulary term they gloss (计算工具（function calling） for 工具调用). */
  glossed: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1) })),
  /** Where the gloss appears (source origin only). */
  occurrences: z.array(z.object({ file: z.string(), line: z.number().int().positive() })),
  /** Question slugs (topic/slug) whose answers use the term. */
  questions: z.array(z.string()),
});

export type Entry = z.infer<typeof entrySchema>;
export type Prose = z.infer<typeof proseSchema>;
export type Article = z.infer<typeof articleSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Term = z.infer<typeof termSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * Frontmatter of the MDX maintainers write (content/notes/<question-slug>.mdx,
 * content/topics/<topic>.mdx, content/pages/<page>.mdx). The date is shown with the note, so a
 * reader can judge how current a synthesis is.
 */
export const editorialSchema = z.object({
  /** Last time a maintainer checked the text against the answers, YYYY-MM-DD. */
  updated: z.coerce.date(),
  /** Who wrote it (optional; shown as 「编者：…」). */
  author: z.string().min(1).optional(),
});

export const editorialPageSchema = editorialSchema.extend({
  title: z.string().min(1),
  description: z.string().min(1),
});

export type Editorial = z.infer<typeof editorialSchema>;
