import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { decodeHtml, snapshotHtml } from './load-page';

// "银行卡号" in GBK.
const GBK_CARD = Buffer.from('d2f8d0d0bfa8bac5', 'hex');

describe('decodeHtml', () => {
  it('follows <meta charset> (GBK)', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="gbk"><label>'), GBK_CARD, Buffer.from('</label>')]);
    expect(decodeHtml(bytes)).toContain('银行卡号');
  });

  it('reads a page without a charset as UTF-8, not windows-1252', () => {
    expect(decodeHtml(Buffer.from('<p>银行卡号</p>'))).toContain('银行卡号');
  });

  it('honours a byte-order mark', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>验证码</p>')]))).toBe('<p>验证码</p>');
  });
});

describe('snapshotHtml', () => {
  it('never runs the page’s scripts and counts controls as a browser with scripting on does', () => {
    const html = `<title>Pay</title>
      <input id="a" autocomplete="cc-number">
      <script>document.write('<input id="injected">'); document.title = 'changed';</script>
      <noscript><input id="fallback"></noscript>
      <input id="b">`;
    const s = snapshotHtml(Buffer.from(html), 'https://shop.example/pay');
    expect(s.title).toBe('Pay');
    expect(s.controls.map((c) => [c.index, c.id])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(s.url).toBe('https://shop.example/pay');
  });
});

describe('snapshotHtml and the network', () => {
  it('fetches nothing a page points at: stylesheets, scripts, images, frames', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<link rel="stylesheet" href="${base}/a.css"><script src="${base}/a.js"></script>
        <img src="${base}/a.png"><iframe src="${base}/frame.html"></iframe><input id="x">
        <form action="${base}/post"><input autocomplete="cc-number"></form>`;
      const s = snapshotHtml(Buffer.from(html), `${base}/page.html`);
      expect(s.controls).toHaveLength(2);
      await new Promise((done) => setTimeout(done, 300));
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });
});
