import { describe, expect, it } from 'vitest';
import { ARGON2_FLOOR } from './kdf.ts';
import { createTestClock, makeAccount, openTestDb } from './test-helpers.ts';
import { createVault, listVaults } from './index.ts';
import { forgetDate, forgetUnusedWorkers, markWorkerUsed } from './forget-unused.ts';

const DAY = 86_400_000;

describe('forgetAfterDays', () => {
  it('dates the forgetting from the last use', () => {
    expect(forgetDate(1_000, 30)).toBe(1_000 + 30 * DAY);
  });

  it('removes vaults unused that long, and only those', async () => {
    const { db } = await openTestDb();
    const clock = createTestClock();
    const kdf = ARGON2_FLOOR;
    const jan = await createVault(db, { name: 'Jan', pin: '123456', kdf, now: clock.now });
    await jan.session.addAccounts([makeAccount('jan')]);
    const { session } = await createVault(db, { name: 'Piet', pin: '123456', kdf, now: clock.now });
    clock.advance(20 * DAY);
    await markWorkerUsed(db, session.vaultId, clock.now());

    clock.advance(10 * DAY - 1);
    expect(await forgetUnusedWorkers(db, 30, clock.now())).toBe(0);
    clock.advance(1);
    expect(await forgetUnusedWorkers(db, 30, clock.now())).toBe(1);
    const left = await listVaults(db);
    expect(left.map((p) => [p.name, p.lastUsedAt])).toEqual([['Piet', clock.now() - 10 * DAY]]);
    // No record of Jan's is left either.
    expect(await db.getAll('records')).toEqual([]);
  });
});
