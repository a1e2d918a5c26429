import { describe, expect, it } from 'vitest';
import { normalizeTrustedDomain } from '@/core/domain';
import { TRUSTED_MAX } from './schema';
import { TRUSTED_FILE_MAX_CHARS, formatTrustedFile, parseTrustedFile } from './trusted-file';

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
