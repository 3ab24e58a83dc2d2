/** Base-aware links: every internal href goes through here so the site works under a sub-path. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('concepts/x/')` → `/kb/concepts/x/` when deployed under /kb/. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/u, '');
}

export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost').toString();
}
