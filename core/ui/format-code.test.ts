import { describe, expect, it } from 'vitest';
import { groupDigits } from './format-code.ts';

describe('groupDigits', () => {
  it.each([
    ['123456', '123 456'],
    ['1234567', '123 4567'],
    ['12345678', '1234 5678'],
    ['123456789', '123 456 789'],
    ['0123456789', '012 345 6789'],
    ['12345', '12345'],
  ])('%s → %s', (code, grouped) => {
    expect(groupDigits(code)).toBe(grouped);
  });
});
