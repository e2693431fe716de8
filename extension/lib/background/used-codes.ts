/**
 * Codes Havencode gave a tab and the page then submitted. The site took
 * (or refused) such a code: filled again in the same time step it would be
 * refused as reused, so a fill waits for the next code instead (RFC 6238
 * §5.2: a verifier must not accept a second login with the same OTP).
 * Kept in the background's memory only, for a short while: a code's time
 * step is long over by then.
 */

/** How long a given or used code is remembered; longer than any time step we fill. */
const KEEP_MS = 2 * 60_000;
/** A page can't make us remember more than this many codes. */
const MAX_ENTRIES = 64;

/** What one tab's page on one origin may tell, and the fill service may ask. */
export interface UsedCodesHere {
  /** Havencode gave the page this code (a fill or an enrolment). */
  gave(code: string): void;
  /** The page submitted this code: counts only when Havencode gave it. */
  submitted(code: string): void;
  /** True when this code was submitted on this origin a moment ago. */
  wasUsed(code: string): boolean;
}

/** The memory of given and used codes, per tab and origin. */
export function createUsedCodes(now: () => number = Date.now) {
  const given = new Map<string, number>();
  const used = new Map<string, number>();
  const forgetOld = (map: Map<string, number>) => {
    for (const [key, at] of map) if (now() - at > KEEP_MS) map.delete(key);
    while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
  };
  return {
    /** The view of one tab's page on `origin`. */
    at(tabId: number, origin: string): UsedCodesHere {
      return {
        gave: (code) => {
          given.set(`${tabId} ${origin} ${code}`, now());
          forgetOld(given);
        },
        submitted: (code) => {
          if (!given.has(`${tabId} ${origin} ${code}`)) return;
          used.set(`${origin} ${code}`, now());
          forgetOld(used);
        },
        wasUsed: (code) => {
          forgetOld(used);
          return used.has(`${origin} ${code}`);
        },
      };
    },
  };
}

/** The used codes of every tab and origin. */
export type UsedCodes = ReturnType<typeof createUsedCodes>;
