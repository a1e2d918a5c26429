import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, migrateV1toV2 } from './migrations';
import { SETTINGS_VERSION } from './schema';

describe('settings migrations', () => {
  it('has one numbered migration for every version after 1', () => {
    const numbers = Object.keys(SETTINGS_MIGRATIONS).map(Number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });

  it.each([
    ['icbc.com.cn, example.com', ['icbc.com.cn', 'example.com']],
    ['icbc.com.cn，Example.COM；taobao.com', ['icbc.com.cn', 'Example.COM', 'taobao.com']],
    ['  a.com\n b.com ;; c.com  ', ['a.com', 'b.com', 'c.com']],
    ['a.com、b.com', ['a.com', 'b.com']],
    ['', []],
  ])('v1 → v2 splits the trusted string %j', (stored, trusted) => {
    expect(migrateV1toV2({ trustedDomains: stored })).toEqual({ trusted });
  });

  it('v1 → v2 keeps other keys for the repair step to judge', () => {
    expect(migrateV1toV2({ trustedDomains: 'a.com', meetingWindowMinutes: 60 })).toEqual({
      trusted: ['a.com'],
      meetingWindowMinutes: 60,
    });
  });

  it.each([[null], ['garbage'], [42], [[1, 2]], [{ trusted: ['a.com'] }]])(
    'v1 → v2 passes an unrecognised value %j through unchanged',
    (value) => {
      expect(migrateV1toV2(value)).toEqual(value);
    },
  );

  it('v1 → v2 leaves a non-string trustedDomains for repair to report', () => {
    expect(migrateV1toV2({ trustedDomains: 7 })).toEqual({ trusted: 7 });
  });
});
