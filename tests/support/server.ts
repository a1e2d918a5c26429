// One loopback server for the browser tests and the demo.
//
//   browser ──(--host-resolver-rules / network.dns.forceResolve: every name → 127.0.0.1)──▶ 127.0.0.1:PORT
//   PORT speaks both plain HTTP and TLS: the first byte of a connection picks the protocol
//   (0x16 = TLS handshake). One port for both means an HSTS upgrade of http://name:PORT to
//   https://name:PORT still lands here, so HSTS-preloaded names work whichever scheme a test writes.
//   The Host header picks the site: <root>/<host name>/<path>, index.html for a folder.
//
// The certificate is self-signed, made at start for every site folder name (no openssl binary needed);
// the browsers are launched to accept it (ignoreHTTPSErrors / acceptInsecureCerts).

import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders whose sub-folders are sites, one per host name. */
export const FIXTURE_SITES = path.join(projectRoot, 'tests/fixtures/sites');
export const DEMO_SITES = path.join(projectRoot, 'demo/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SiteServer {
  /** The one port that serves both http and https. */
  port: number;
  /** Host names served (folder names under the roots). */
  hosts: string[];
  /** `url('https://www.icbc.com.cn/login')` → `https://www.icbc.com.cn:PORT/login`. Throws for an unknown host. */
  url(address: string): string;
  close(): Promise<void>;
}

/** Every site folder under the given roots, as host name → folder. A host in two roots is an error. */
export function siteFolders(roots: readonly string[]): Map<string, string> {
  const sites = new Map<string, string>();
  for (const root of roots) {
    for (const name of readdirSync(root)) {
      const dir = path.join(root, name);
      if (!statSync(dir).isDirectory()) continue;
      const host = name.toLowerCase();
      const already = sites.get(host);
      if (already) throw new Error(`site ${host} is defined twice: ${already} and ${dir}`);
      sites.set(host, dir);
    }
  }
  return sites;
}

/** Resolves a request path inside a site folder; null when it would escape the folder. */
function fileFor(siteDir: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const file = path.resolve(siteDir, '.' + path.posix.normalize('/' + decoded));
  if (file !== siteDir && !file.startsWith(siteDir + path.sep)) return null;
  return file;
}

async function readSiteFile(siteDir: string, requestPath: string): Promise<{ body: Buffer; type: string } | null> {
  const file = fileFor(siteDir, requestPath);
  if (!file) return null;
  // Try the path, the path as a folder, and the path with .html (so /dm/abc123 can be dm/abc123.html
  // and the meeting page keeps a real-looking join URL).
  for (const candidate of [file, path.join(file, 'index.html'), file + '.html']) {
    try {
      if (!statSync(candidate).isFile()) continue;
      const type = CONTENT_TYPES[path.extname(candidate)] ?? 'application/octet-stream';
      return { body: await readFile(candidate), type };
    } catch {
      // not this candidate
    }
  }
  return null;
}

async function makeCertificate(hosts: readonly string[]): Promise<{ key: string; cert: string }> {
  const altNames = [
    ...hosts.map((value) => ({ type: 2 as const, value })),
    { type: 2 as const, value: 'localhost' },
    { type: 7 as const, ip: '127.0.0.1' },
  ];
  const pems = await generate([{ name: 'commonName', value: 'Fanzha Guard test sites' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startSiteServer(roots: readonly string[] = [FIXTURE_SITES, DEMO_SITES]): Promise<SiteServer> {
  const sites = siteFolders(roots);
  const hosts = [...sites.keys()].sort();

  const handler: http.RequestListener = (req, res) => {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    const host = hostHeader.replace(/:\d+$/, '');
    const siteDir = sites.get(host);
    const requestPath = (req.url ?? '/').split('?')[0] ?? '/';
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (!siteDir) return send(404, `no site for host ${JSON.stringify(host)}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Fixture forms never submit anywhere real; answer plainly so a stray submit is visible in a test.
      return send(405, 'fixture sites accept GET only');
    }
    readSiteFile(siteDir, requestPath).then(
      (file) => (file ? send(200, file.body, file.type) : send(404, `not found: ${host}${requestPath}`)),
      (error: unknown) => send(500, String(error)),
    );
  };

  const { key, cert } = await makeCertificate(hosts);
  const plain = http.createServer(handler);
  const secure = https.createServer({ key, cert }, handler);
  const sockets = new Set<net.Socket>();

  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('site server has no TCP address');
  const port = address.port;

  return {
    port,
    hosts,
    url(addressWithoutPort: string): string {
      const parsed = new URL(addressWithoutPort);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new Error(`site server speaks http and https, not ${parsed.protocol} (${addressWithoutPort})`);
      }
      if (!sites.has(parsed.hostname)) {
        throw new Error(`no fixture or demo site for host ${parsed.hostname}; known: ${hosts.join(', ')}`);
      }
      parsed.port = String(port);
      return parsed.toString();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      plain.close();
      secure.close();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
