/**
 * A static file server for a built dist/ folder, mounted under a base path like a real host:
 * /base/x/ → x/index.html, unknown paths → 404.html with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

export interface StaticServer {
  /** Origin + base, ending in "/", e.g. http://127.0.0.1:4123/kb/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
  /** Every path requested, for tests that check what a page downloads. */
  requests: string[];
  /** While down, every request fails at the network level (the connection is dropped), like a lost connection. */
  setDown: (down: boolean) => void;
}

export async function serveDist(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  let down = false;
  const server = createServer((req, res) => {
    if (down) return void req.socket.destroy();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(res);
    };
    const notFound = () =>
      existsSync(join(dir, '404.html')) ? send(join(dir, '404.html'), 404) : (res.writeHead(404), res.end('not found'));
    if (!path.startsWith(prefix)) return notFound();
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/u, '');
    let file = join(dir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    requests,
    setDown: (value) => void (down = value),
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections (a service worker holds some) would keep close() waiting.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
