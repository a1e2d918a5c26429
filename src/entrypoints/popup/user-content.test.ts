// The popup on a form on an official host anyone publishes on (wj.qq.com): the site line says the site is real and the
// form anyone's, the rule says why, and "trust this site" is not offered. Red team round 2, finding 3.
import { JSDOM } from 'jsdom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluateFindings } from '@/core/engine';
import type { FieldKind } from '@/core/types';
import { useLocale } from '@/i18n/fake-i18n';
import type { TabState } from '@/messaging/protocol';
import { knowledgeWords } from './knowledge-words';
import { renderVerdict } from './render';
import { verdictView } from './view-model';

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
});

function tabOf(url: string, kinds: FieldKind[]): TabState {
  const fields = kinds.map((kind, index) => ({ index, kind, id: null, name: null, reasons: [{ code: 'label', detail: 'x' }] }));
  const v = evaluateFindings({ url, title: '', headings: [], text: '', fields }, { trusted: [] });
  return { tabId: 7, level: v.level, frames: [{ frameId: 0, url, domain: v.domain, verdict: v }], fields: fields.map((f) => ({ ...f, frameId: 0 })), updatedAt: 1 };
}

function mount(nodes: HTMLElement[]): HTMLElement {
  const root = document.createElement('main');
  root.append(...nodes);
  document.body.replaceChildren(root);
  return root;
}

describe('popup on a user-content host', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('says the site is the real 腾讯问卷 but anyone can publish a form, and explains the card rule', () => {
    const view = verdictView(tabOf('https://wj.qq.com/s/1', ['card-number', 'otp']))!;
    expect(view).toMatchObject({ level: 'caution', domainKind: 'user-content', userContent: 'tencent-survey', canTrust: false });
    expect(view.officialBrand).toBeUndefined();
    expect(view.notScanned).toBeUndefined();
    expect(view.why.map((w) => w.reason.code)).toEqual(['card-field-on-user-content-host']);
    const root = mount(renderVerdict(view, knowledgeWords('zh')));
    expect(root.querySelector('#site-user-content')?.textContent).toBe('这是腾讯问卷的真网站，但谁都能在上面发表单。');
    expect(root.querySelector('#site-official')).toBeNull();
    expect(root.querySelector('[data-code="card-field-on-user-content-host"]')?.textContent).toBe('它要银行卡信息。这个表单是别人在这里发的，不是银行或平台的表单。');
  });

  it('in English too', () => {
    useLocale('en');
    const root = mount(renderVerdict(verdictView(tabOf('https://wj.qq.com/s/1', ['card-pin']))!, knowledgeWords('en')));
    expect(root.querySelector('#site-user-content')?.textContent).toBe('This is the real Tencent Survey site, but anyone can publish a form on it.');
  });

  it('a plain survey there is quiet, and the site line still says whose form it is not', () => {
    const view = verdictView(tabOf('https://wj.qq.com/s/1', ['phone']))!;
    expect(view).toMatchObject({ level: 'none', why: [], userContent: 'tencent-survey' });
    const root = mount(renderVerdict(view, knowledgeWords('zh')));
    expect(root.querySelector('#site-user-content')?.textContent).toContain('腾讯问卷');
  });

  it('an ordinary official site keeps its line', () => {
    const view = verdictView(tabOf('https://pay.qq.com/', []))!;
    expect(view.userContent).toBeUndefined();
    expect(view.officialBrand).toBe('tencent');
  });
});
