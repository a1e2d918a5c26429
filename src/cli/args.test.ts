import { describe, expect, it } from 'vitest';
import { parseScanArgs } from './args';

describe('parseScanArgs', () => {
  it('reads a single page with repeated --trusted', () => {
    expect(parseScanArgs(['--url', 'https://a.example/', '--trusted', 'a.example', '--trusted', 'b.example', 'page.html'])).toEqual({
      mode: 'single',
      url: 'https://a.example/',
      trusted: ['a.example', 'b.example'],
      file: 'page.html',
    });
  });

  it('reads a batch', () => {
    expect(parseScanArgs(['--batch', 'pages.jsonl'])).toEqual({ mode: 'batch', file: 'pages.jsonl' });
  });

  it.each([
    [[]],
    [['page.html']],
    [['--url', 'https://a.example/']],
    [['--url', 'https://a.example/', 'one.html', 'two.html']],
    [['--batch', 'pages.jsonl', 'page.html']],
    [['--batch', 'pages.jsonl', '--url', 'https://a.example/']],
    [['--verbose', 'page.html']],
    [['--url']],
  ])('refuses %j as wrong usage', (argv) => {
    expect(parseScanArgs(argv).mode).toBe('usage-error');
  });

  it.each([
    [['--url', 'http://alipay-tuikuan.com/', '--url', 'http://shop-example.cn/', 'page.html'], '--url'],
    [['--batch', 'a.jsonl', '--batch', 'b.jsonl'], '--batch'],
  ])('refuses a repeated %j instead of keeping the last', (argv, option) => {
    expect(parseScanArgs(argv)).toEqual({ mode: 'usage-error', message: `${option} given more than once` });
  });
});
