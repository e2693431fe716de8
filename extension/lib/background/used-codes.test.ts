import { describe, expect, it } from 'vitest';
import { createUsedCodes } from './used-codes.ts';

const ORIGIN = 'https://www.c-point.be';

describe('createUsedCodes', () => {
  it('remembers a code the page submitted after Havencode gave it, on that origin only', () => {
    const codes = createUsedCodes(() => 0);
    const tab = codes.at(1, ORIGIN);
    tab.gave('123456');
    expect(tab.wasUsed('123456')).toBe(false);
    tab.submitted('123456');
    expect(tab.wasUsed('123456')).toBe(true);
    expect(codes.at(2, ORIGIN).wasUsed('123456')).toBe(true);
    expect(codes.at(1, 'https://my.cepa.be').wasUsed('123456')).toBe(false);
  });

  it('ignores codes Havencode did not give that tab', () => {
    const codes = createUsedCodes(() => 0);
    codes.at(1, ORIGIN).gave('123456');
    codes.at(2, ORIGIN).submitted('123456');
    codes.at(1, ORIGIN).submitted('654321');
    expect(codes.at(1, ORIGIN).wasUsed('123456')).toBe(false);
    expect(codes.at(1, ORIGIN).wasUsed('654321')).toBe(false);
  });

  it('forgets after two minutes', () => {
    let now = 0;
    const tab = createUsedCodes(() => now).at(1, ORIGIN);
    tab.gave('123456');
    tab.submitted('123456');
    now = 120_001;
    expect(tab.wasUsed('123456')).toBe(false);
  });
});
