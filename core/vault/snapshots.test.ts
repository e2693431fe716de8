import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import { dumpDatabase } from '../../test/vault/dump-database.ts';
import { ARGON2_FLOOR } from './kdf.ts';
import { SNAPSHOTS_KEPT } from './snapshots.ts';
import { unlockWithPin } from './unlock.ts';
import { createVault, deleteVault } from './vault.ts';
import { createTestClock, makeAccount, openTestDb } from './test-helpers.ts';

const kdf = ARGON2_FLOOR;

async function openVault() {
  const { db, factory } = await openTestDb();
  const clock = createTestClock();
  const { session } = await createVault(db, { name: 'W1', pin: '123456', kdf, now: clock.now });
  return { db, factory, clock, session };
}

describe('vault snapshots', () => {
  it('keeps the state before each change and goes back to it, itself undoable', async () => {
    const { clock, session } = await openVault();
    const [a, b] = (await session.addAccounts([makeAccount('a'), makeAccount('b')])).added;
    if (!a || !b) throw new Error('setup');
    clock.advance(1000);
    await session.updateAccount(a.id, { label: 'Werk' });
    clock.advance(1000);
    await session.deleteAccount(b.id);
    const list = await session.listSnapshots();
    // Newest first: before the delete (2 accounts), before the rename (2), before the add (0).
    expect(list.map((s) => s.accounts)).toEqual([2, 2, 0]);
    expect(list.map((s) => s.takenAt)).toEqual([
      clock.now(),
      clock.now() - 1000,
      clock.now() - 2000,
    ]);

    await session.restoreSnapshot(list[1]!.id);
    const now = await session.listAccounts();
    expect(now.map((r) => [r.id, r.label])).toEqual([
      [a.id, undefined],
      [b.id, undefined],
    ]);
    // Going back was a change too: the state it replaced (a renamed, b deleted) is kept.
    const [undo] = await session.listSnapshots();
    await session.restoreSnapshot(undo!.id);
    expect((await session.listAccounts()).map((r) => [r.id, r.label])).toEqual([[a.id, 'Werk']]);
  });

  it('takes none for an HOTP step or a move, and never moves an HOTP counter back', async () => {
    const { session } = await openVault();
    const [h] = (await session.addAccounts([makeAccount('h', 'hotp')])).added;
    if (!h) throw new Error('setup');
    const [afterAdd] = await session.listSnapshots();
    await session.advanceCounter(h.id);
    await session.advanceCounter(h.id);
    await session.updateAccount(h.id, { order: 5 });
    expect(await session.listSnapshots()).toHaveLength(1);
    await session.updateAccount(h.id, { label: 'Token' });
    const [beforeLabel] = await session.listSnapshots();
    await session.restoreSnapshot(beforeLabel!.id);
    const [restored] = await session.listAccounts();
    expect(restored?.label).toBeUndefined();
    expect(restored?.account).toMatchObject({ type: 'hotp', counter: 2 });
    // Back to before the add: the account goes, and comes back counter and all.
    await session.restoreSnapshot(afterAdd!.id);
    expect(await session.listAccounts()).toEqual([]);
  });

  it(`keeps the last ${SNAPSHOTS_KEPT}, sealed (no secret or name in the raw database)`, async () => {
    const { factory, clock, session } = await openVault();
    for (let i = 0; i < SNAPSHOTS_KEPT + 3; i++) {
      clock.advance(1000);
      await session.addAccounts([makeAccount(`n${i}`)]);
    }
    const list = await session.listSnapshots();
    expect(list).toHaveLength(SNAPSHOTS_KEPT);
    expect(list[0]?.accounts).toBe(SNAPSHOTS_KEPT + 2);
    const dump = await dumpDatabase(factory);
    expect(dump).not.toContain('Issuern0');
    expect(dump).not.toContain('workern0');
  });

  it('refuses an unknown snapshot and goes when the vault is deleted', async () => {
    const { db, factory, session } = await openVault();
    await session.addAccounts([makeAccount('z')]);
    const error = await session.restoreSnapshot('nope').catch((e: unknown) => e);
    expect(isHavenError(error, 'vault/not-found')).toBe(true);
    await deleteVault(db, session.vaultId);
    expect(await dumpDatabase(factory)).toMatch(/\[\]\n\[\]\n\[\]$/);
  });

  it('still lists after a new unlock', async () => {
    const { db, session } = await openVault();
    await session.addAccounts([makeAccount('q')]);
    session.lock();
    const again = await unlockWithPin(db, session.vaultId, '123456');
    expect(await again.listSnapshots()).toHaveLength(1);
  });
});
