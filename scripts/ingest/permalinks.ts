/**
 * Permanent URLs. content/permalinks.json records every question's slug and path and every
 * article's short id the first time they are published; later runs reuse them, so links keep
 * working when ingestion is re-run, an article is added or a question changes topic. A question
 * that moves or disappears leaves a redirect from its old path.
 */
import { z } from 'zod';
import { asciiSlugSchema, topicIdSchema } from '../../src/lib/schema.ts';
import type { TopicId } from '../../src/lib/topics.ts';
import { slugify, uniqueSlug } from './slug.ts';

export const lockSchema = z.object({
  version: z.literal(1),
  articles: z.record(z.string(), asciiSlugSchema),
  questions: z.record(z.string(), z.object({ slug: asciiSlugSchema, topic: topicIdSchema, entries: z.array(z.string()) })),
  redirects: z.record(z.string(), z.string()),
});

export type PermalinkLock = z.infer<typeof lockSchema>;

export const EMPTY_LOCK: PermalinkLock = { version: 1, articles: {}, questions: {}, redirects: {} };

/** Short id of an article: its leading number (`000_…` → `000`) or the pinyin of its name. */
export function articleSlugs(files: readonly string[], lock: PermalinkLock): Map<string, string> {
  const taken = new Set(Object.values(lock.articles));
  const result = new Map<string, string>();
  for (const file of files) {
    const locked = lock.articles[file];
    if (locked) {
      result.set(file, locked);
      continue;
    }
    const stem = file.replace(/\.[^.]+$/u, '');
    const base = /^(\d+)[_\-. ]/u.exec(stem)?.[1] ?? (slugify(stem, 40) || 'article');
    const slug = uniqueSlug(base, taken);
    taken.add(slug);
    result.set(file, slug);
  }
  return result;
}

export interface QuestionClaim {
  key: string;
  display: string;
  topic: TopicId;
  entryIds: string[];
}

export interface AssignedQuestion {
  key: string;
  slug: string;
  topic: TopicId;
}

/**
 * Gives every question its slug (locked or new, unique across the site), and works out the new
 * lock with redirects for paths that no longer hold their question.
 */
export function assignPermalinks(
  claims: readonly QuestionClaim[],
  lock: PermalinkLock,
): { assigned: Map<string, AssignedQuestion>; lock: PermalinkLock } {
  const taken = new Set(Object.values(lock.questions).map((q) => q.slug));
  const assigned = new Map<string, AssignedQuestion>();
  const next: PermalinkLock = { version: 1, articles: {}, questions: { ...lock.questions }, redirects: { ...lock.redirects } };

  // A question split back out of the one it had joined is the question it was before: it gets its
  // former address back, rather than a -2 beside the redirect that address became. It is known by
  // its entries, since the key it was locked under may have been worked out otherwise then.
  const claimed = new Set(claims.map((c) => c.key));
  const formerKey = (claim: QuestionClaim) =>
    Object.keys(next.questions).find((key) => {
      const q = next.questions[key]!;
      return !claimed.has(key) && q.entries.length === claim.entryIds.length && q.entries.every((id) => claim.entryIds.includes(id));
    });
  for (const claim of claims) {
    const locked = lock.questions[claim.key];
    const former = locked ? undefined : formerKey(claim);
    const slug = locked?.slug ?? (former ? next.questions[former]!.slug : uniqueSlug(slugify(claim.display) || 'question', taken));
    if (former) delete next.questions[former];
    taken.add(slug);
    assigned.set(claim.key, { key: claim.key, slug, topic: claim.topic });
    next.questions[claim.key] = { slug, topic: claim.topic, entries: [...claim.entryIds] };
  }

  const pathOf = (q: { topic: string; slug: string }) => `${q.topic}/${q.slug}`;
  const livePaths = new Set([...assigned.values()].map(pathOf));
  const pathOfEntry = new Map<string, string>();
  for (const claim of claims) {
    const path = pathOf(assigned.get(claim.key)!);
    for (const id of claim.entryIds) pathOfEntry.set(id, path);
  }

  for (const [key, old] of Object.entries(lock.questions)) {
    const oldPath = pathOf(old);
    if (livePaths.has(oldPath)) continue;
    const now = assigned.get(key);
    const target = now ? pathOf(now) : old.entries.map((id) => pathOfEntry.get(id)).find((p) => p !== undefined);
    if (target) next.redirects[oldPath] = target;
  }
  // Collapse chains (a → b → c becomes a → c) and drop redirects shadowed by live pages.
  for (const from of Object.keys(next.redirects)) {
    if (livePaths.has(from)) {
      delete next.redirects[from];
      continue;
    }
    let to = next.redirects[from]!;
    for (let hops = 0; next.redirects[to] && hops < 100; hops++) to = next.redirects[to]!;
    next.redirects[from] = to;
  }
  return { assigned, lock: next };
}

export function serializeLock(lock: PermalinkLock): string {
  const sorted = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: 1, articles: sorted(lock.articles), questions: sorted(lock.questions), redirects: sorted(lock.redirects) }, null, 2)}\n`;
}
