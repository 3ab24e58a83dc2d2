/**
 * Finds one (or every) page of each type in a built site, from the files themselves, so the
 * budget, CSP, Lighthouse and hostile-input checks work on any corpus and under any base path.
 * Paths returned are relative to the base, e.g. `concepts/shen-me-shi-da-mo-xing/` ('' = home).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOPIC_IDS = ['concepts', 'training', 'compression', 'applications', 'challenges'] as const;

export interface EntryRecord {
  id: string;
  question: string;
  topic: string;
  url: string;
  anchor: string;
  source: { file: string; heading: string; index: number | string | null; line: number };
  truncated: boolean;
}

export interface SitePages {
  home: string;
  topics: string[];
  /** Every question page (from entries.json), in entries order, without duplicates. */
  questions: string[];
  /** Question pages that render math (KaTeX). */
  mathQuestions: string[];
  /** A question page without math, the first in entries order. */
  plainQuestion: string;
  articles: string[];
  /** Pages (articles or questions) with a Mermaid diagram. */
  mermaidPages: string[];
  glossary: string;
  search: string;
  articlesIndex: string;
  notFound: string;
}

/** dist-relative file of a base-relative page path. */
export function pageFile(dist: string, path: string): string {
  if (path.endsWith('.html')) return join(dist, path);
  return join(dist, path, 'index.html');
}

export function readEntries(dist: string): EntryRecord[] {
  return JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as EntryRecord[];
}

/** The base the site was built for, read from its own entries.json URLs (e.g. '/' or '/kb/'). */
export function siteBase(dist: string): string {
  const first = readEntries(dist)[0];
  if (!first) return '/';
  const topicAt = first.url.indexOf(`/${first.topic}/`);
  return topicAt >= 0 ? first.url.slice(0, topicAt + 1) : '/';
}

export function discoverPages(dist: string): SitePages {
  const base = siteBase(dist);
  const entries = readEntries(dist);
  const questions = [...new Set(entries.map((e) => e.url.slice(base.length)))];
  const html = (path: string) => readFileSync(pageFile(dist, path), 'utf8');
  const hasMath = (path: string) => /class="katex/u.test(html(path));
  const hasMermaid = (path: string) => /data-mermaid/u.test(html(path));
  const articlesDir = join(dist, 'articles');
  const articles = existsSync(articlesDir)
    ? readdirSync(articlesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(articlesDir, d.name, 'index.html')))
        .map((d) => `articles/${d.name}/`)
        .sort()
    : [];
  const mathQuestions = questions.filter(hasMath);
  return {
    home: '',
    topics: TOPIC_IDS.filter((t) => existsSync(pageFile(dist, `${t}/`))).map((t) => `${t}/`),
    questions,
    mathQuestions,
    plainQuestion: questions.find((q) => !mathQuestions.includes(q) && !hasMermaid(q)) ?? questions[0] ?? '',
    articles,
    mermaidPages: [...articles, ...questions].filter(hasMermaid),
    glossary: 'glossary/',
    search: 'search/',
    articlesIndex: 'articles/',
    notFound: '404.html',
  };
}
