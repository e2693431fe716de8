import { describe, expect, it } from 'vitest';
import { measureClockOffset } from './clock.ts';

describe('measureClockOffset', () => {
  const received = Date.parse('2026-11-21T10:00:00Z');

  it.each([
    ['a clock 90 s slow', 'Sat, 21 Nov 2026 10:01:30 GMT', 90_500],
    ['a clock 45 s fast', 'Sat, 21 Nov 2026 09:59:15 GMT', -44_500],
    ['a clock within a second', 'Sat, 21 Nov 2026 10:00:01 GMT', 0],
  ])('measures %s', (_name, header, offset) => {
    expect(measureClockOffset(header, received)).toBe(offset);
  });

  it.each([
    ['4 min 59 s slow: believed', 'Sat, 21 Nov 2026 10:04:59 GMT', 299_500],
    ['an hour ahead: not believed', 'Sat, 21 Nov 2026 11:00:00 GMT', undefined],
    ['a day behind: not believed', 'Fri, 20 Nov 2026 10:00:00 GMT', undefined],
  ])('bounds the skew to 5 minutes: %s', (_name, header, offset) => {
    expect(measureClockOffset(header, received)).toBe(offset);
  });

  it.each([undefined, null, '', 'yesterday'])('has no offset for header %j', (header) => {
    expect(measureClockOffset(header, received)).toBeUndefined();
  });
});
