import { describe, expect, it } from 'vitest';
import { PERSONAL_POLICY, parseKioskPolicy } from './policy.ts';

describe('parseKioskPolicy', () => {
  it('is the personal policy when nothing is managed', () => {
    expect(parseKioskPolicy({})).toEqual(PERSONAL_POLICY);
  });

  it('turns on kiosk defaults: 60 s idle, passkeys only, no export', () => {
    expect(parseKioskPolicy({ kiosk: true })).toEqual({
      kiosk: true,
      idleSeconds: 60,
      clipboardSeconds: 10,
      allowedSites: ['https://my.cepa.be', 'https://www.c-point.be'],
      allowPinSlots: false,
      allowExport: false,
      listWorkers: false,
      forgetAfterDays: undefined,
      lockOnTabClose: true,
      adminRecoveryKey: undefined,
    });
  });

  it('takes the administrator’s values', () => {
    const policy = parseKioskPolicy({
      kiosk: true,
      idleSeconds: 30,
      clipboardSeconds: 5,
      allowedSites: ['https://www.c-point.be'],
      allowPinSlots: true,
      allowExport: true,
    });
    expect(policy).toMatchObject({
      idleSeconds: 30,
      clipboardSeconds: 5,
      allowPinSlots: true,
      allowExport: true,
    });
    expect(policy.allowedSites).toEqual(['https://www.c-point.be']);
  });

  it.each([
    ['a string for a number', { idleSeconds: '30' }],
    ['too short an idle time', { idleSeconds: 1 }],
    ['a fraction', { idleSeconds: 30.5 }],
    ['too long an idle time', { idleSeconds: 86_400 }],
  ])('falls back to the safe default for %s', (_name, raw) => {
    expect(parseKioskPolicy({ kiosk: true, ...raw }).idleSeconds).toBe(60);
  });

  it.each([[['http://my.cepa.be']], [['https://my.cepa.be:8443']], [['not a url', 42]], [[]]])(
    'ignores site lists without a single exact https origin: %j',
    (sites) => {
      expect(parseKioskPolicy({ kiosk: true, allowedSites: sites }).allowedSites).toEqual([
        'https://my.cepa.be',
        'https://www.c-point.be',
      ]);
    },
  );

  it('keeps a kiosk locked down when a flag has the wrong type', () => {
    expect(parseKioskPolicy({ kiosk: true, allowExport: 'yes', allowPinSlots: 1 })).toMatchObject({
      allowExport: false,
      allowPinSlots: false,
    });
  });

  it('is personal only for an explicit kiosk: false', () => {
    expect(parseKioskPolicy({ kiosk: false })).toEqual(PERSONAL_POLICY);
    expect(parseKioskPolicy({ kiosk: false, idleSeconds: 30 }).kiosk).toBe(false);
  });

  it.each([
    ['a truthy non-boolean', { kiosk: 'true' }],
    ['a falsy non-boolean', { kiosk: 0 }],
    ['kiosk dropped by the browser, other keys kept', { idleSeconds: 60 }],
    ['only a flag', { allowExport: true }],
    ['only a malformed value', { allowedSites: 'https://my.cepa.be' }],
  ])('fails closed to kiosk mode for %s', (_name, raw) => {
    const policy = parseKioskPolicy(raw);
    expect(policy.kiosk).toBe(true);
    expect(policy.allowPinSlots).toBe(false);
  });

  it('keeps the strictest values for what a fail-closed policy leaves out', () => {
    expect(parseKioskPolicy({ kiosk: 'yes', idleSeconds: 'soon' })).toEqual({
      kiosk: true,
      idleSeconds: 60,
      clipboardSeconds: 10,
      allowedSites: ['https://my.cepa.be', 'https://www.c-point.be'],
      allowPinSlots: false,
      allowExport: false,
      listWorkers: false,
      forgetAfterDays: undefined,
      lockOnTabClose: true,
      adminRecoveryKey: undefined,
    });
  });

  it.each([
    [90, 90],
    [0, undefined],
    [1.5, undefined],
    ['30', undefined],
    [10_000, undefined],
  ])('reads forgetAfterDays %j as %j (never forgets on a bad value)', (days, expected) => {
    expect(parseKioskPolicy({ kiosk: true, forgetAfterDays: days }).forgetAfterDays).toBe(expected);
  });
});
