// A tiny loopback HTTP server for the benchmark: generated pages from memory and, when present, real
// pages read in place from ../shared/eval/corpora. Chromium reaches it under any host name through
// --host-resolver-rules, so pages load as an ordinary unknown site. `no-store` keeps every load honest.

import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface BenchServer {
  port: number;
  /** Serve `html` at /gen/<name>.html. */
  addPage(name: string, html: string): string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (random port). `corpusRoot` may be null when ../shared is absent. */
export async function startServer(corpusRoot: string | null): Promise<BenchServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const headers = { 'Cache-Control': 'no-store' };
      const gen = /^\/gen\/([\w-]+)\.html$/.exec(path);
      if (gen) {
        const html = pages.get(gen[1]!);
        if (html !== undefined) {
          res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
          res.end(html);
          return;
        }
      } else if (corpusRoot && path.startsWith('/corpus/')) {
        const file = resolve(corpusRoot, path.slice('/corpus/'.length));
        // Refuse anything outside the corpora folder (../ in the path).
        if (file.startsWith(corpusRoot + sep)) {
          try {
            const body = await readFile(file);
            res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
            res.end(body);
            return;
          } catch {
            // fall through to 404
          }
        }
      }
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    addPage(name, html) {
      if (!/^[\w-]+$/.test(name)) throw new Error(`addPage: page name "${name}" must be letters, digits, _ or -`);
      pages.set(name, html);
      return `/gen/${name}.html`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
