import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteClockOffset } from './clock-skew.ts';

const NOW = Date.parse('2026-11-21T10:00:00Z');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('siteClockOffset', () => {
  it.each([
    ['https://a.test', 'Sat, 21 Nov 2026 10:01:30 GMT', 90_500],
    ['https://b.test', 'Sat, 21 Nov 2026 09:59:15 GMT', -44_500],
    ['https://c.test', 'Sat, 21 Nov 2026 10:00:00 GMT', 0],
    ['https://d.test', null, 0],
  ])('reads %s from its Date header %j', async (origin, date, offset) => {
    const fetch = vi.fn((url: string) => {
      expect(url).toBe(`${origin}/`);
      return Promise.resolve(new Response(null, date === null ? {} : { headers: { date } }));
    });
    vi.stubGlobal('fetch', fetch);
    expect(await siteClockOffset(origin, () => NOW)).toBe(offset);
    // Kept for a while: the second fill asks no one.
    expect(await siteClockOffset(origin, () => NOW + 60_000)).toBe(offset);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('falls back to the local clock when the site does not answer', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await siteClockOffset('https://e.test', () => NOW)).toBe(0);
  });
});
