import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPAIR_LOG_MAX, repairLogItem, settingsItem } from './item';
import { SETTINGS_VERSION } from './schema';
import { formatTrustedFile } from './trusted-file';
import {
  addTrusted,
  clearRepairLog,
  exportTrusted,
  importTrusted,
  loadSettings,
  readRepairLog,
  removeTrusted,
  updateOptions,
} from './store';

/** A file's bytes as the options page reads them (UTF-8). */
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Puts a raw value (and optionally its version) into storage the way an older build would have left it. */
async function seed(value: unknown, version?: number): Promise<void> {
  await fakeBrowser.storage.local.set(version === undefined ? { settings: value } : { settings: value, settings$: { v: version } });
  await settingsItem.migrate();
}

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults on a first run and writes nothing but them', async () => {
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual({ trusted: [], meetingWindowMinutes: 30 });
    expect(repairs).toEqual([]);
    expect(await readRepairLog()).toEqual([]);
  });

  it('migrates a v1 value (comma string) to the current shape and records the version', async () => {
    await seed({ trustedDomains: 'Example.COM, taobao.com' });
    const { settings, repairs } = await loadSettings();
    expect(settings.trusted).toEqual(['example.com', 'taobao.com']);
    // The migration itself only splits; the upper case is normalised, and reported, by the repair step.
    expect(repairs).toEqual([
      { code: 'setting-missing', field: 'meetingWindowMinutes' },
      { code: 'trusted-entry-normalised', field: 'trusted', detail: 'Example.COM → example.com' },
    ]);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(await stored()).toEqual(settings);
  });

  it('does not migrate a value already at the current version', async () => {
    const current = { trusted: ['example.com'], meetingWindowMinutes: 60 };
    await seed(current, SETTINGS_VERSION);
    expect(await loadSettings()).toEqual({ settings: current, repairs: [] });
  });

  it('repairs a corrupt value, persists the repair and logs it, instead of dropping it silently', async () => {
    await seed({ trusted: ['example.com', 'com.cn'], meetingWindowMinutes: 'soon' }, SETTINGS_VERSION);
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual({ trusted: ['example.com'], meetingWindowMinutes: 30 });
    expect(repairs.map((r) => [r.code, r.field, r.detail])).toEqual([
      ['trusted-entry-invalid', 'trusted', 'com.cn'],
      ['setting-invalid', 'meetingWindowMinutes', '"soon"'],
    ]);
    expect(await stored()).toEqual(settings);
    const log = await readRepairLog();
    expect(log.map((r) => r.code)).toEqual(['trusted-entry-invalid', 'setting-invalid']);
    expect(typeof log[0]?.at).toBe('number');
    // Repaired once: the next load finds nothing to repair and logs nothing new.
    expect((await loadSettings()).repairs).toEqual([]);
    expect(await readRepairLog()).toHaveLength(2);
    await clearRepairLog();
    expect(await readRepairLog()).toEqual([]);
  });

  it('survives a stored value that is not an object at all', async () => {
    await seed('{broken json', SETTINGS_VERSION);
    const { settings, repairs } = await loadSettings();
    expect(settings.trusted).toEqual([]);
    expect(repairs).toEqual([{ code: 'settings-not-object', field: 'settings', detail: '"{broken json"' }]);
  });

  it('treats a malformed repair log as empty rather than failing', async () => {
    await repairLogItem.setValue('nonsense' as never);
    expect(await readRepairLog()).toEqual([]);
  });

  it('skips malformed entries of the repair log, so each one left can be put into words', async () => {
    const good = { code: 'setting-invalid', field: 'meetingWindowMinutes', detail: '"soon"', at: 1 };
    const goodWithCause = { code: 'trusted-entry-invalid', field: 'trusted', detail: 'com.cn', cause: { code: 'trusted-public-suffix' }, at: 2 };
    await repairLogItem.setValue([
      null,
      7,
      'setting-missing',
      { ...good, code: 'setting-exploded' },
      { ...good, field: 'colour' },
      { ...good, at: undefined },
      { ...good, at: Number.NaN },
      { ...good, detail: { toString: 1 } },
      { ...goodWithCause, cause: 'public suffix' },
      { ...goodWithCause, cause: { code: 7 } },
      good,
      goodWithCause,
    ] as never);
    expect(await readRepairLog()).toEqual([good, goodWithCause]);
  });

  it('when the repair log is full, drops reports of entries kept before reports of entries removed', async () => {
    // One load that makes more reports than the log holds: the removal comes first, the rewrites after.
    const trusted = ['com.cn', ...Array.from({ length: REPAIR_LOG_MAX + 10 }, (_, i) => `www.n${i}.com`)];
    await seed({ trusted, meetingWindowMinutes: 30 }, SETTINGS_VERSION);
    const { repairs } = await loadSettings();
    expect(repairs).toHaveLength(REPAIR_LOG_MAX + 11);
    const log = await readRepairLog();
    expect(log).toHaveLength(REPAIR_LOG_MAX);
    expect(log[0]).toMatchObject({ code: 'trusted-entry-invalid', detail: 'com.cn' });
    // The oldest rewrites went (n0 … n10); the rest are all there, in order.
    expect(log.slice(1).map((entry) => entry.detail)).toEqual(repairs.slice(12).map((repair) => repair.detail));
    expect(log[1]?.detail).toBe('www.n11.com → n11.com');
  });

  it('when the log is full of reports of entries removed, keeps the newest', async () => {
    const old = Array.from({ length: REPAIR_LOG_MAX }, (_, i) => ({ code: 'trusted-entry-invalid', field: 'trusted', detail: `old${i}`, at: 1 }));
    await repairLogItem.setValue(old as never);
    await seed({ trusted: ['com.cn'], meetingWindowMinutes: 30 }, SETTINGS_VERSION);
    await loadSettings();
    const log = await readRepairLog();
    expect(log).toHaveLength(REPAIR_LOG_MAX);
    expect(log[0]?.detail).toBe('old1');
    expect(log.at(-1)?.detail).toBe('com.cn');
  });
});

describe('addTrusted / removeTrusted', () => {
  it('adds the registrable domain of whatever was typed, once', async () => {
    expect(await addTrusted('https://Shop.Example.com:8080/cart?x=1')).toEqual({ ok: true, domain: 'example.com', added: true });
    expect(await addTrusted('example.com')).toEqual({ ok: true, domain: 'example.com', added: false });
    expect((await loadSettings()).settings.trusted).toEqual(['example.com']);
  });

  it.each([
    ['com.cn', 'trusted-public-suffix'],
    ['alipay-refund.cn', 'trusted-lookalike'],
    ['', 'trusted-empty'],
  ])('refuses %j with %s and stores nothing', async (input, code) => {
    const result = await addTrusted(input);
    expect(result).toMatchObject({ ok: false, reason: { code } });
    expect(await stored()).toBeUndefined();
  });

  it('removes a domain and reports whether it was there', async () => {
    await addTrusted('example.com');
    await addTrusted('taobao.com');
    expect(await removeTrusted('example.com')).toBe(true);
    expect(await removeTrusted('example.com')).toBe(false);
    expect((await loadSettings()).settings.trusted).toEqual(['taobao.com']);
  });
});

describe('importTrusted / exportTrusted', () => {
  it('adds every entry of a good file and says which were new', async () => {
    await addTrusted('example.com');
    const result = await importTrusted(bytesOf('["taobao.com", "https://www.example.com/"]'));
    expect(result).toEqual({ ok: true, added: ['taobao.com'], alreadyTrusted: 1, domains: ['example.com', 'taobao.com'], held: [] });
    expect((await loadSettings()).settings.trusted).toEqual(['example.com', 'taobao.com']);
  });

  it('regression: a broken import leaves the trusted list exactly as it was', async () => {
    await addTrusted('example.com');
    const before = await fakeBrowser.storage.local.get(null);
    const result = await importTrusted(bytesOf('["taobao.com", "com.cn", "jd.com"]'));
    expect(result).toEqual({
      ok: false,
      problems: [{ index: 1, entry: 'com.cn', reason: { code: 'trusted-public-suffix', detail: 'com.cn' } }],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('holds back what `hold` names (a site flagged in an open tab) and adds the rest of the file', async () => {
    await addTrusted('example.com');
    const hold = (domain: string) => domain === 'kf-lipei.top' || domain === 'example.com';
    const result = await importTrusted(bytesOf('["taobao.com", "https://www.kf-lipei.top/pay", "example.com", "jd.com"]'), hold);
    // example.com is trusted already: nothing to hold. Only kf-lipei.top is kept out.
    expect(result).toEqual({ ok: true, added: ['jd.com', 'taobao.com'], alreadyTrusted: 1, domains: ['example.com', 'jd.com', 'kf-lipei.top', 'taobao.com'], held: ['kf-lipei.top'] });
    expect((await loadSettings()).settings.trusted).toEqual(['example.com', 'jd.com', 'taobao.com']);
  });

  it('a file of held entries only leaves the list as it was', async () => {
    await addTrusted('example.com');
    const before = await fakeBrowser.storage.local.get(null);
    const result = await importTrusted(bytesOf('["kf-lipei.top"]'), () => true);
    expect(result).toMatchObject({ ok: true, added: [], held: ['kf-lipei.top'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('held entries do not count towards the limit', async () => {
    await importTrusted(bytesOf(JSON.stringify(Array.from({ length: 499 }, (_, i) => `s${i}.com`))));
    const result = await importTrusted(bytesOf('["a-new-one.com", "kf-lipei.top"]'), (domain) => domain === 'kf-lipei.top');
    expect(result).toMatchObject({ ok: true, added: ['a-new-one.com'], held: ['kf-lipei.top'] });
    expect((await loadSettings()).settings.trusted).toHaveLength(500);
  });

  it('refuses an import that would overfill the list', async () => {
    await importTrusted(bytesOf(JSON.stringify(Array.from({ length: 499 }, (_, i) => `s${i}.com`))));
    const result = await importTrusted(bytesOf('["a-new-one.com", "b-new-one.com"]'));
    expect(result).toMatchObject({ ok: false, problems: [{ index: null, reason: { code: 'import-too-many', detail: '501' } }] });
    expect((await loadSettings()).settings.trusted).toHaveLength(499);
  });

  it('exports a file that imports back to the same list', async () => {
    await importTrusted(bytesOf('["taobao.com", "example.com"]'));
    const file = await exportTrusted();
    expect(JSON.parse(file)).toEqual({ format: 'fanzha-guard-trusted', version: 1, trusted: ['example.com', 'taobao.com'] });
    fakeBrowser.reset();
    expect(await importTrusted(bytesOf(file))).toEqual({ ok: true, added: ['example.com', 'taobao.com'], alreadyTrusted: 0, domains: ['example.com', 'taobao.com'], held: [] });
  });
});

describe('updateOptions', () => {
  it('stores a valid change', async () => {
    expect(await updateOptions({ meetingWindowMinutes: 60 })).toMatchObject({ ok: true });
    expect((await loadSettings()).settings.meetingWindowMinutes).toBe(60);
  });

  it('refuses an out-of-range value and keeps the old one', async () => {
    await updateOptions({ meetingWindowMinutes: 60 });
    expect(await updateOptions({ meetingWindowMinutes: 100000 })).toEqual({ ok: false, field: 'meetingWindowMinutes' });
    expect((await loadSettings()).settings.meetingWindowMinutes).toBe(60);
  });
});

describe('changes at the same moment (popup, options page and background share the stored list)', () => {
  it('loses none of them: each change reads what the one before it wrote', async () => {
    const results = await Promise.all([
      addTrusted('a-shop.com'),
      addTrusted('b-shop.com'),
      importTrusted(bytesOf(formatTrustedFile(['c-shop.com', 'd-shop.com']))),
      updateOptions({ meetingWindowMinutes: 60 }),
      addTrusted('e-shop.com'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const { settings } = await loadSettings();
    expect(settings).toEqual({ trusted: ['a-shop.com', 'b-shop.com', 'c-shop.com', 'd-shop.com', 'e-shop.com'], meetingWindowMinutes: 60 });
  });

  it('a removal and an addition at once both take effect', async () => {
    await addTrusted('old-shop.com');
    await Promise.all([removeTrusted('old-shop.com'), addTrusted('new-shop.com')]);
    expect((await loadSettings()).settings.trusted).toEqual(['new-shop.com']);
  });

  it('a change that fails does not block the ones after it', async () => {
    const results = await Promise.all([addTrusted('not a domain'), addTrusted('ok-shop.com')]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect((await loadSettings()).settings.trusted).toEqual(['ok-shop.com']);
  });
});
