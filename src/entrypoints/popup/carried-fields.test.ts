// The popup names a box that takes what carries the secret for what it takes (core/fields/carriers.ts): "整条短信"
// for a text area that asks for the whole SMS, "银行卡正面/背面的照片" for a card photo upload. Before, it listed them
// as "短信验证码" and "银行卡号", which is not what the person sees on the page.
import { JSDOM } from 'jsdom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DomainAssessment, FieldFinding, Verdict } from '@/core/types';
import type { TabState } from '@/messaging/protocol';
import { useLocale } from '@/i18n/fake-i18n';
import { knowledgeWords } from './knowledge-words';
import { renderVerdict } from './render';
import { verdictView } from './view-model';

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
});
beforeEach(() => useLocale('zh_CN'));

const domain: DomainAssessment = { host: 'peifu.example.cn', registrableDomain: 'example.cn', kind: 'unknown', insecure: false, reasons: [] };

function tabWith(fields: FieldFinding[]): TabState {
  const verdict: Verdict = { url: 'https://peifu.example.cn/', level: 'danger', fields, domain, signals: [], advice: [], cases: [], rules: [] };
  return { tabId: 1, level: 'danger', frames: [{ frameId: 0, url: verdict.url, domain, verdict }], fields: fields.map((f) => ({ ...f, frameId: 0 })), updatedAt: 1 };
}
const found = (index: number, kind: FieldFinding['kind'], code: string): FieldFinding => ({ index, kind, id: null, name: null, reasons: [{ code: 'label' }, { code }] });

function listed(fields: FieldFinding[]): string[] {
  const view = verdictView(tabWith(fields))!;
  const root = document.createElement('main');
  root.append(...renderVerdict(view, knowledgeWords('zh')));
  return [...root.querySelectorAll('#found-list li')].map((li) => li.textContent ?? '');
}

describe('the popup lists what a carrier box takes', () => {
  it('a card photo upload and a whole-SMS box by what they take', () => {
    expect(listed([found(0, 'card-number', 'card-photo'), found(1, 'card-cvv', 'card-photo'), found(2, 'otp', 'sms-message')])).toEqual([
      '银行卡正面的照片（照片上有卡号）',
      '银行卡背面的照片（照片上有安全码）',
      '整条短信（短信里有验证码）',
    ]);
  });

  it('a kind also asked for as a box to type in keeps its own name', () => {
    expect(listed([found(0, 'card-number', 'card-photo'), found(1, 'card-number', 'format'), found(2, 'otp', 'send-code-button')])).toEqual(['银行卡号', '短信验证码']);
  });
});
