// @vitest-environment jsdom
// The page readers on demand (src/entrypoints/page-readers/): the guard's first scan that finds a sensitive field asks
// the background for them once, waits a bounded time, and sends the same facts as the one-task scan with the readers
// imported. Without them the scan still goes out, with its fields and the page's title.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsBgPageReaders, CsBgScan, ScanResponse } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import { earlyEvents } from '@/platform/early-events';
import { seeField } from '@/sensor/seen-text';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { PAGE_READERS_GLOBAL, pageReadersApi, type PageReadersApi } from '../page-readers/api';
import { createGuard, type Guard } from './guard';
import { pageReadersWith } from './page-readers';
import { scanPage } from './scan-page';

const ctx: ScriptContext = { isInvalid: false, onInvalidated: () => () => {}, setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number };
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const world = globalThis as Record<string, unknown>;
const inject = (): void => void (world[PAGE_READERS_GLOBAL] ??= { version: 1, seeField, readers: pageReadersWith } satisfies PageReadersApi);

/** What the background does with the request for the readers (each test sets it). */
let onReaders: () => Promise<unknown>;
const sent: (CsBgScan | CsBgPageReaders)[] = [];
const scans = (): CsBgScan[] => sent.filter((m): m is CsBgScan => m.type === 'cs-bg-scan');
const asks = (): number => sent.filter((m) => m.type === 'cs-bg-page-readers').length;

async function sendScan(message: CsBgScan | CsBgPageReaders): Promise<ScanResponse> {
  sent.push(structuredClone(message));
  if (message.type === 'cs-bg-page-readers') return (await onReaders()) as ScanResponse;
  return { level: 'none' };
}

let guard: Guard | null = null;
function start(): Promise<void> {
  guard = createGuard(ctx, document, sendScan as Parameters<typeof createGuard>[2], earlyEvents(window));
  return guard.run({ proceed: true, domainKind: 'unknown' });
}

const PAGE = '<h1>银行卡安全升级</h1><p>请在24小时内完成，否则将被冻结。</p><label>银行卡号 <input id="card"></label>';

beforeEach(() => {
  sent.length = 0;
  document.title = '退款中心';
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  guard?.stop(true);
  guard = null;
  delete world[PAGE_READERS_GLOBAL];
});

describe('the page readers, asked for by the first scan with a sensitive field', () => {
  it('are waited for, and the scan then sends the same facts as the one-task scan (headings, text, fields)', async () => {
    // The injection takes a while (one round trip to the background and back).
    onReaders = async () => {
      await sleep(150);
      inject();
      return { done: true };
    };
    await start();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-page-readers', 'cs-bg-scan']);
    const { facts } = scans()[0]!;
    expect(facts.headings).toContain('银行卡安全升级');
    expect(facts.text).toContain('否则将被冻结');
    expect(facts).toEqual(scanPage(document, location.href, new WeakSet()).facts);
  });

  it('a page without a sensitive field never asks for them', async () => {
    document.body.innerHTML = '<h1>新闻</h1><label>搜索 <input type="search"></label>';
    onReaders = async () => (inject(), { done: true });
    await start();
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-scan']);
    expect(scans()[0]!.facts).toMatchObject({ headings: [], text: '', fields: [] });
  });

  it('refused: the scan still goes out with its fields and the title; the next scan asks again and sends them all', async () => {
    onReaders = async () => {
      throw new Error('handler-failed: Frame with ID 0 was removed.');
    };
    await start();
    expect(scans()).toHaveLength(1);
    expect(scans()[0]!.facts).toMatchObject({ title: '退款中心', headings: [], text: '' });
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    // The page changes: the next scan asks again, and this time they come.
    onReaders = async () => (inject(), { done: true });
    document.body.insertAdjacentHTML('beforeend', '<p>客服热线</p>');
    await sleep(400);
    await settle();
    expect(asks()).toBe(2);
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.text).toContain('客服热线');
    expect(scans()[1]!.facts).toEqual(scanPage(document, location.href, new WeakSet()).facts);
  });

  it('injected but not there (the answer came, the API did not): treated as refused, asked again at the next scan', async () => {
    onReaders = async () => ({ done: true });
    await start();
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(scans()[0]!.facts.headings).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>客服热线</p>');
    await sleep(400);
    await settle();
    expect(asks()).toBe(2);
    // Its facts are the first scan's (the new line is page text, unread without them): not sent again.
    expect(scans()).toHaveLength(1);
  });

  it('late (past the bounded wait): the scan goes out without them after about a second, and a full scan follows when they come', async () => {
    let arrive = (): void => {};
    onReaders = () =>
      new Promise((resolve) => {
        arrive = () => {
          inject();
          resolve({ done: true });
        };
      });
    const started = Date.now();
    await start();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1500);
    expect(scans()).toHaveLength(1);
    expect(scans()[0]!.facts).toMatchObject({ headings: [], text: '' });
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    arrive();
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts).toEqual(scanPage(document, location.href, new WeakSet()).facts);
    // One request: the late answer was the first one's.
    expect(asks()).toBe(1);
  });

  it('are asked for once a frame: later scans, a re-check and a focus that reads a field as shown use the same ones', async () => {
    onReaders = async () => (inject(), { done: true });
    await start();
    document.body.insertAdjacentHTML('beforeend', '<label>短信验证码 <input name="yzm"></label><button>获取验证码</button>');
    await sleep(400);
    await settle();
    await guard!.run({ proceed: true, domainKind: 'unknown' });
    document.body.insertAdjacentHTML('beforeend', '<label>备注 <input id="note"></label>');
    await sleep(400);
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(scans().length).toBeGreaterThanOrEqual(2);
    expect(scans().every((m) => m.facts.headings.includes('银行卡安全升级'))).toBe(true);
    expect(asks()).toBe(1);
  });

  it('a focus that needs them while the scan waits for them shares its request', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label>备注 <input id="note"></label>');
    onReaders = async () => {
      await sleep(150);
      inject();
      return { done: true };
    };
    const first = start();
    await sleep(20);
    expect(asks()).toBe(1);
    // A field the scan found nothing in, focused during the wait: read as shown once the same readers are in.
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await first;
    await settle();
    expect(asks()).toBe(1);
    expect(scans()[0]!.facts.headings).toContain('银行卡安全升级');
  });
});

describe('pageReadersApi: only our readers, by their shape', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 1],
    ['another version', { version: 2, seeField, readers: pageReadersWith }],
    ['readers that are not a function', { version: 1, seeField, readers: 'x' }],
    ['no seeField', { version: 1, readers: pageReadersWith }],
  ])('%s is not taken for them', (_name, value) => {
    world[PAGE_READERS_GLOBAL] = value;
    expect(pageReadersApi()).toBeUndefined();
  });

  it('the real one is', () => {
    inject();
    expect(pageReadersApi()?.readers).toBe(pageReadersWith);
  });

  it('a global of the wrong shape in their place: the scan goes out with its fields, without headings or text', async () => {
    world[PAGE_READERS_GLOBAL] = { version: 1, seeField, readers: 'not a function' };
    onReaders = async () => ({ done: true });
    await start();
    expect(scans()).toHaveLength(1);
    expect(scans()[0]!.facts).toMatchObject({ title: '退款中心', headings: [], text: '' });
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
  });
});
