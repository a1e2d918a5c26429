// One loopback server for the browser tests and the demo: it is the browser's HTTP proxy, so pages load
// under their real-looking addresses, with no port (http://alipay-refund.cn/, https://www.icbc.com.cn/).
// A port in the address would change what the extension sees: meeting-join patterns are anchored on
// `https://meeting.tencent.com/dm/`, and a real user never has one.
//
//   browser ──(proxy 127.0.0.1:PORT)──▶ plain HTTP request with an absolute URL   → site by Host
//                                    └▶ CONNECT host:443 → TLS on the same socket → site by Host
//   A direct connection to PORT also works: its first byte picks the protocol (0x16 = TLS handshake).
//
// Sites are folders named for their host under the given roots. A site's `site.json` may say
// `{ "schemes": ["https"] }` (default `["http"]`): an https-only site answers plain http with a redirect,
// as real banks do, and an http-only site refuses a TLS tunnel, so a browser's HTTPS upgrade falls back.
// HSTS-preloaded names (paypal.com, *.bank …) are always upgraded by the browser: give them "https".
// The certificate is self-signed, made at start for every https site (no openssl binary needed); the
// browsers are launched to accept it (ignoreHTTPSErrors / acceptInsecureCerts).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

const SCHEMES = ['http', 'https'] as const;
type Scheme = (typeof SCHEMES)[number];

export interface Site {
  host: string;
  dir: string;
  schemes: readonly Scheme[];
}

export interface SiteServer {
  /** The proxy (and direct) port on 127.0.0.1. */
  port: number;
  /** `http://127.0.0.1:PORT`, for --proxy-server and Firefox's proxy prefs. */
  proxy: string;
  sites: readonly Site[];
  /**
   * Checks an address against the sites and returns it (the proxy needs no port in it). Throws for an
   * unknown host or a scheme the site does not serve, so a typo fails loudly instead of timing out.
   */
  url(address: string): string;
  close(): Promise<void>;
}

function readSchemes(dir: string): Scheme[] {
  const file = path.join(dir, 'site.json');
  if (!existsSync(file)) return ['http'];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${String(error)}`);
  }
  const schemes = (data as { schemes?: unknown }).schemes;
  if (!Array.isArray(schemes) || schemes.length === 0 || !schemes.every((s) => SCHEMES.includes(s as Scheme))) {
    throw new Error(`${file}: "schemes" must be a non-empty list of "http" and/or "https"`);
  }
  return schemes as Scheme[];
}

/** Every site folder under the given roots. A host in two roots is an error. */
export function siteFolders(roots: readonly string[]): Map<string, Site> {
  const sites = new Map<string, Site>();
  for (const root of roots) {
    for (const name of readdirSync(root)) {
      const dir = path.join(root, name);
      if (!statSync(dir).isDirectory()) continue;
      const host = name.toLowerCase();
      const already = sites.get(host);
      if (already) throw new Error(`site ${host} is defined twice: ${already.dir} and ${dir}`);
      sites.set(host, { host, dir, schemes: readSchemes(dir) });
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
  if (path.basename(file) === 'site.json') return null;
  return file;
}

async function readSiteFile(siteDir: string, requestPath: string): Promise<{ body: Buffer; type: string } | null> {
  const file = fileFor(siteDir, requestPath);
  if (!file) return null;
  // The path, the path as a folder, and the path with .html (so /dm/abc123 can be dm/abc123.html and the
  // meeting page keeps a real-looking join URL).
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

export async function startSiteServer(roots: readonly string[]): Promise<SiteServer> {
  const sites = siteFolders(roots);
  const hostList = [...sites.keys()].sort();

  const handler: http.RequestListener = (req, res) => {
    const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
    const scheme: Scheme = encrypted ? 'https' : 'http';
    // A proxied plain request carries an absolute URL; a direct or tunnelled one a path and a Host header.
    let target: URL;
    try {
      target = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown.invalid'}`);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request URL');
      return;
    }
    const host = target.hostname.toLowerCase();
    const site = sites.get(host);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!site) return send(404, `no site for host ${JSON.stringify(host)}`);
    if (!site.schemes.includes(scheme)) {
      if (scheme === 'http') {
        // An https-only site, like a bank: send plain http to https.
        res.writeHead(301, { location: `https://${host}${target.pathname}${target.search}` }).end();
        return;
      }
      return send(421, `${host} is served over http only`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Fixture forms never submit anywhere real; answer plainly so a stray submit is visible in a test.
      return send(405, 'fixture sites accept GET only');
    }
    readSiteFile(site.dir, target.pathname).then(
      (file) => (file ? send(200, file.body, file.type) : send(404, `not found: ${host}${target.pathname}`)),
      (error: unknown) => send(500, String(error)),
    );
  };

  const httpsHosts = [...sites.values()].filter((s) => s.schemes.includes('https')).map((s) => s.host);
  const { key, cert } = await makeCertificate(httpsHosts);
  const plain = http.createServer(handler);
  const secure = https.createServer({ key, cert }, handler);
  const sockets = new Set<net.Socket>();

  // CONNECT host:443 from the browser: open the tunnel into our TLS server when the site speaks https,
  // refuse it otherwise (the browser then keeps, or falls back to, plain http).
  plain.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    const site = sites.get(host);
    if (!site || !site.schemes.includes('https')) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    secure.emit('connection', socket);
  });

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
    proxy: `http://127.0.0.1:${port}`,
    sites: [...sites.values()],
    url(siteAddress: string): string {
      const parsed = new URL(siteAddress);
      const scheme = parsed.protocol.replace(':', '') as Scheme;
      const site = sites.get(parsed.hostname);
      if (!site) throw new Error(`no site for host ${parsed.hostname}; known: ${hostList.join(', ')}`);
      if (!site.schemes.includes(scheme)) {
        throw new Error(`${parsed.hostname} is served over ${site.schemes.join(' and ')}, not ${scheme} (${siteAddress})`);
      }
      if (parsed.port) throw new Error(`${siteAddress}: no port please, the site server is the browser's proxy`);
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
