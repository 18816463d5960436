import { describe, expect, it } from 'vitest';
import { isGeldigBsn } from './bsn.js';

describe('isGeldigBsn (elfproef)', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'sum not divisible by 11'],
    ['000000000', 'all zeros'],
    ['12345678', 'too short'],
    ['1234567820', 'too long'],
    ['12345678a', 'not digits'],
    [' 23456782', 'space'],
  ])('refuses %s (%s)', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });

  it('computes the weights 9..2 and −1 by hand for 111222333', () => {
    // 1·9 + 1·8 + 1·7 + 2·6 + 2·5 + 2·4 + 3·3 + 3·2 − 3·1 = 66 = 6·11
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('111222334')).toBe(false);
  });
});
