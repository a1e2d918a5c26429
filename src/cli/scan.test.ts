// The scan command end to end: spawned as a user runs it, on small pages written to a temp dir.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from './scan-job';

const SCAN = resolve(import.meta.dirname, 'scan.ts');
let dir: string;

const CARD_PAGE = `<!doctype html><meta charset="utf-8"><title>Checkout</title>
<form>
  <label for="email">Email</label><input id="email" name="email" type="email">
  <label for="cc">Card number</label><input id="cc" name="ccnum" autocomplete="cc-number">
  <label for="exp">Expiry</label><input id="exp" autocomplete="cc-exp">
  <label for="cvc">CVC</label><input name="cvc" autocomplete="cc-csc">
</form>`;
const ARTICLE = '<!doctype html><title>Weather</title><h1>Sunny</h1><p>A sunny day.</p>';

function scan(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCAN, ...args], { encoding: 'utf8', timeout: 120_000 });
  const lines = run.stdout.split('\n').filter(Boolean);
  return { status: run.status, lines, json: lines.map((l) => JSON.parse(l) as Record<string, unknown>), stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
  writeFileSync(join(dir, 'card.html'), CARD_PAGE);
  writeFileSync(join(dir, 'article.html'), ARTICLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan CLI', { timeout: 90_000 }, () => {
  it('prints one verdict for a page, with fields by index, id and name', () => {
    const r = scan(['--url', 'https://shop.example-store.com/pay', join(dir, 'card.html')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.json).toHaveLength(1);
    const v = r.json[0]!;
    expect(v).toMatchObject({ url: 'https://shop.example-store.com/pay', level: 'caution', domain: { kind: 'unknown' } });
    for (const key of ['signals', 'advice', 'cases']) expect(Array.isArray(v[key])).toBe(true);
    expect(v.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, kind: 'card-number', id: 'cc', name: 'ccnum' }),
        expect.objectContaining({ index: 3, kind: 'card-cvv', id: null, name: 'cvc' }),
      ]),
    );
  });

  it('lets --trusted make the level none', () => {
    const r = scan(['--url', 'https://shop.example-store.com/pay', '--trusted', 'https://www.example-store.com/', join(dir, 'card.html')]);
    expect(r.status).toBe(0);
    expect(r.json[0]).toMatchObject({ level: 'none', domain: { kind: 'trusted' } });
  });

  it('goes on past a bad JSON line, an unreadable file and an invalid URL, in order, and exits 1', () => {
    const unreadable = join(dir, 'locked.html');
    writeFileSync(unreadable, ARTICLE);
    chmodSync(unreadable, 0o000);
    const batch = join(dir, 'mixed.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ file: 'card.html', url: 'https://shop.example-store.com/pay' }),
        '{"file": "card.html", "url": ',
        JSON.stringify({ file: join(dir, 'missing.html'), url: 'https://a.example-store.com/' }),
        JSON.stringify({ file: 'article.html', url: 'not a url' }),
        JSON.stringify({ file: 'card.html', url: 'https://shop.example-store.com/pay', trusted: ['example-store.com'] }),
        JSON.stringify({ file: 'article.html', url: 'https://news.example-paper.com/a' }),
      ].join('\n'),
    );
    const r = scan(['--batch', batch]);
    expect(r.status).toBe(1);
    expect(r.json.map((v) => v.level ?? 'error')).toEqual(['caution', 'error', 'error', 'error', 'none', 'none']);
    expect(r.json[1]).toMatchObject({ file: null, line: 2, error: expect.stringMatching(/bad JSON/) });
    expect(r.json[2]).toMatchObject({ file: join(dir, 'missing.html'), error: expect.stringMatching(/cannot read .*missing\.html: ENOENT/) });
    expect(r.json[3]).toMatchObject({ error: expect.stringMatching(/invalid URL "not a url"/) });
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^scan: line 2: bad JSON/),
      expect.stringMatching(/^scan: line 3: cannot read/),
      expect.stringMatching(/^scan: line 4: invalid URL/),
    ]);
    // Root reads any file, so the permission case is only checked where permissions bite.
    if (process.getuid?.() !== 0) {
      const locked = scan(['--url', 'https://a.example-store.com/', unreadable]);
      expect(locked.status).toBe(1);
      expect(locked.stderr).toMatch(/cannot read .*locked\.html: EACCES/);
    }
  });

  it('keeps input order when the batch is spread over worker threads', () => {
    const batch = join(dir, 'many.jsonl');
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify(i % 3 === 0 ? { file: 'card.html', url: `https://s${i}.example-store.com/` } : { file: 'article.html', url: `https://n${i}.example-paper.com/` }),
    );
    writeFileSync(batch, lines.join('\n'));
    const r = scan(['--batch', batch]);
    expect(r.status).toBe(0);
    expect(r.json.map((v) => v.url)).toEqual(lines.map((l) => (JSON.parse(l) as { url: string }).url));
    expect(r.json.map((v) => v.level)).toEqual(lines.map((_, i) => (i % 3 === 0 ? 'caution' : 'none')));
  });

  it.each([
    [[]],
    [['--url', 'https://a.example/']],
    [['--batch']],
    [['--bogus', 'x.html']],
  ])('exits 2 on wrong usage %j, printing the usage to stderr only', (args) => {
    const r = scan(args);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr).toMatch(/usage: npm run scan/);
  });

  it('exits 1 with a one-line error for a missing page or batch file', () => {
    const page = scan(['--url', 'https://a.example-store.com/', join(dir, 'nope.html')]);
    expect(page.status).toBe(1);
    expect(page.stderr.trim()).toMatch(/^scan: cannot read .*nope\.html: ENOENT$/);
    const batch = scan(['--batch', join(dir, 'nope.jsonl')]);
    expect(batch.status).toBe(1);
    expect(batch.stderr.trim()).toMatch(/^scan: cannot read batch file .*nope\.jsonl: ENOENT$/);
  });

  it('refuses a page over the size limit by name, and scans the rest of the batch', () => {
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_PAGE_BYTES + 1);
    const batch = join(dir, 'huge.jsonl');
    writeFileSync(batch, [{ file: 'huge.html', url: 'https://a.example-store.com/' }, { file: 'card.html', url: 'https://b.example-store.com/' }].map((l) => JSON.stringify(l)).join('\n'));
    const r = scan(['--batch', batch]);
    expect(r.status).toBe(1);
    expect(r.json[0]).toEqual({ file: huge, line: 1, error: `cannot scan ${huge}: page too large (${MAX_PAGE_BYTES + 1} bytes; the limit is ${MAX_PAGE_BYTES} bytes, 5 MB)` });
    expect(r.json[1]).toMatchObject({ url: 'https://b.example-store.com/', level: 'caution' });
  });

  it('stops quietly when its reader closes the pipe early (scan … | head -1)', async () => {
    // Far more output than a pipe holds (64 KB), so the scan is still writing when the reader goes.
    const batch = join(dir, 'long.jsonl');
    writeFileSync(batch, Array.from({ length: 200 }, (_, i) => JSON.stringify({ file: 'card.html', url: `https://s${i}.example-store.com/` })).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', SCAN, '--batch', batch], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('refuses to trust a lookalike, naming the entry', () => {
    const r = scan(['--url', 'https://alipay-refund.cn/', '--trusted', 'alipay-refund.cn', join(dir, 'card.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot trust "alipay-refund\.cn": trusted-lookalike/);
  });
});
