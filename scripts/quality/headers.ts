/**
 * Reads the response headers the project ships (public/_headers for Netlify / Cloudflare Pages,
 * deploy/nginx.conf for nginx) and the inline scripts of built pages, so tests can serve the site
 * with exactly the shipped headers and check that the policy matches what the pages run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../bench/project.ts';

export const HEADERS_FILE = join(REPO, 'public/_headers');
export const NGINX_FILE = join(REPO, 'deploy/nginx.conf');

/** `_headers` → path pattern → header name → value (Netlify syntax: a path line, then indented `Name: value` lines). */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(raw)) {
      current = new Map();
      rules.set(raw.trim(), current);
      continue;
    }
    const at = raw.indexOf(':');
    if (current && at > 0) current.set(raw.slice(0, at).trim().toLowerCase(), raw.slice(at + 1).trim());
  }
  return rules;
}

/** Headers `_headers` sends for every page (the `/*` rule). */
export function shippedHeaders(): Record<string, string> {
  const all = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')).get('/*');
  if (!all) throw new Error('public/_headers has no /* rule');
  return Object.fromEntries(all);
}

/** Server-level `add_header Name "value" always;` lines of deploy/nginx.conf. */
export function nginxHeaders(): Record<string, string> {
  const text = readFileSync(NGINX_FILE, 'utf8');
  const headers: Record<string, string> = {};
  for (const m of text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"(?:\s+always)?\s*;/gmu)) headers[m[1]!.toLowerCase()] = m[2]!;
  return headers;
}

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export interface PageScripts {
  page: string;
  /** Executable inline scripts (classic or module), by hash. */
  inline: { hash: string; bytes: number; head: string }[];
  /** Tags with inline event-handler attributes (onclick=…), which no hash can allow. */
  handlers: string[];
  /** href/src/action values that use javascript: */
  javascriptUrls: string[];
  /** content of <meta http-equiv="content-security-policy">, if any */
  metaCsp: string | null;
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageScripts(dist: string, file: string): PageScripts {
  const html = readFileSync(join(dist, file), 'utf8');
  const inline: PageScripts['inline'] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const attrs = m[1]!;
    if (/\ssrc\s*=/iu.test(attrs)) continue;
    const type = (/\stype\s*=\s*["']?([^"'\s>]+)/iu.exec(attrs)?.[1] ?? '').toLowerCase();
    if (!EXECUTABLE.has(type)) continue;
    inline.push({ hash: sha256(m[2]!), bytes: Buffer.byteLength(m[2]!), head: m[2]!.trim().slice(0, 60) });
  }
  // Scripts and styles hold text, not tags: blank them before looking at attributes.
  const tagsOnly = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, '');
  const handlers: string[] = [];
  const javascriptUrls: string[] = [];
  for (const tag of tagsOnly.match(/<[a-z][^>]*>/giu) ?? []) {
    if (/\son[a-z]+\s*=/iu.test(tag)) handlers.push(tag.slice(0, 120));
    if (/\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/iu.test(tag)) javascriptUrls.push(tag.slice(0, 120));
  }
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/iu.exec(html);
  return {
    page: file,
    inline,
    handlers,
    javascriptUrls,
    metaCsp: meta ? meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null,
  };
}

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Directive name → sources, e.g. { 'script-src': ["'self'", …] }. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
