/**
 * Clock-skew correction. A phone or PC whose clock is off by more than a
 * period produces codes the site refuses; the site's own HTTP `Date` header
 * tells how far off we are (to the second, which is enough for 30 s periods).
 */

/** Skews smaller than this are noise from the header's 1 s resolution and latency. */
const IGNORED_SKEW_MS = 2_000;

/**
 * Milliseconds to add to local time to get the server's, from a `Date`
 * header received at `receivedAt` (local ms). Undefined when the header is
 * missing or unparsable — a normal absence, the local clock is then used.
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
  return Math.abs(offset) < IGNORED_SKEW_MS ? 0 : offset;
}
