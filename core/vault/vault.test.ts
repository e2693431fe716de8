import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import { listRecordRows, writeRecordRows } from '../storage/repository.ts';
import { ARGON2_FLOOR } from './kdf.ts';
import { listVaults } from './list.ts';
import { createVault, deleteVault, resumeSession } from './vault.ts';
import { unlockWithPin } from './unlock.ts';
import { createTestClock, makeAccount, openTestDb } from './test-helpers.ts';

const kdf = ARGON2_FLOOR;

describe('createVault and accounts', () => {
  it('stores accounts that a later unlock reads back, in order', async () => {
    const { db } = await openTestDb();
    const { session, recoveryCode } = await createVault(db, { name: 'W12345', pin: '123456', kdf });
    expect(recoveryCode).toMatch(/^(\w{4}-){6}\w{4}$/);
    const { added, duplicates } = await session.addAccounts([
      makeAccount('a'),
      makeAccount('b', 'hotp'),
    ]);
    expect(added.map((r) => r.order)).toEqual([0, 1]);
    expect(duplicates).toEqual([]);
    session.lock();

    const again = await unlockWithPin(db, session.vaultId, '123456');
    expect((await again.listAccounts()).map((r) => r.account)).toEqual([
      makeAccount('a'),
      makeAccount('b', 'hotp'),
    ]);
  });

  it('reports duplicates (same secret, issuer, account, type) in the vault and in the batch', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    await session.addAccounts([makeAccount('a')]);
    const { added, duplicates } = await session.addAccounts([
      makeAccount('a'),
      makeAccount('c'),
      makeAccount('c'),
      makeAccount('a', 'hotp'),
    ]);
    expect(added.map((r) => r.account)).toEqual([makeAccount('c'), makeAccount('a', 'hotp')]);
    expect(duplicates).toEqual([makeAccount('a'), makeAccount('c')]);
  });

  it('updates label, links, order and HOTP counter; refuses bad links and a TOTP counter', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    const [totp, hotp] = (await session.addAccounts([makeAccount('a'), makeAccount('b', 'hotp')]))
      .added;
    if (!totp || !hotp) throw new Error('setup');
    await session.updateAccount(totp.id, {
      label: ' Werk ',
      links: ['https://my.cepa.be'],
      order: 5,
    });
    await session.updateAccount(hotp.id, { counter: 7 });
    const [first, second] = await session.listAccounts();
    expect(first).toMatchObject({ id: hotp.id, account: { counter: 7 } });
    expect(second).toMatchObject({
      id: totp.id,
      label: 'Werk',
      links: ['https://my.cepa.be'],
      order: 5,
    });
    for (const link of ['http://my.cepa.be', 'https://my.cepa.be/login', 'my.cepa.be']) {
      await expect(session.updateAccount(totp.id, { links: [link] })).rejects.toMatchObject({
        code: 'vault/invalid-link',
      });
    }
    await expect(session.updateAccount(totp.id, { counter: 1 })).rejects.toMatchObject({
      code: 'otp/invalid-counter',
    });
    await expect(session.updateAccount('nope', { order: 1 })).rejects.toMatchObject({
      code: 'vault/not-found',
    });
  });

  it('soft-deletes, restores and purges', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
    const [a, b] = (await session.addAccounts([makeAccount('a'), makeAccount('b')])).added;
    if (!a || !b) throw new Error('setup');
    await session.deleteAccount(a.id);
    expect((await session.listAccounts()).map((r) => r.id)).toEqual([b.id]);
    expect(await session.listAccounts({ includeDeleted: true })).toHaveLength(2);
    await session.restoreAccount(a.id);
    expect((await session.listAccounts()).map((r) => r.id)).toEqual([a.id, b.id]);

    await session.deleteAccount(a.id);
    clock.advance(60_000);
    await session.deleteAccount(b.id);
    expect(await session.purgeDeleted(clock.now() - 30_000)).toBe(1);
    expect((await session.listAccounts({ includeDeleted: true })).map((r) => r.id)).toEqual([b.id]);
  });

  it('refuses a weak KDF, a short PIN, no slot, an empty or taken name', async () => {
    const { db } = await openTestDb();
    const cases = [
      [{ name: 'W1', pin: '123456', kdf: { ...kdf, memoryKiB: 8192 } }, 'vault/weak-kdf'],
      [{ name: 'W1', pin: '12345', kdf }, 'vault/pin-too-short'],
      [{ name: 'W1', pin: '', kdf }, 'vault/pin-too-short'],
      [{ name: 'W1' }, 'vault/no-slot'],
      [{ name: '  ', pin: '123456', kdf }, 'vault/invalid-name'],
    ] as const;
    for (const [options, code] of cases)
      await expect(createVault(db, options)).rejects.toMatchObject({ code });
    await expect(createVault(db, { name: 'W1', pin: 'kort', kdf })).rejects.toMatchObject({
      code: 'vault/passphrase-too-short',
    });
    await createVault(db, { name: 'W1', pin: 'lange zin', kdf });
    await expect(createVault(db, { name: 'w1', pin: '123456', kdf })).rejects.toMatchObject({
      code: 'vault/exists',
    });
  });

  it('throws vault/locked after lock()', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    const exported = await session.exportKey();
    session.lock();
    expect(session.locked.value).toBe(true);
    expect(exported.some((b) => b !== 0)).toBe(true);
    for (const call of [
      () => session.listAccounts(),
      () => session.addAccounts([]),
      () => session.exportKey(),
      () => session.listSlots(),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'vault/locked' });
    }
  });

  it('resumes from an exported key, and refuses a foreign key', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    await session.addAccounts([makeAccount('a')]);
    const raw = await session.exportKey();
    session.lock();
    const resumed = await resumeSession(db, session.vaultId, raw);
    expect(await resumed.listAccounts()).toHaveLength(1);
    resumed.lock();
    expect(raw.some((b) => b !== 0)).toBe(true);
    await expect(resumeSession(db, session.vaultId, new Uint8Array(32))).rejects.toMatchObject({
      code: 'vault/corrupt',
    });
  });
});

describe('sealed records', () => {
  it('a changed ciphertext byte gives vault/corrupt', async () => {
    const { db } = await openTestDb();
    const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf });
    const [added] = (await session.addAccounts([makeAccount('a')])).added;
    const [row] = await listRecordRows(db, session.vaultId);
    if (!row || !added) throw new Error('setup');
    row.ciphertext[3] = (row.ciphertext[3] ?? 0) ^ 0x40;
    await db.put('records', row);
    const error: unknown = await session.listAccounts().catch((e: unknown) => e);
    expect(isHavenError(error, 'vault/corrupt')).toBe(true);
  });

  it('a record moved to another id or another vault does not open (AAD)', async () => {
    const { db } = await openTestDb();
    const one = (await createVault(db, { name: 'W1', pin: '123456', kdf })).session;
    const [a, b] = (await one.addAccounts([makeAccount('a'), makeAccount('b')])).added;
    const rows = await listRecordRows(db, one.vaultId);
    const rowA = rows.find((r) => r.id === a?.id);
    if (!rowA || !b) throw new Error('setup');
    await db.put('records', { ...rowA, id: b.id });
    await expect(one.listAccounts()).rejects.toMatchObject({ code: 'vault/corrupt' });

    // Back in place it opens again; under another vault's id it does not.
    await db.put('records', rowA);
    await db.delete('records', [one.vaultId, b.id]);
    await expect(one.listAccounts()).resolves.toHaveLength(1);
    const { session: two } = await createVault(db, { name: 'W2', pin: '123456', kdf });
    await db.put('records', { ...rowA, vaultId: two.vaultId });
    await expect(two.listAccounts()).rejects.toMatchObject({ code: 'vault/corrupt' });
  });
});

describe('vaults side by side', () => {
  it('keeps vaults isolated and lists only names and slot kinds', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    const w1 = (await createVault(db, { name: 'W1', pin: '111111', kdf, now: clock.now })).session;
    clock.advance(1);
    const w2 = (await createVault(db, { name: 'W2', pin: '222222', kdf, now: clock.now })).session;
    await w1.addAccounts([makeAccount('one')]);
    await w2.addAccounts([makeAccount('two'), makeAccount('three')]);

    expect(await listVaults(db)).toEqual([
      {
        id: w1.vaultId,
        name: 'W1',
        createdAt: clock.now() - 1,
        lastUsedAt: clock.now() - 1,
        slotKinds: ['pin', 'recovery'],
      },
      {
        id: w2.vaultId,
        name: 'W2',
        createdAt: clock.now(),
        lastUsedAt: clock.now(),
        slotKinds: ['pin', 'recovery'],
      },
    ]);
    expect((await w1.listAccounts()).map((r) => r.account.issuer)).toEqual(['Issuerone']);
    await expect(unlockWithPin(db, w2.vaultId, '111111')).rejects.toMatchObject({
      code: 'vault/wrong-pin',
    });

    await deleteVault(db, w1.vaultId);
    expect((await listVaults(db)).map((p) => p.name)).toEqual(['W2']);
    expect(await listRecordRows(db, w1.vaultId)).toEqual([]);
    expect(await w2.listAccounts()).toHaveLength(2);
  });
});

describe('two contexts writing at once (two tabs, popup and background)', () => {
  async function twoSessions() {
    const { db } = await openTestDb();
    const { session: first } = await createVault(db, { name: 'W12345', pin: '123456', kdf });
    const second = await unlockWithPin(db, first.vaultId, '123456');
    return { db, first, second };
  }

  it('keeps both changes to one account', async () => {
    const { first, second } = await twoSessions();
    const { added } = await first.addAccounts([makeAccount('a', 'hotp')]);
    const id = added[0]!.id;
    await Promise.all([
      first.updateAccount(id, { label: 'Werk' }),
      second.updateAccount(id, { order: 7 }),
      first.updateAccount(id, { links: ['https://www.c-point.be'] }),
      second.updateAccount(id, { counter: 3 }),
    ]);
    const [record] = await first.listAccounts();
    expect(record).toMatchObject({
      label: 'Werk',
      order: 7,
      links: ['https://www.c-point.be'],
      account: { counter: 3 },
    });
  });

  it('gives every HOTP code once, however many contexts ask at once', async () => {
    const { first, second } = await twoSessions();
    const { added } = await first.addAccounts([makeAccount('h', 'hotp')]);
    const id = added[0]!.id;
    const taken = await Promise.all(
      [first, second, first, second, first, second].map((s) => s.advanceCounter(id)),
    );
    expect(taken.map((a) => (a.type === 'hotp' ? a.counter : -1)).sort()).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    const [record] = await second.listAccounts();
    expect(record?.account).toMatchObject({ counter: 6 });
    const totp = (await first.addAccounts([makeAccount('t')])).added[0]!.id;
    await expect(first.advanceCounter(totp)).rejects.toMatchObject({ code: 'otp/invalid-counter' });
  });

  it('adds an account both add once, and gives concurrent additions their own places', async () => {
    const { first, second } = await twoSessions();
    const results = await Promise.all([
      first.addAccounts([makeAccount('a'), makeAccount('b')]),
      second.addAccounts([makeAccount('a'), makeAccount('c')]),
    ]);
    const records = await second.listAccounts();
    expect(records.map((r) => r.account.account).sort()).toEqual(
      ['a', 'b', 'c'].map((tag) => makeAccount(tag).account),
    );
    expect(new Set(records.map((r) => r.order)).size).toBe(3);
    expect(results.flatMap((r) => r.duplicates)).toEqual([makeAccount('a')]);
  });

  it('writes nothing from rows that another context changed since they were read', async () => {
    const { db, first, second } = await twoSessions();
    const { added } = await first.addAccounts([makeAccount('a')]);
    const id = added[0]!.id;
    const read = await listRecordRows(db, first.vaultId);
    await second.updateAccount(id, { label: 'Werk' });
    await expect(
      writeRecordRows(db, first.vaultId, {
        delete: [id],
        basis: { rows: read, wholeVault: false },
      }),
    ).rejects.toMatchObject({ code: 'vault/conflict' });
    const before = await listRecordRows(db, first.vaultId);
    await second.addAccounts([makeAccount('b')]);
    await expect(
      writeRecordRows(db, first.vaultId, {
        delete: [id],
        basis: { rows: before, wholeVault: true },
      }),
    ).rejects.toMatchObject({ code: 'vault/conflict' });
    expect((await first.listAccounts()).map((r) => r.label ?? r.account.account)).toEqual([
      'Werk',
      makeAccount('b').account,
    ]);
  });
});
