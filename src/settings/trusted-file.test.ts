import { describe, expect, it } from 'vitest';
import { normalizeTrustedDomain } from '@/core/domain';
import { TRUSTED_MAX } from './schema';
import { TRUSTED_FILE_MAX_CHARS, decodeTrustedFile, formatTrustedFile, parseTrustedFile } from './trusted-file';

const parse = (text: string) => parseTrustedFile(text, normalizeTrustedDomain);

describe('parseTrustedFile accepts', () => {
  it.each([
    ['a bare array', '["example.com", "taobao.com"]'],
    ['the export format', '{"format":"fanzha-guard-trusted","version":1,"trusted":["example.com","taobao.com"]}'],
    ['an object with only the list', '{"trusted":["taobao.com","example.com"]}'],
    ['a file with a byte-order mark', '\uFEFF["example.com","taobao.com"]'],
    ['URLs and upper case, normalised and deduplicated', '["https://WWW.Example.com:8443/a?b", "example.com", "taobao.com"]'],
  ])('%s', (_, text) => {
    expect(parse(text)).toEqual({ ok: true, domains: ['example.com', 'taobao.com'] });
  });

  it('a list that holds more than the limit only as written, not as sites', () => {
    // 300 sites, each twice ("www." and bare): 600 entries, 300 sites.
    const entries = Array.from({ length: 300 }, (_, i) => [`www.s${i}.com`, `s${i}.com`]).flat();
    const result = parse(JSON.stringify(entries));
    expect(result.ok && result.domains.length).toBe(300);
  });

  it('reads back exactly what export writes', () => {
    expect(parse(formatTrustedFile(['example.com', 'xn--fsqu00a.xn--fiqs8s']))).toEqual({
      ok: true,
      domains: ['example.com', 'xn--fsqu00a.xn--fiqs8s'],
    });
  });
});

describe('parseTrustedFile refuses', () => {
  it.each([
    ['text that is not JSON', 'example.com, taobao.com', 'import-not-json'],
    ['a JSON string', '"example.com"', 'import-no-list'],
    ['an object without a list', '{"domains":["example.com"]}', 'import-no-list'],
    ['another program\'s file', '{"format":"bookmarks","trusted":[]}', 'import-wrong-format'],
    ['a future version', '{"version":2,"trusted":["example.com"]}', 'import-unsupported-version'],
    ['a huge file', `[${'"a.com",'.repeat(TRUSTED_FILE_MAX_CHARS / 8)}"a.com"]`, 'import-too-large'],
    ['too many entries', JSON.stringify(Array.from({ length: TRUSTED_MAX + 1 }, (_, i) => `s${i}.com`)), 'import-too-many'],
  ])('%s as a whole', (_, text, code) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ index: null, reason: { code } });
    }
  });

  it('more sites than the limit, counted as sites', () => {
    const entries = Array.from({ length: TRUSTED_MAX + 1 }, (_, i) => `s${i}.com`);
    expect(parse(JSON.stringify([...entries, ...entries]))).toEqual({
      ok: false,
      problems: [{ index: null, reason: { code: 'import-too-many', detail: String(TRUSTED_MAX + 1) } }],
    });
  });

  it('a file with bad entries, naming each one and its reason', () => {
    const result = parse('["example.com", "com.cn", 7, "alipay-refund.cn", "192.168.1.1", "taobao.com"]');
    expect(result).toEqual({
      ok: false,
      problems: [
        { index: 1, entry: 'com.cn', reason: { code: 'trusted-public-suffix', detail: 'com.cn' } },
        { index: 2, entry: '7', reason: { code: 'import-entry-not-text' } },
        { index: 3, entry: 'alipay-refund.cn', reason: { code: 'trusted-lookalike', detail: 'alipay' } },
        { index: 4, entry: '192.168.1.1', reason: { code: 'trusted-ip', detail: '192.168.1.1' } },
      ],
    });
  });
});

describe('decodeTrustedFile', () => {
  const text = '["例子.cn", "taobao.com"]';
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16 little-endian with a byte-order mark (Notepad "Unicode")', utf16(true)],
    ['UTF-16 big-endian with a byte-order mark', utf16(false)],
  ])('reads %s', (_, bytes) => {
    expect(decodeTrustedFile(bytes)).toEqual({ ok: true, text });
  });

  it('refuses a file in another encoding by name instead of reading garbage', () => {
    // "例子.cn" in GBK: not UTF-8, and no byte-order mark.
    const gbk = new Uint8Array([0x5b, 0x22, 0xc0, 0xfd, 0xd7, 0xd3, 0x2e, 0x63, 0x6e, 0x22, 0x5d]);
    expect(decodeTrustedFile(gbk)).toEqual({ ok: false, problems: [{ index: null, reason: { code: 'import-not-text' } }] });
  });

  it('refuses a file too large to be a list before decoding it', () => {
    const result = decodeTrustedFile(new Uint8Array(TRUSTED_FILE_MAX_CHARS * 4 + 1));
    expect(result).toMatchObject({ ok: false, problems: [{ index: null, reason: { code: 'import-too-large' } }] });
  });
});
