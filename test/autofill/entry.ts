/**
 * What the extension's content script will do, minus the extension: decide on
 * the frame's own origin, pick the one matching account, watch and fill. Built
 * into an IIFE and run in each frame of a test page.
 */
import {
  checkFrameOrigin,
  fillOtp,
  fillUsername,
  findUsernameField,
  watchForOtpTarget,
  type OtpTarget,
  type Schedule,
} from '../../core/autofill/index.ts';
import { findSiteProfile, matchAccountsForOrigin } from '../../core/sites/index.ts';

/** An account as the test gives it: the code is fixed, the vault is not involved. */
export interface TestAccount {
  issuer: string | undefined;
  account: string;
  links: string[];
  code: string;
}

/** `timed`: run the watcher's flushes once per animation frame as usual, and time each. */
export interface StartOptions {
  timed?: boolean;
}

/** What happened in this frame, read back by the test. */
export interface AutofillReport {
  status: 'watching' | 'frame-refused' | 'no-account';
  origin: string | undefined;
  site: string | undefined;
  fills: { ok: boolean; kind: 'single' | 'split'; at: number }[];
  username: boolean | undefined;
  /** Duration of each scheduled search, when started with `timed`. */
  flushMs: number[];
}

function timedSchedule(flushMs: number[]): Schedule {
  return (run) =>
    requestAnimationFrame(() => {
      const begin = performance.now();
      run();
      flushMs.push(performance.now() - begin);
    });
}

function start(accounts: TestAccount[], options: StartOptions): AutofillReport {
  const origin = checkFrameOrigin(window);
  const report: AutofillReport = {
    status: 'frame-refused',
    origin,
    site: undefined,
    fills: [],
    username: undefined,
    flushMs: [],
  };
  if (origin === undefined) return report;
  const profile = findSiteProfile(origin);
  report.site = profile?.id;
  const matched = matchAccountsForOrigin(accounts, origin, (a) => a);
  const account = matched[0];
  if (matched.length !== 1 || account === undefined) {
    report.status = 'no-account';
    return report;
  }
  report.status = 'watching';
  const onTarget = (target: OtpTarget) => {
    // The username goes in with the code, so a login form rendered late gets it too.
    const user = findUsernameField(document, profile);
    if (user !== undefined) report.username = fillUsername(user, account.account);
    report.fills.push({
      ok: fillOtp(target, account.code),
      kind: target.kind,
      at: performance.now(),
    });
  };
  if (options.timed === true) {
    watchForOtpTarget(document, profile, onTarget, { schedule: timedSchedule(report.flushMs) });
  } else {
    watchForOtpTarget(document, profile, onTarget);
  }
  return report;
}

Object.assign(globalThis, {
  havenAutofill: {
    start: (accounts: TestAccount[], options: StartOptions = {}) => {
      const report = start(accounts, options);
      Object.assign(globalThis, { havenReport: report });
      window.dispatchEvent(new Event('haven-ready'));
      return report.status;
    },
  },
});
