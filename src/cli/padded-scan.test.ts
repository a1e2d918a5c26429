// The scan command reads a page past the 50,000-character text cap as the extension does (red-team round 4,
// finding 1; sensor/page-text-window.ts): a saved claim page whose refund story sits behind 77,000 characters of
// filler no one sees scans as its unpadded copy, "danger" with the card + code + scam-script rule. It read the
// page's start only, so the saved page was "caution" while the live one was "!!". jsdom has no layout: the window
// near the first sensitive field does it alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCAN = resolve(import.meta.dirname, 'scan.ts');
const URL = 'https://peifu-dengji.cn/';
const FILLER = '本站隐私政策及服务条款说明。'.repeat(5500);
const claimPage = (before: string): string => `<!doctype html><meta charset="utf-8"><title>赔付登记</title>
${before}
<h2>售后赔付登记</h2>
<p>您好，您购买的商品经检测存在质量问题，平台已为您申请理赔，请在下方填写收款银行卡号、预留手机号和短信验证码，理赔款当天到账。</p>
<form>
  <p><label>银行卡号 <input id="card" name="a1"></label></p>
  <p><label>预留手机号 <input id="tel" name="a2"></label></p>
  <p><label>短信验证码 <input id="code" name="a3"></label></p>
  <button type="button">提交</button>
</form>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'padded-scan-'));
  writeFileSync(join(dir, 'control.html'), claimPage(''));
  writeFileSync(join(dir, 'hidden.html'), claimPage(`<div style="display:none">${FILLER}</div>`));
  writeFileSync(join(dir, 'tiny.html'), claimPage(`<div style="font-size:2px;color:#fff">${FILLER}</div>`));
  writeFileSync(
    join(dir, 'pages.jsonl'),
    ['control', 'hidden', 'tiny'].map((name) => JSON.stringify({ file: `${name}.html`, url: URL })).join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan CLI: a claim page padded past the text cap', { timeout: 90_000 }, () => {
  it('scans as its unpadded copy: danger, with the card + code + scam-script rule', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', SCAN, '--batch', join(dir, 'pages.jsonl')], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const verdicts = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: string; rules: { code: string }[] });
    expect(verdicts).toHaveLength(3);
    for (const v of verdicts) {
      expect(v.level).toBe('danger');
      expect(v.rules.map((r) => r.code)).toContain('card-and-code-with-scam-script');
    }
  });
});
