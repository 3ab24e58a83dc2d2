/**
 * The site's Content-Security-Policy, in one place. Two consumers:
 *  - astro.config.mjs puts it in a <meta http-equiv> on every page (Astro's built-in CSP), so
 *    hosts that cannot set headers (GitHub Pages) still enforce it for everything below <head>;
 *  - public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf send it as an HTTP header,
 *    which can also carry frame-ancestors and covers the inline theme script at the top of <head>
 *    by its SHA-256 hash. tests/browser/csp-headers.test.ts checks that both files carry exactly
 *    headerPolicy(<hashes of the inline scripts in the built pages>), and
 *    tests/browser/csp-pages.test.ts loads every page type under that header.
 * Why each directive: deploy/README.md.
 */
import type { AstroUserConfig } from 'astro';

/** Directives shared by the header and the <meta>, without script-src/style-src. */
export const BASE_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline service worker (<base>sw.js) and Pagefind's search worker, both same-origin files.
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Pagefind compiles WebAssembly: 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Style attributes are unavoidable (KaTeX sizes glyphs with style="height:…", Shiki's dual theme
 * sets --shiki-light/--shiki-dark per token, Mermaid's SVG uses them too) and Mermaid puts a
 * <style> element generated at render time, with a per-render id, inside each diagram: neither
 * can be hashed at build time, so inline styles are allowed. Scripts stay strictly hash/'self'.
 */
export const STYLE_SOURCES: readonly string[] = ["'self'", "'unsafe-inline'"];

/** Header-only: a <meta> CSP cannot carry frame-ancestors. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config.mjs. */
export function astroCsp(): AstroCsp {
  return {
    // The constants above are plain strings; Astro types each directive as a `name value` template.
    directives: [...BASE_DIRECTIVES] as AstroCsp['directives'],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** The header value, given the hashes ('sha256-…') of the inline scripts the pages run. */
export function headerPolicy(inlineScriptHashes: readonly string[]): string {
  const hashes = [...new Set(inlineScriptHashes)].sort().map((h) => `'${h}'`);
  const [defaultSrc, ...rest] = BASE_DIRECTIVES;
  return [
    defaultSrc,
    `script-src ${[...SCRIPT_SOURCES, ...hashes].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...rest,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
