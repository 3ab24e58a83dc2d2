/**
 * Registers the offline service worker (src/sw/service-worker.ts, written as <base>sw.js by the
 * build). Bundled into the site module every page loads, so it must stay tiny:
 * tests/browser/perf-budgets.test.ts holds it to ≤ 1 KB gzip. Registered after `load`, so it never
 * competes with the page itself; only in built sites (astro dev has no sw.js).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}sw.js`).catch(() => undefined);
  });
}
