import { describe, expect, it } from 'vitest';
import { MAX_LIVE_IDS, parseHookMessage, parseRelayMessage, randomHex, SHARE_ID } from './hook-protocol';

const ID = 'a'.repeat(32);
const ID2 = '0123456789abcdef0123456789abcdef';

describe('parseHookMessage', () => {
  it.each([
    [{ v: 1, t: 'start', id: ID }],
    [{ v: 1, t: 'end', id: ID2 }],
    [{ v: 1, t: 'live', nonce: 'f'.repeat(16), ids: [ID, ID2] }],
    [{ v: 1, t: 'live', nonce: 'f'.repeat(16), ids: [] }],
  ])('accepts %j', (msg) => {
    expect(parseHookMessage(msg)).toEqual(msg);
  });

  it.each([
    ['null', null],
    ['a string', 'start'],
    ['an array', [1, 'start', ID]],
    ['wrong version', { v: 2, t: 'start', id: ID }],
    ['unknown type', { v: 1, t: 'stop', id: ID }],
    ['upper-case id', { v: 1, t: 'end', id: ID.toUpperCase() }],
    ['short id', { v: 1, t: 'end', id: 'abc' }],
    ['id that is a number', { v: 1, t: 'end', id: 12 }],
    ['extra key', { v: 1, t: 'end', id: ID, tabId: 3 }],
    ['missing id', { v: 1, t: 'end' }],
    ['live without nonce', { v: 1, t: 'live', ids: [] }],
    ['live with bad id inside', { v: 1, t: 'live', nonce: 'f'.repeat(16), ids: [ID, 'x'] }],
    ['live with too many ids', { v: 1, t: 'live', nonce: 'f'.repeat(16), ids: Array(MAX_LIVE_IDS + 1).fill(ID) }],
  ])('rejects %s', (_name, msg) => {
    expect(parseHookMessage(msg)).toBeNull();
  });

  it('drops duplicate ids from a live answer', () => {
    expect(parseHookMessage({ v: 1, t: 'live', nonce: 'f'.repeat(16), ids: [ID, ID] })).toEqual({
      v: 1,
      t: 'live',
      nonce: 'f'.repeat(16),
      ids: [ID],
    });
  });
});

describe('parseRelayMessage', () => {
  it('accepts a query', () => {
    expect(parseRelayMessage({ v: 1, t: 'query', nonce: '0'.repeat(16) })).toEqual({ v: 1, t: 'query', nonce: '0'.repeat(16) });
  });
  it.each([[{ v: 1, t: 'query' }], [{ v: 1, t: 'query', nonce: 'zz' }], [{ v: 1, t: 'start', id: ID }], [undefined]])(
    'rejects %j',
    (msg) => {
      expect(parseRelayMessage(msg)).toBeNull();
    },
  );
});

describe('randomHex', () => {
  it('makes share ids of the expected shape that differ', () => {
    const a = randomHex(globalThis.crypto, 16);
    const b = randomHex(globalThis.crypto, 16);
    expect(a).toMatch(SHARE_ID);
    expect(b).toMatch(SHARE_ID);
    expect(a).not.toBe(b);
  });
});
