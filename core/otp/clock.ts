/**
 * Clock-skew correction. A phone or PC whose clock is off by more than a
 * period produces codes the site refuses; the site's own HTTP `Date` header
 * tells how far off we are (to the second, which is enough for 30 s periods).
 */

/** Skews smaller than this are noise from the header's 1 s resolution and latency. */
const IGNORED_SKEW_MS = 2_000;

/**
 * Skews beyond this are not believed. A site (or whoever answers in its
 * name) that sends a Date hours ahead would get codes that are only valid
 * later — codes it could keep for then. Synchronised clocks differ by
 * seconds; 5 minutes is also the largest skew Kerberos and Windows domain
 * logons accept, so a PC further off has other trouble first. At most 10
 * steps of 30 s can be reached this way.
 */
export const MAX_SKEW_MS = 5 * 60_000;

/**
 * Milliseconds to add to local time to get the server's, from a `Date`
 * header received at `receivedAt` (local ms). Undefined when the header is
 * missing or unparsable, or further off than MAX_SKEW_MS — the local clock
 * is then used.
 */
export function measureClockOffset(
  dateHeader: string | null | undefined,
  receivedAt: number,
): number | undefined {
  if (!dateHeader) return undefined;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return undefined;
  // The header is truncated to the second: its true value lies in [serverMs, serverMs + 1000).
  const offset = serverMs + 500 - receivedAt;
  if (Math.abs(offset) > MAX_SKEW_MS) return undefined;
  return Math.abs(offset) < IGNORED_SKEW_MS ? 0 : offset;
}
