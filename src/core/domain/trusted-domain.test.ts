import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTrustedDomain } from './trusted-domain';

describe('normalizeTrustedDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://Shop.Example.com:8443/cart?x=1#top', 'example.com'],
    ['http://user:secret@www.example.com/', 'example.com'],
    ['*.example.co.uk', 'example.co.uk'],
    ['www.example.com.', 'example.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['someone.github.io', 'someone.github.io'],
    ['www.icbc.com.cn', 'icbc.com.cn'],
  ])('%j → %s', (input, domain) => {
    expect(normalizeTrustedDomain(input)).toEqual({ ok: true, domain });
  });

  it.each([
    ['', 'trusted-empty'],
    ['   ', 'trusted-empty'],
    ['exa mple.com', 'trusted-invalid'],
    ['http://', 'trusted-invalid'],
    ['localhost', 'trusted-invalid'],
    ['<script>', 'trusted-invalid'],
    ['192.168.1.1', 'trusted-ip'],
    ['http://[::1]/', 'trusted-ip'],
    ['com.cn', 'trusted-public-suffix'],
    ['co.uk', 'trusted-public-suffix'],
    ['github.io', 'trusted-public-suffix'],
    ['intranet.corp-notatld', 'trusted-unknown-suffix'],
    ['alipay-refund.cn', 'trusted-lookalike'],
    ['www.jd.com.vip-cancel.cc', 'trusted-lookalike'],
    ['аlipay.com', 'trusted-lookalike'],
  ])('refuses %j (%s)', (input, code) => {
    const result = normalizeTrustedDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.code).toBe(code);
  });

  it('answers any string, never throwing; an accepted domain is lower-case ASCII and normalises to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (input) => {
        const result = normalizeTrustedDomain(input);
        if (result.ok) {
          expect(result.domain).toMatch(/^[a-z0-9.-]+$/);
          expect(normalizeTrustedDomain(result.domain)).toEqual(result);
        } else {
          expect(result.reason.code).toMatch(/^trusted-/);
        }
      }),
    );
  });
});
