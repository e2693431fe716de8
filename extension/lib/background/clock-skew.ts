import { measureClockOffset } from '../../../core/otp/index.ts';

/** How long a measured offset is trusted. */
const KEEP_MS = 10 * 60_000;
/** A fill does not wait longer than this for the site's clock. */
const WAIT_MS = 400;

const cache = new Map<string, { offsetMs: number; at: number }>();

/**
 * How far the site's clock is from ours, from its HTTP `Date` header (a HEAD
 * request of our own: the page can't spoof it). 0 when the site doesn't
 * answer in time — the local clock is then the best we have.
 */
export async function siteClockOffset(
  origin: string,
  now: () => number = Date.now,
): Promise<number> {
  const known = cache.get(origin);
  if (known && now() - known.at < KEEP_MS) return known.offsetMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_MS);
  try {
    const response = await fetch(`${origin}/`, {
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    const offsetMs = measureClockOffset(response.headers.get('date'), now()) ?? 0;
    cache.set(origin, { offsetMs, at: now() });
    return offsetMs;
  } catch (error) {
    console.warn('Havencode: no clock from', origin, error);
    return 0;
  } finally {
    clearTimeout(timer);
  }
}
