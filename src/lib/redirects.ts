/** Old question paths that moved (content/permalinks.json, written by ingestion). */
import lock from '../../content/permalinks.json';

export function redirects(): { from: string; to: string }[] {
  return Object.entries(lock.redirects as Record<string, string>).map(([from, to]) => ({ from, to }));
}
