/**
 * The shipped Content-Security-Policy matches the built pages (no browser needed, but it needs the
 * builds, so it runs with the browser tests):
 *  - public/_headers and deploy/nginx.conf send the same security headers;
 *  - their policy is exactly deploy/csp.ts's headerPolicy() with the hashes of the inline scripts
 *    the pages run (today: the theme script) — when the theme script changes, this test prints the
 *    line to paste;
 *  - no page has an inline event handler or a javascript: URL (no hash could allow them);
 *  - every page carries Astro's <meta> CSP with the same directives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BASE_DIRECTIVES, headerPolicy } from '../../deploy/csp.ts';
import { htmlFiles, nginxHeaders, pageScripts, parsePolicy, shippedHeaders, type PageScripts } from '../../scripts/quality/headers.ts';
import { requireBuilt, ROOT_DIST, SUBPATH_DIST } from './support/site.ts';

// Both builds `npm test` makes; a missing one fails (requireBuilt) instead of dropping its checks.
const builds = [ROOT_DIST, SUBPATH_DIST];
const scanned = new Map<string, PageScripts[]>();
const scan = (dist: string) => {
  if (!scanned.has(dist))
    scanned.set(
      dist,
      htmlFiles(requireBuilt(dist)).map((f) => pageScripts(dist, f)),
    );
  return scanned.get(dist)!;
};

describe('shipped security headers', () => {
  test('public/_headers and deploy/nginx.conf send the same headers', () => {
    const netlify = shippedHeaders();
    const nginx = nginxHeaders();
    expect(Object.keys(netlify).sort()).toEqual(Object.keys(nginx).sort());
    for (const [name, value] of Object.entries(netlify)) expect(nginx[name], name).toBe(value);
  });

  test.each(builds)('the policy allows exactly the inline scripts the pages in %s run', (dist) => {
    const pages = scan(dist);
    const hashes = [...new Set(pages.flatMap((p) => p.inline.map((s) => s.hash)))];
    const expected = headerPolicy(hashes);
    const shipped = shippedHeaders()['content-security-policy'];
    if (shipped !== expected) {
      const samples = pages
        .flatMap((p) => p.inline.map((s) => `${s.hash} (${p.page}: ${s.head}…)`))
        .filter((v, i, a) => a.indexOf(v) === i)
        .slice(0, 5);
      throw new Error(
        `The shipped CSP does not match the built pages' inline scripts:\n  ${samples.join('\n  ')}\n` +
          `Put this policy in public/_headers and deploy/nginx.conf:\n${expected}`,
      );
    }
    expect(hashes.length, 'only the theme script runs inline').toBe(1);
  });

  test('dist/_headers is the shipped file', () => {
    expect(readFileSync(join(requireBuilt(ROOT_DIST), '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  test('no strict-CSP anti-patterns: unsafe-inline/unsafe-eval scripts, wildcards, data: or other origins', () => {
    const policy = parsePolicy(shippedHeaders()['content-security-policy']!);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources)
        expect(source, `${name} ${source}`).toMatch(/^'(?:self|none|unsafe-inline|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/u);
    }
  });
});

describe.each(builds)('built pages in %s', (dist) => {
  test('no inline event handlers or javascript: URLs', () => {
    const pages = scan(dist);
    expect(pages.flatMap((p) => p.handlers.map((h) => `${p.page}: ${h}`))).toEqual([]);
    expect(pages.flatMap((p) => p.javascriptUrls.map((h) => `${p.page}: ${h}`))).toEqual([]);
  });

  test('every page carries the <meta> CSP with the shipped directives', () => {
    const header = parsePolicy(shippedHeaders()['content-security-policy']!);
    for (const page of scan(dist)) {
      expect(page.metaCsp, `${page.page} has no <meta http-equiv="content-security-policy">`).not.toBeNull();
      const meta = parsePolicy(page.metaCsp!);
      for (const directive of BASE_DIRECTIVES) {
        const [name] = directive.split(' ');
        expect(meta.get(name!), `${page.page}: ${name}`).toEqual(header.get(name!));
      }
      expect(meta.get('style-src'), page.page).toEqual(header.get('style-src'));
      const scriptSrc = meta.get('script-src') ?? [];
      expect(scriptSrc.slice(0, 2), page.page).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scriptSrc, page.page).not.toContain("'unsafe-inline'");
    }
  });
});
