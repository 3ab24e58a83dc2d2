/**
 * The service worker (bundled by src/integrations/service-worker.ts into <base>sw.js after each
 * build, with that build's id and precache list). Goals, in order:
 *  1. Never a mix of two builds. Each build has its own cache, `kb-<build id>`, filled completely
 *     before the worker activates; activating deletes every other build's cache. Pages are
 *     network-first, so online readers always get the deployed build; offline, everything comes
 *     from one cache. Files under _astro/ and practice/answers/ have content hashes in their names
 *     and are cache-first.
 *  2. Offline: the practice page and its answers are precached; every page a reader opens is
 *     kept (with its stylesheets and scripts). On update, the pages kept under the old build are
 *     fetched again from the new one, so offline reading survives a deploy.
 *  3. Reading pages pay nothing for it: registration is a few lines in src/scripts/site.ts.
 */

// A module, so these names stay out of the pages' global scope when type-checked together.
export {};

// Replaced at bundle time.
declare const __BUILD_ID__: string;
declare const __BASE__: string;
declare const __PRECACHE__: string[];

// The DOM lib has no service-worker types and the webworker lib clashes with it in one program:
// declare the little this file uses.
interface SwEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options?: { type?: string }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}

const sw = self as unknown as SwScope;
const PREFIX = 'kb-';
const CACHE = `${PREFIX}${__BUILD_ID__}`;
const scope = new URL(__BASE__, sw.location.origin);
/** A page that does not answer within this time is served from the cache, if it is there. */
const NETWORK_TIMEOUT_MS = 6000;

const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const isImmutable = (url: URL) => /\/(?:_astro|practice\/answers)\//u.test(url.pathname.slice(scope.pathname.length - 1));
const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');
/** Pages are cached without their query (/practice/?topic=x is /practice/). */
const pageKey = (url: URL) => new URL(url.pathname, url.origin).href;

/** Stylesheets, module scripts and their static imports that a page needs, from its HTML. */
async function dependencies(html: string, pageUrl: string, cache: Cache): Promise<string[]> {
  const found = new Set<string>();
  const attr = /<(?:link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref|script[^>]*\bsrc)="([^"]+)"/gu;
  for (const m of html.matchAll(attr)) found.add(new URL(m[1]!, pageUrl).href);
  const queue = [...found].filter((u) => u.endsWith('.js'));
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    const response = (await cache.match(url)) ?? (await fetch(url).catch(() => undefined));
    if (!response?.ok) continue;
    const code = await response.clone().text();
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/gu)) {
      const dep = new URL(m[1]!, url).href;
      if (!found.has(dep)) {
        found.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...found].filter((u) => inScope(new URL(u)));
}

/** Puts `url` in the cache: from an older build's cache if its name is content-hashed, else from the network. */
async function store(cache: Cache, url: string, older: Cache[]): Promise<void> {
  if (await cache.match(url)) return;
  if (isImmutable(new URL(url))) {
    for (const old of older) {
      const hit = await old.match(url);
      if (hit) return cache.put(url, hit);
    }
  }
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await cache.put(url, response);
}

/** Caches a page and what it needs. Resolves false if the page is gone (e.g. removed by a deploy). */
async function storePage(cache: Cache, url: string, older: Cache[], response?: Response): Promise<boolean> {
  const page = response ?? (await fetch(url, { cache: 'no-cache' }));
  if (!page.ok) return false;
  const html = await page.clone().text();
  await cache.put(pageKey(new URL(url)), page);
  await Promise.all((await dependencies(html, url, cache)).map((dep) => store(cache, dep, older)));
  return true;
}

async function olderCaches(): Promise<{ name: string; cache: Cache }[]> {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  return Promise.all(names.map(async (name) => ({ name, cache: await caches.open(name) })));
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const older = (await olderCaches()).map((o) => o.cache);
      await Promise.all(__PRECACHE__.map((url) => store(cache, new URL(url, scope).href, older)));
      // Pages read under the previous build, fetched again from this one. A network failure
      // fails the install (the old worker and cache stay, and the browser retries later);
      // a page that no longer exists is dropped.
      const pages = new Set<string>();
      for (const old of older) for (const request of await old.keys()) if (isPage(new URL(request.url))) pages.add(request.url);
      for (const url of pages) await storePage(cache, url, older);
      // The new cache is complete: take over now, so the next load is this build's, from a single cache.
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const { name } of await olderCaches()) await caches.delete(name);
      await sw.clients.claim();
      // The page that registered this worker loaded before it existed: keep it too.
      const cache = await caches.open(CACHE);
      for (const client of await sw.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (inScope(url) && isPage(url) && !(await cache.match(pageKey(url)))) await storePage(cache, pageKey(url), []).catch(() => false);
      }
    })(),
  );
});

function offlinePage(): Response {
  const home = scope.pathname;
  const body = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>离线 · 大模型知识库</title><h1>现在离线</h1><p>这一页还没有保存在本机，联网后再打开。已经读过的页面和<a href="${home}practice/">练习</a>离线也能用。</p><p><a href="${home}">返回首页</a></p></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function networkFirst(event: SwFetchEvent, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = isPage(url) ? pageKey(url) : url.href;
  const network = fetch(event.request).then((response) => {
    if (response.ok)
      event.waitUntil(isPage(url) ? storePage(cache, url.href, [], response.clone()).catch(() => false) : cache.put(key, response.clone()));
    return response;
  });
  // If the cache answers first, a later network failure is expected, not an error.
  network.catch(() => undefined);
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
    return (await cache.match(key)) ?? (await network);
  } catch {
    const cached = await cache.match(key);
    if (cached) return cached;
    return isPage(url) && event.request.mode === 'navigate' ? offlinePage() : Response.error();
  }
}

async function cacheFirst(event: SwFetchEvent, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url.href);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(url.href, response.clone()));
  return response;
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !inScope(url) || url.pathname === `${scope.pathname}sw.js`) return;
  event.respondWith(isImmutable(url) ? cacheFirst(event, url) : networkFirst(event, url));
});
