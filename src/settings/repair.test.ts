import { describe, expect, it } from 'vitest';
import { normalizeTrustedDomain } from '@/core/domain';
import { describeValue, repairSettings } from './repair';
import { DEFAULT_SETTINGS, TRUSTED_MAX } from './schema';

const repair = (raw: unknown) => repairSettings(raw, normalizeTrustedDomain);
const sound = { trusted: ['example.com'], meetingWindowMinutes: 60 };

describe('repairSettings', () => {
  it('treats nothing stored as a first run: defaults, no repairs', () => {
    expect(repair(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS }, repairs: [] });
    expect(repair(null)).toEqual({ settings: { ...DEFAULT_SETTINGS }, repairs: [] });
  });

  it('keeps a sound value as it is and reports nothing', () => {
    expect(repair(sound)).toEqual({ settings: sound, repairs: [] });
  });

  it.each([['a string'], [42], [[1, 2]], [true]])('resets a stored %j that is not an object, and says so', (raw) => {
    const { settings, repairs } = repair(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repairs).toEqual([{ code: 'settings-not-object', field: 'settings', detail: describeValue(raw) }]);
  });

  it.each([
    ['meetingWindowMinutes', 'thirty'],
    ['meetingWindowMinutes', 0],
    ['meetingWindowMinutes', 1000],
    ['meetingWindowMinutes', 12.5],
    ['trusted', 'example.com'],
  ] as const)('repairs only the bad field %s = %j and keeps the others', (field, value) => {
    const { settings, repairs } = repair({ ...sound, [field]: value });
    expect(settings).toEqual({ ...sound, [field]: field === 'trusted' ? [] : DEFAULT_SETTINGS[field] });
    expect(repairs).toEqual([{ code: 'setting-invalid', field, detail: describeValue(value) }]);
  });

  it('fills a missing field with its default and reports it', () => {
    const { settings, repairs } = repair({ trusted: ['example.com'] });
    expect(settings.meetingWindowMinutes).toBe(30);
    expect(repairs).toEqual([{ code: 'setting-missing', field: 'meetingWindowMinutes' }]);
  });

  it('drops an unknown key and reports it with its value', () => {
    const { settings, repairs } = repair({ ...sound, colour: 'red' });
    expect(settings).toEqual(sound);
    expect(repairs).toEqual([{ code: 'setting-unknown', field: 'settings', detail: 'colour: "red"' }]);
  });

  it('drops each bad trusted entry with the normaliser reason, keeps the good ones', () => {
    const { settings, repairs } = repair({ ...sound, trusted: ['example.com', 'com.cn', 42, 'taobao.com'] });
    expect(settings.trusted).toEqual(['example.com', 'taobao.com']);
    expect(repairs).toEqual([
      { code: 'trusted-entry-invalid', field: 'trusted', detail: 'com.cn', cause: { code: 'trusted-public-suffix', detail: 'com.cn' } },
      { code: 'trusted-entry-invalid', field: 'trusted', detail: '42' },
    ]);
  });

  it('normalises an entry (URL, upper case) and merges duplicates, reporting both', () => {
    const { settings, repairs } = repair({ ...sound, trusted: ['https://Shop.Example.com/cart', 'example.com'] });
    expect(settings.trusted).toEqual(['example.com']);
    expect(repairs.map((r) => r.code)).toEqual(['trusted-entry-normalised', 'trusted-entry-duplicate']);
    expect(repairs[0]?.detail).toBe('https://Shop.Example.com/cart → example.com');
  });

  it('sorts the trusted list without calling it a repair', () => {
    const { settings, repairs } = repair({ ...sound, trusted: ['taobao.com', 'example.com'] });
    expect(settings.trusted).toEqual(['example.com', 'taobao.com']);
    expect(repairs).toEqual([]);
  });

  it('cuts an oversized trusted list to the maximum and reports how many there were', () => {
    const many = Array.from({ length: TRUSTED_MAX + 3 }, (_, i) => `site${String(i).padStart(4, '0')}.com`);
    // Stored in reverse: what is kept is the first 500 in alphabetical order, as the report says.
    const { settings, repairs } = repair({ ...sound, trusted: [...many].reverse() });
    expect(settings.trusted).toEqual(many.slice(0, TRUSTED_MAX));
    expect(repairs).toEqual([{ code: 'trusted-too-many', field: 'trusted', detail: String(TRUSTED_MAX + 3) }]);
  });
});

describe('describeValue', () => {
  it.each([
    ['abc', '"abc"'],
    [42, '42'],
    [undefined, 'undefined'],
    [{ a: 1 }, '{"a":1}'],
  ])('prints %j as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('caps long values so a repair report stays readable', () => {
    expect(describeValue('x'.repeat(500))).toHaveLength(80);
  });
});
