/**
 * The practice page's data, as the build writes it and the browser reads it. Kept apart from the
 * build-side code (catalog.ts imports astro:content) so the practice script bundles only types.
 */

/** A question id is its permalink path below the base: `<topic>/<slug>`, stable like the URL. */
export type QuestionId = string;

export interface PracticeQuestion {
  id: QuestionId;
  title: string;
  topic: string;
  /** Base-aware URL of the question page. */
  url: string;
  /** Slugs of the articles that answer it, in article order. */
  articles: string[];
}

export interface PracticeCatalog {
  questions: PracticeQuestion[];
  topics: { id: string; name: string }[];
  articles: { slug: string; title: string }[];
  /** Topic id → base-aware URL of that topic's answers file (content-hashed name). */
  answerFiles: Record<string, string>;
}

/** One source's answer, rendered at build time by the site's Markdown pipeline (KaTeX included). */
export interface PracticeAnswer {
  /** The article's title and 「第 N 题」. */
  source: string;
  label: string;
  /** Base-aware link to this answer on its question page. */
  url: string;
  truncated: boolean;
  html: string;
}

/** The body of an answers file: question id → its answers. */
export type PracticeAnswers = Record<QuestionId, PracticeAnswer[]>;
