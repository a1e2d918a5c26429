// @vitest-environment jsdom
// A page drawn whole in a closed shadow root (red-team review: <div><template shadowrootmode="closed">story + form,
// no script): scanned at load, its fields and its text, before anyone focuses a field.
import { afterEach, describe, expect, it } from 'vitest';
import type { CsBgPageReaders, CsBgScan, ScanResponse } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import { earlyEvents } from '@/platform/early-events';
import { seeField } from '@/sensor/seen-text';
import { PAGE_READERS_GLOBAL, type PageReadersApi } from '../page-readers/api';
import { createGuard, type Guard } from './guard';
import { pageReadersWith } from './page-readers';

const ctx: ScriptContext = { isInvalid: false, onInvalidated: () => () => {}, setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number };
const world = globalThis as Record<string, unknown>;
const sent: CsBgScan[] = [];

async function sendScan(message: CsBgScan | CsBgPageReaders): Promise<ScanResponse> {
  if (message.type === 'cs-bg-page-readers') {
    world[PAGE_READERS_GLOBAL] ??= { version: 1, seeField, readers: pageReadersWith } satisfies PageReadersApi;
    return { level: 'none' };
  }
  sent.push(structuredClone(message));
  return { level: 'none' };
}

let guard: Guard | null = null;
afterEach(() => {
  guard?.stop(true);
  guard = null;
  sent.length = 0;
  delete world[PAGE_READERS_GLOBAL];
});

describe('a page in a closed shadow root', () => {
  it('is scanned at the first scan: its card field, its headings and its text', async () => {
    document.title = '中心';
    document.body.innerHTML = '<div id="page"></div>';
    const host = document.getElementById('page')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<h2>退款办理</h2><p>请核对后填写以下信息</p><label>银行卡号 <input></label>';
    // As chrome.dom.openOrClosedShadowRoot answers a content script.
    const asked: Element[] = [];
    const read = (el: Element): ShadowRoot | null => (asked.push(el), el === host ? root : null);
    guard = createGuard(ctx, document, sendScan as Parameters<typeof createGuard>[2], earlyEvents(window), read);
    await guard.run({ proceed: true, domainKind: 'unknown' });
    expect(sent).toHaveLength(1);
    const { facts } = sent[0]!;
    expect(facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(facts.headings).toContain('退款办理');
    expect(facts.text).toBe('退款办理 请核对后填写以下信息 银行卡号');
    // The body (also as the page's active element) and its one child, nothing else.
    expect(new Set(asked)).toEqual(new Set([document.body, host]));
  });
});
