import { describe, expect, it } from 'vitest';
import { REASON_TABLE } from '@/i18n/reason-words';
import { domain, finding, verdict } from './test-factories';
import { SCAN_UNREADABLE, unreadableVerdict } from './unreadable-scan';

describe('unreadableVerdict (a scan the background could not read)', () => {
  it.each(['unknown', 'lookalike', 'ip'] as const)('a %s site with nothing against its address alone is a caution, with the reason', (kind) => {
    const v = unreadableVerdict(verdict({ domain: domain({ kind }) }), null);
    expect(v.level).toBe('caution');
    expect(v.rules).toEqual([{ code: SCAN_UNREADABLE }]);
    expect(v.advice).toEqual(['stop-if-phone-sent-you']);
  });

  it('keeps what the address alone gave, and adds the reason after it', () => {
    const urlOnly = verdict({ level: 'caution', domain: domain({ kind: 'lookalike', brand: 'alipay' }), rules: [{ code: 'lookalike-host' }], advice: ['check-address'] });
    expect(unreadableVerdict(urlOnly, null)).toEqual({ ...urlOnly, rules: [{ code: 'lookalike-host' }, { code: SCAN_UNREADABLE }] });
  });

  it.each(['official', 'trusted'] as const)('on an address of kind %s it stays as the address gave it', (kind) => {
    const urlOnly = verdict({ domain: domain({ kind }) });
    expect(unreadableVerdict(urlOnly, null)).toBe(urlOnly);
  });

  it('a frame found dangerous before cannot take that back by sending something unreadable', () => {
    const before = verdict({ level: 'danger', fields: [finding(3, 'card-number')], rules: [{ code: 'card-and-code-with-money-claim' }] });
    expect(unreadableVerdict(verdict(), before)).toBe(before);
  });

  it('a quieter verdict before does not lower it', () => {
    const before = verdict({ level: 'none' });
    expect(unreadableVerdict(verdict(), before).level).toBe('caution');
  });

  it('the popup has words for the reason', () => {
    expect(REASON_TABLE[SCAN_UNREADABLE]).toEqual({ key: 'ruleScanUnreadable', fill: 'none', evidence: false });
  });
});
