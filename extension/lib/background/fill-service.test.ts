import { describe, expect, it } from 'vitest';
import { ARGON2_FLOOR, createVault } from '../../../core/vault/index.ts';
import { openTestDb } from '../../../core/vault/test-helpers.ts';
import { answerFillRequest } from './fill-service.ts';
import { createUsedCodes } from './used-codes.ts';
import {
  describeEnrolment,
  enrolFromImages,
  findRegisteredAccount,
  removeRegisteredAccount,
} from './enrol-service.ts';
import { parseAccountUris } from '../../../core/uri/index.ts';

const T = 1_750_000_000_000;
// RFC 6238's SHA1 key ("12345678901234567890"); the code values themselves are core/otp's business.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const cpoint = `otpauth://totp/C-point:jdevos?secret=${RFC_SECRET}&issuer=C-point`;
const mycepa = `otpauth://totp/MyCepa:0471234?secret=${RFC_SECRET}&issuer=MyCepa&digits=10`;

async function openSession(uris: string[]) {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'w', pin: '123456', kdf: ARGON2_FLOOR });
  await enrolFromImages(session, 'https://www.c-point.be/x', ['img'], {
    decode: () => Promise.resolve(uris),
    clockOffset: () => Promise.resolve(0),
    now: () => T,
    confirm: () => Promise.resolve(true),
  });
  return session;
}

const deps = {
  clockOffset: () => Promise.resolve(0),
  now: () => T,
  auto: true,
  takeHotpTurn: () => true,
  nextCodeNote: (seconds: number) => Promise.resolve(`next in ${seconds} s`),
};
const hotp = `otpauth://hotp/C-point:jdevos?secret=${RFC_SECRET}&issuer=C-point&counter=0`;

describe('answerFillRequest', () => {
  it.each([
    ['C-point, one account', [cpoint], 'https://www.c-point.be/nl/mfa', 'ok', undefined],
    ['MyCepa: the werkboeknummer too', [mycepa], 'https://my.cepa.be/', 'ok', '0471234'],
    [
      'a look-alike host',
      [cpoint],
      'https://www.c-point.be.example.test/nl/mfa',
      'no-account',
      undefined,
    ],
    ['plain http', [cpoint], 'http://www.c-point.be/nl/mfa', 'no-account', undefined],
    ['another port', [cpoint], 'https://www.c-point.be:8443/nl/mfa', 'no-account', undefined],
    [
      'two accounts for the site',
      [cpoint, cpoint.replace('jdevos', 'ander').replace(RFC_SECRET, 'JBSWY3DPEHPK3PXP')],
      'https://www.c-point.be/nl/mfa',
      'several',
      undefined,
    ],
  ])('%s', async (_name, uris, url, status, username) => {
    const answer = await answerFillRequest(url, { session: await openSession(uris), ...deps });
    expect(answer.status).toBe(status);
    if (answer.status === 'ok') {
      expect(answer.code).toMatch(uris[0]!.includes('digits=10') ? /^\d{10}$/ : /^\d{6}$/);
      expect(answer.username).toBe(username);
    }
  });

  it('is locked without a session', async () => {
    expect(await answerFillRequest('https://my.cepa.be/', { session: undefined, ...deps })).toEqual(
      {
        status: 'locked',
      },
    );
  });

  it('corrects the code by the site clock offset', async () => {
    const session = await openSession([cpoint]);
    const url = 'https://www.c-point.be/nl/mfa';
    const now = await answerFillRequest(url, { session, ...deps });
    const skewed = await answerFillRequest(url, {
      ...deps,
      session,
      clockOffset: () => Promise.resolve(90_000),
      now: () => T,
    });
    const later = await answerFillRequest(url, { session, ...deps, now: () => T + 90_000 });
    expect(skewed).toEqual(later);
    expect(skewed).not.toEqual(now);
  });

  it('waits for the next TOTP code when the page just submitted this one', async () => {
    const session = await openSession([cpoint]);
    const url = 'https://www.c-point.be/nl/mfa';
    const used = createUsedCodes(() => T).at(1, 'https://www.c-point.be');
    const first = await answerFillRequest(url, { session, ...deps, used });
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    // Filled again before the page sent it: the same code still goes in.
    expect(await answerFillRequest(url, { session, ...deps, used })).toEqual(first);
    used.submitted(first.code);
    // T is 10 s into its 30 s step.
    expect(await answerFillRequest(url, { session, ...deps, used })).toEqual({
      status: 'wait',
      seconds: 20,
      note: 'next in 20 s',
    });
    const next = await answerFillRequest(url, { session, ...deps, used, now: () => T + 20_000 });
    expect(next.status).toBe('ok');
    expect(next).not.toEqual(first);
  });

  it('gives an HOTP code only on a click, and once per page load', async () => {
    const session = await openSession([hotp]);
    const url = 'https://www.c-point.be/nl/mfa';
    let turns = 0;
    const hotpDeps = { ...deps, session, takeHotpTurn: () => ++turns === 1 };
    expect(await answerFillRequest(url, hotpDeps)).toEqual({ status: 'manual' });
    expect(await answerFillRequest(url, { ...hotpDeps, auto: false })).toMatchObject({
      status: 'ok',
    });
    expect(await answerFillRequest(url, { ...hotpDeps, auto: false })).toEqual({
      status: 'spent',
    });
    const [record] = await session.listAccounts();
    expect(record?.account.type === 'hotp' && record.account.counter).toBe(1);
  });
});

describe('answerFillRequest after the step before', () => {
  const ander = cpoint.replace('jdevos', 'ander').replace(RFC_SECRET, 'JBSWY3DPEHPK3PXP');
  const url = 'https://www.c-point.be/nl/mfa';

  it('picks, of two accounts, the one whose name the user typed (any case)', async () => {
    const session = await openSession([cpoint, ander]);
    const answer = await answerFillRequest(url, { session, ...deps, step: { username: 'Ander' } });
    const other = await answerFillRequest(url, { session, ...deps, step: { username: 'jdevos' } });
    expect(answer.status).toBe('ok');
    expect(other.status).toBe('ok');
    expect(answer).not.toEqual(other);
  });

  it('picks none when the typed name is neither', async () => {
    const session = await openSession([cpoint, ander]);
    const answer = await answerFillRequest(url, { session, ...deps, step: { username: 'x' } });
    expect(answer.status).toBe('several');
  });

  it('asks which account only on a click, naming issuer and account, and fills the one chosen', async () => {
    const session = await openSession([cpoint, ander]);
    const asked: unknown[] = [];
    const choose = (site: string, accounts: unknown[]) => {
      asked.push({ site, accounts });
      return Promise.resolve(1);
    };
    expect((await answerFillRequest(url, { session, ...deps, choose })).status).toBe('several');
    expect(asked).toEqual([]);
    const chosen = await answerFillRequest(url, { session, ...deps, auto: false, choose });
    const ofAnder = await answerFillRequest(url, { session, ...deps, step: { username: 'ander' } });
    expect(asked).toEqual([
      {
        site: 'C-point',
        accounts: [
          { issuer: 'C-point', account: 'jdevos' },
          { issuer: 'C-point', account: 'ander' },
        ],
      },
    ]);
    expect(chosen).toEqual(ofAnder);
  });

  it('fills nothing when the user closes the choice', async () => {
    const session = await openSession([cpoint, ander]);
    const choose = () => Promise.resolve(undefined);
    expect((await answerFillRequest(url, { session, ...deps, auto: false, choose })).status).toBe(
      'several',
    );
  });

  it('fills nothing by itself after the e-mail method was picked, but does when asked', async () => {
    const session = await openSession([cpoint]);
    const step = { method: 'email' as const };
    expect((await answerFillRequest(url, { session, ...deps, step, auto: true })).status).toBe(
      'refused',
    );
    expect((await answerFillRequest(url, { session, ...deps, step, auto: false })).status).toBe(
      'ok',
    );
  });
});

describe('enrolFromImages', () => {
  const enrol = (session: Awaited<ReturnType<typeof openSession>> | undefined, texts: string[]) =>
    enrolFromImages(session, 'https://www.c-point.be/nl/mfa/registreren', ['img'], {
      decode: () => Promise.resolve(texts),
      ...deps,
      confirm: () => Promise.resolve(true),
    });

  it('links an issuer that names no known site to the origin it was enrolled on', async () => {
    const session = await openSession([]);
    const port = `otpauth://totp/Port%20of%20Antwerp:jdevos?secret=${RFC_SECRET}`;
    const answer = await enrol(session, [port]);
    expect(answer).toMatchObject({ status: 'ok', added: 1 });
    expect(answer.status === 'ok' && answer.code).toMatch(/^\d{6}$/);
    const [record] = await session.listAccounts();
    expect(record?.links).toEqual(['https://www.c-point.be']);
    const fill = await answerFillRequest('https://www.c-point.be/nl/mfa', { session, ...deps });
    expect(fill.status).toBe('ok');
  });

  it.each([
    ['the QR code of the site', [cpoint], { status: 'ok', added: 1, duplicates: 0 }],
    ['no account QR code', ['https://example.test/'], { status: 'no-code' }],
    [
      'an account of another site: added, no code',
      [mycepa],
      { status: 'ok', added: 1, code: undefined },
    ],
  ])('%s', async (_name, texts, expected) => {
    expect(await enrol(await openSession([]), texts)).toMatchObject(expected);
  });

  it('gives the code of an account already there, without adding it twice', async () => {
    const session = await openSession([cpoint]);
    const answer = await enrol(session, [cpoint]);
    expect(answer).toMatchObject({ status: 'ok', added: 0, duplicates: 1 });
    expect(answer.status === 'ok' && answer.code).toMatch(/^\d{6}$/);
  });

  it('is locked without a session', async () => {
    expect(await enrol(undefined, [cpoint])).toEqual({ status: 'locked' });
  });

  it("adds nothing when the user says no in Havencode's window", async () => {
    const session = await openSession([]);
    const answer = await enrolFromImages(session, 'https://www.c-point.be/x', ['img'], {
      decode: () => Promise.resolve([cpoint]),
      ...deps,
      confirm: () => Promise.resolve(false),
    });
    expect(answer).toEqual({ status: 'declined' });
    expect(await session.listAccounts()).toEqual([]);
  });
});

describe('describeEnrolment', () => {
  it.each([
    ["the site's own account", [], cpoint, [], []],
    ['MyCepa offered on C-point', [], mycepa, ['MyCepa'], []],
    ['MyCepa offered on C-point, one already there', [mycepa], mycepa, ['MyCepa'], []],
    [
      'a second MyCepa account offered on C-point',
      [mycepa],
      mycepa.replace('0471234', '0479999').replace(RFC_SECRET, 'JBSWY3DPEHPK3PXP'),
      ['MyCepa'],
      ['MyCepa'],
    ],
  ])('%s', async (_name, stored, offered, foreign, doubled) => {
    const session = await openSession(stored);
    const question = await describeEnrolment(
      session,
      'https://www.c-point.be',
      parseAccountUris(offered),
    );
    expect(question).toMatchObject({ kind: 'add', site: 'C-point', foreign, doubled });
    expect(question.kind === 'add' && question.accounts[0]?.issuer).toBe(
      offered.includes('MyCepa') ? 'MyCepa' : 'C-point',
    );
  });
});

describe('removeRegisteredAccount', () => {
  it('names the account, and removes it only on yes (restorable)', async () => {
    const url = 'https://www.c-point.be/nl/profiel';
    const session = await openSession([cpoint]);
    const asked: unknown[] = [];
    const no = (question: unknown) => (asked.push(question), Promise.resolve(false));
    expect(await removeRegisteredAccount(session, url, '', no)).toBe(false);
    expect(asked).toEqual([
      { kind: 'remove', site: 'C-point', account: { issuer: 'C-point', account: 'jdevos' } },
    ]);
    expect(await session.listAccounts()).toHaveLength(1);
    expect(await removeRegisteredAccount(session, url, '', () => Promise.resolve(true))).toBe(true);
    expect(await session.listAccounts()).toHaveLength(0);
    expect(await session.listAccounts({ includeDeleted: true })).toHaveLength(1);
  });
});

describe('findRegisteredAccount', () => {
  it('picks the one account, or among several the one the page names', async () => {
    const url = 'https://www.c-point.be/nl/profiel';
    const one = await openSession([cpoint]);
    expect(await findRegisteredAccount(one, url, 'Mijn Profiel')).toBeDefined();
    const two = await openSession([
      cpoint,
      cpoint.replace('jdevos', 'ander').replace(RFC_SECRET, 'JBSWY3DPEHPK3PXP'),
    ]);
    const records = await two.listAccounts();
    expect(await findRegisteredAccount(two, url, 'Gebruikersnaam: ander')).toBe(
      records.find((r) => r.account.account === 'ander')?.id,
    );
    expect(await findRegisteredAccount(two, url, 'Mijn Profiel')).toBeUndefined();
  });
});
