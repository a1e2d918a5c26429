// The popup's line for a page that kept our in-page warning off it (background warning-removed.ts): the popup, and
// the warning window that shows the same view, say what the page did, why it matters and the one thing to do.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';
import { useLocale } from '@/i18n/fake-i18n';
import { knowledgeWords } from './knowledge-words';
import { renderVerdict } from './render';
import { verdictView } from './view-model';

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
});

const domain = { host: 'alipay-refund.cn', registrableDomain: 'alipay-refund.cn', kind: 'lookalike' as const, brand: 'alipay', insecure: false, reasons: [] };

function tab(level: Level, marks: Partial<FrameState>[] = [{}]): TabState {
  const frames: FrameState[] = marks.map((mark, frameId) => ({
    frameId,
    url: 'https://alipay-refund.cn/pay',
    domain,
    verdict: { url: 'https://alipay-refund.cn/pay', level, fields: [], domain, signals: [], advice: [], cases: [], rules: [] },
    ...mark,
  }));
  return { tabId: 3, level, frames, fields: [], updatedAt: 1 };
}

function line(state: TabState, locale: 'zh_CN' | 'en'): string | null {
  useLocale(locale);
  const view = verdictView(state)!;
  const root = document.createElement('main');
  root.append(...renderVerdict(view, knowledgeWords(locale === 'en' ? 'en' : 'zh')));
  // Inside the status box, right under what is happening.
  return root.querySelector('#verdict > [data-testid="warning-removed"]')?.textContent ?? null;
}

describe('the popup line for a page that removed our warning', () => {
  it.each(['danger', 'caution'] as const)('shows at %s, in Chinese and in English', (level) => {
    const state = tab(level, [{}, { warningRemoved: true }]);
    expect(verdictView(state)?.warningRemoved).toBe(true);
    const zh = line(state, 'zh_CN');
    expect(zh).toContain('删掉了反诈卫士');
    expect(zh).toContain('关掉这个网页');
    const en = line(state, 'en');
    expect(en).toContain("removed Fanzha Guard's warning");
    expect(en).toContain('Close this page');
  });

  it('is absent when no frame removed it', () => {
    expect(verdictView(tab('danger'))?.warningRemoved).toBeUndefined();
    expect(line(tab('danger'), 'zh_CN')).toBeNull();
  });
});
