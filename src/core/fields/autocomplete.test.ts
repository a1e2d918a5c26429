import { describe, expect, it } from 'vitest';
import { autocompleteCue } from './autocomplete';

describe('autocompleteCue', () => {
  it.each([
    ['cc-number', 'card-number'],
    ['billing cc-number', 'card-number'],
    ['section-checkout shipping cc-csc', 'card-cvv'],
    ['CC-EXP-MONTH', 'card-expiry'],
    ['cc-exp-year', 'card-expiry'],
    ['one-time-code', 'otp'],
    ['tel-national', 'phone'],
    ['current-password webauthn', 'password'],
  ])('%s → %s', (value, kind) => expect(autocompleteCue(value)?.kind).toBe(kind));

  it.each(['cc-name', 'postal-code', 'email', 'street-address', 'cc-type'])('%s is an ordinary field', (value) => {
    expect(autocompleteCue(value)).toMatchObject({ ordinary: true, token: value });
  });

  it.each(['', 'off', 'on', 'nope', 'fake'])('"%s" says nothing', (value) => expect(autocompleteCue(value)).toBeNull());
});
