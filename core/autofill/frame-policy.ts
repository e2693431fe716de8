import { parseSecureOrigin } from '../sites/match-site.ts';

/**
 * True when `win` is the top frame or every frame above it has the same
 * origin: a foreign page anywhere in the chain could be framing the site.
 */
export function isTopSameOrigin(win: Window): boolean {
  if (win.top === null) return false;
  if (win.top === win) return true;
  // Chromium lists every ancestor's origin at once.
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors !== undefined) {
    return Array.from(ancestors).every((origin) => origin === win.origin);
  }
  // Elsewhere (Firefox), climb: reading a cross-origin parent's origin throws.
  for (let frame = win; frame !== frame.top; frame = frame.parent) {
    if (readOrigin(frame.parent) !== win.origin) return false;
  }
  return true;
}

/** A frame's origin, or undefined when the browser forbids reading it (cross-origin). */
function readOrigin(frame: Window): string | undefined {
  try {
    return frame.origin;
  } catch (error) {
    // By name: the DOMException comes from another realm, so instanceof fails.
    if (isSecurityError(error)) return undefined;
    throw error;
  }
}

function isSecurityError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'SecurityError'
  );
}

/**
 * The exact origin this frame may autofill for, or undefined: the frame's own
 * origin (not the tab's URL) must be https on the default port, and the top
 * frame must be the same origin, so a foreign page that frames the real site
 * gets nothing. The caller then looks up the site profile or linked accounts.
 */
export function checkFrameOrigin(win: Window): string | undefined {
  if (win.origin === 'null' || parseSecureOrigin(win.origin) !== win.origin) return undefined;
  return isTopSameOrigin(win) ? win.origin : undefined;
}
