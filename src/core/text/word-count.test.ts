import { describe, expect, it } from 'vitest';
import { wordCount } from './word-count';

describe('wordCount', () => {
  it('counts a Chinese run one word per two characters, any other run one word', () => {
    expect(wordCount('退款办理')).toBe(2);
    expect(wordCount('个人')).toBe(1);
    expect(wordCount('售后服务中心')).toBe(3);
    expect(wordCount('中心')).toBe(1);
    expect(wordCount('Log in 2')).toBe(3);
    expect(wordCount('网银 login')).toBe(2);
    expect(wordCount(' - | ')).toBe(0);
  });
});
