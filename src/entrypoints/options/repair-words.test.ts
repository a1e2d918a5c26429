import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/i18n/fake-i18n';
import { REPAIR_CODES, type SettingsRepair } from '@/settings';
import { importProblemLine, repairLine } from './repair-words';

const brandName = (id: string) => ({ alipay: '支付宝' })[id];

describe('repairLine', () => {
  beforeEach(() => useLocale('zh_CN'));

  it.each([
    [{ code: 'settings-not-object', field: 'settings', detail: '"{broken"' }, '整个设置都损坏了，已恢复默认。原来的内容："{broken"'],
    [{ code: 'setting-missing', field: 'meetingWindowMinutes' }, '缺少“网络会议之后严格提醒的时间”，已用默认值。'],
    [{ code: 'setting-invalid', field: 'meetingWindowMinutes', detail: '"soon"' }, '“网络会议之后严格提醒的时间”的值不对（"soon"），已用默认值。'],
    [{ code: 'setting-unknown', field: 'settings', detail: 'colour: "red"' }, '删掉了不认识的设置：colour: "red"'],
    [
      { code: 'trusted-entry-invalid', field: 'trusted', detail: 'alipay-refund.cn', cause: { code: 'trusted-lookalike', detail: 'alipay' } },
      '信任列表里的“alipay-refund.cn”不能用，已删掉。这个网址在模仿支付宝。骗子常让人把这种网址加进信任列表。',
    ],
    [{ code: 'trusted-entry-invalid', field: 'trusted', detail: '42' }, '信任列表里的“42”不能用，已删掉。'],
    [{ code: 'trusted-entry-normalised', field: 'trusted', detail: 'A.com → a.com' }, '信任列表里的一项已改成标准写法：A.com → a.com'],
    [{ code: 'trusted-entry-duplicate', field: 'trusted', detail: 'a.com' }, '信任列表里“a.com”重复了，只留一个。'],
    [{ code: 'trusted-too-many', field: 'trusted', detail: '503' }, '信任列表太长（503 个）。按字母顺序留下了前 500 个，其余的已删掉。'],
  ] as [SettingsRepair, string][])('%j', (repair, line) => {
    expect(repairLine(repair, brandName)).toBe(line);
  });

  it('has words for every repair code, in both languages', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      useLocale(locale);
      for (const code of REPAIR_CODES) {
        const line = repairLine({ code, field: 'trusted', detail: 'x' }, brandName);
        expect(line, `${locale} ${code}`).not.toMatch(/^repair|undefined/);
        expect(line.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('importProblemLine', () => {
  beforeEach(() => useLocale('en'));

  it('names the entry by its position from 1, and the reason once', () => {
    expect(importProblemLine({ index: 3, entry: 'bad host', reason: { code: 'trusted-invalid', detail: 'bad host' } }, brandName)).toBe(
      'Entry 4 “bad host”: This is not a web address.',
    );
  });

  it('describes a problem with the whole file without a position', () => {
    expect(importProblemLine({ index: null, reason: { code: 'import-not-json' } }, brandName)).toBe(
      'This is not a file exported by Fanzha Guard (it is not JSON).',
    );
  });
});
