import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { parseSecureOrigin } from '../../../core/sites/index.ts';
import type { Middleware } from '../protocol-handle.ts';
import type { KioskFills } from './kiosk-fill.ts';
import { isContentSender } from './senders.ts';

/** What the kiosk rules need: the administrator's policy, the kiosk fills, the lock. */
export interface KioskRuleDeps {
  policy: () => Promise<KioskPolicy>;
  fills: KioskFills;
  lock: () => Promise<void>;
}

/**
 * Kiosk mode's rules around the background's handlers, in one place. A
 * content script is heard only on the sites the administrator allowed
 * (exact origins). One tab, one fill at a time, and the vault locks before
 * the code exists: the code is in the field, the next worker may be next
 * in line. The tab that asked to unlock is the one to fill. A worker's
 * enrolment that gave a code locks the vault too. Outside kiosk mode
 * nothing changes.
 */
export function createKioskRules(deps: KioskRuleDeps): Middleware {
  return async (call) => {
    const policy = await deps.policy();
    if (!policy.kiosk) return call.proceed();
    if (isContentSender(call.sender) && !isAllowedSite(policy, call.sender.url))
      return { refused: 'message/site-not-allowed' };
    switch (call.type) {
      case 'fill:request':
        return deps.fills.fill(call.sender.tab, () => call.proceed({ claim: deps.lock }));
      case 'unlock:open':
        await deps.fills.askedToUnlock(call.sender.tab);
        return call.proceed();
      case 'enrol:add':
      case 'enrol:key': {
        const answer = await call.proceed();
        if (answer.status === 'ok' && answer.code !== undefined) await deps.lock();
        return answer;
      }
      default:
        return call.proceed();
    }
  };
}

/** Kiosk mode fills only on the sites the administrator allowed (exact origins). */
function isAllowedSite(policy: KioskPolicy, url: string): boolean {
  const origin = parseSecureOrigin(url);
  return origin !== undefined && policy.allowedSites.includes(origin);
}
