// The test-site server: sites by Host header, per-site schemes, the proxy's CONNECT tunnel, and no way
// out of a site's folder.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from './server';

function makeRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fz-sites-'));
  mkdirSync(path.join(root, 'plain.example.cn', 'dm'), { recursive: true });
  writeFileSync(path.join(root, 'plain.example.cn', 'index.html'), '<title>plain</title>');
  writeFileSync(path.join(root, 'plain.example.cn', 'dm', 'abc123.html'), '<title>join</title>');
  mkdirSync(path.join(root, 'bank.example.cn'));
  writeFileSync(path.join(root, 'bank.example.cn', 'index.html'), '<title>bank</title>');
  writeFileSync(path.join(root, 'bank.example.cn', 'site.json'), '{ "schemes": ["https"] }');
  writeFileSync(path.join(root, 'secret.txt'), 'outside every site');
  return root;
}

interface Answer {
  status: number;
  body: string;
  location?: string;
}

/** A plain-http request through the server as a proxy (absolute URL in the request line). */
function viaProxy(server: SiteServer, url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = http.request({ host: '127.0.0.1', port: server.port, path: url, headers: { host: target.host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An https request the way a browser makes it through a proxy: CONNECT, then TLS in the tunnel. */
function viaTunnel(server: SiteServer, host: string, pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const connect = http.request({ host: '127.0.0.1', port: server.port, method: 'CONNECT', path: `${host}:443` });
    connect.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        resolve({ status: res.statusCode ?? 0, body: '' });
        return;
      }
      const req = https.request(
        { host, path: pathname, socket, servername: host, rejectUnauthorized: false, agent: false, createConnection: () => socket } as https.RequestOptions,
        (answer) => {
          let body = '';
          answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    connect.on('error', reject);
    connect.end();
  });
}

describe('site server', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startSiteServer([makeRoot()]);
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves a site by its host name, with /path falling back to path.html', async () => {
    expect(await viaProxy(server, 'http://plain.example.cn/')).toMatchObject({ status: 200, body: '<title>plain</title>' });
    expect(await viaProxy(server, 'http://plain.example.cn/dm/abc123')).toMatchObject({ status: 200, body: '<title>join</title>' });
  });

  it.each([
    ['an unknown host', 'http://nowhere.example.cn/'],
    ['a missing page', 'http://plain.example.cn/missing'],
    ['a path out of the site folder', 'http://plain.example.cn/../secret.txt'],
    ['an encoded path out of the site folder', 'http://plain.example.cn/%2e%2e/secret.txt'],
  ])('answers 404 for %s', async (_what, url) => {
    const answer = await viaProxy(server, url);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('outside every site');
  });

  it('never serves a site\'s own site.json', async () => {
    expect((await viaTunnel(server, 'bank.example.cn', '/site.json')).status).toBe(404);
  });

  it('sends plain http for an https-only site to https, as banks do', async () => {
    expect(await viaProxy(server, 'http://bank.example.cn/')).toMatchObject({ status: 301, location: 'https://bank.example.cn/' });
  });

  it('tunnels https for an https site and refuses a tunnel to an http-only one', async () => {
    expect(await viaTunnel(server, 'bank.example.cn', '/')).toMatchObject({ status: 200, body: '<title>bank</title>' });
    expect((await viaTunnel(server, 'plain.example.cn', '/')).status).toBe(502);
  });

  it('url() refuses an unknown host, a scheme the site does not serve, and a port', () => {
    expect(server.url('http://plain.example.cn/x')).toBe('http://plain.example.cn/x');
    expect(() => server.url('http://nowhere.example.cn/')).toThrow(/no site for host nowhere\.example\.cn/);
    expect(() => server.url('http://bank.example.cn/')).toThrow(/served over https, not http/);
    expect(() => server.url('http://plain.example.cn:8080/')).toThrow(/no port/);
  });
});
