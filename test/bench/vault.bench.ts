/**
 * The vault in Node (WebCrypto + hash-wasm, the same code the browser runs;
 * IndexedDB is fake-indexeddb): the KDF parameters calibration picks here,
 * unlock time per slot type, and records sealed/opened per second for 500
 * accounts, both crypto alone and through the vault API with its storage.
 * Writes test/bench/results/vault.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { calibrateKdf } from '../../core/vault/calibrate.ts';
import { generateKeyBytes, importAeadKey } from '../../core/vault/aead.ts';
import { createFakeAuthenticator } from '../../core/vault/fake-authenticator.ts';
import { ARGON2_FLOOR, PBKDF2_PARAMS, type KdfParams } from '../../core/vault/kdf.ts';
import { openRecord, sealRecord, type AccountRecord } from '../../core/vault/records.ts';
import { makeAccount, openTestDb } from '../../core/vault/test-helpers.ts';
import {
  unlockWithPasskey,
  unlockWithPin,
  unlockWithRecoveryCode,
} from '../../core/vault/unlock.ts';
import { createVault } from '../../core/vault/vault.ts';
import type { VaultSession } from '../../core/vault/session.ts';
import { median } from './stats.ts';

const UNLOCK_RUNS = 7;
const ACCOUNTS = 500;
const RECORD_RUNS = 5;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function timeUnlocks(unlock: () => Promise<VaultSession>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < UNLOCK_RUNS; i++)
    samples.push(await time(async () => (await unlock()).lock()));
  return median(samples);
}

async function benchPinUnlock(kdf: KdfParams): Promise<number> {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'bench', pin: '135790', kdf });
  session.lock();
  return timeUnlocks(() => unlockWithPin(db, session.vaultId, '135790'));
}

const calibration = await calibrateKdf();
console.log('calibration trials:');
console.table(calibration.trials.map((t) => ({ ...t.params, ms: Math.round(t.ms) })));

const unlockMs: Record<string, number> = {
  [`PIN, calibrated (${describeKdf(calibration.params)})`]: await benchPinUnlock(
    calibration.params,
  ),
  [`PIN, floor (${describeKdf(ARGON2_FLOOR)})`]: await benchPinUnlock(ARGON2_FLOOR),
  [`PIN, no WebAssembly (${describeKdf(PBKDF2_PARAMS)})`]: await benchPinUnlock(PBKDF2_PARAMS),
};
{
  const { db } = await openTestDb();
  const credentials = createFakeAuthenticator();
  const passkey = { credentials, rpId: 'localhost', rpName: 'bench', userName: 'bench' };
  const { session, recoveryCode } = await createVault(db, { name: 'bench', passkey });
  session.lock();
  unlockMs['recovery code (HKDF)'] = await timeUnlocks(() =>
    unlockWithRecoveryCode(db, session.vaultId, recoveryCode),
  );
  unlockMs['passkey (software PRF; the prompt not counted)'] = await timeUnlocks(() =>
    unlockWithPasskey(db, session.vaultId, { credentials, rpId: 'localhost' }),
  );
}

// Crypto alone: seal and open 500 records with one data key.
const key = await importAeadKey(generateKeyBytes());
const records: AccountRecord[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
  id: crypto.randomUUID(),
  account: makeAccount(`acct${i}`),
  links: ['https://my.cepa.be'],
  order: i,
  createdAt: Date.now(),
}));
const sealMs: number[] = [];
const openMs: number[] = [];
for (let run = 0; run < RECORD_RUNS; run++) {
  let rows: Awaited<ReturnType<typeof sealRecord>>[] = [];
  sealMs.push(
    await time(
      async () => (rows = await Promise.all(records.map((r) => sealRecord(key, 'vault', r)))),
    ),
  );
  openMs.push(await time(() => Promise.all(rows.map((row) => openRecord(key, 'vault', row)))));
}

// Through the vault API: one addAccounts of 500 (one transaction), then listAccounts.
const addMs: number[] = [];
const listMs: number[] = [];
for (let run = 0; run < RECORD_RUNS; run++) {
  const { db } = await openTestDb();
  const { session } = await createVault(db, { name: 'bench', pin: '135790', kdf: ARGON2_FLOOR });
  const accounts = records.map((r) => r.account);
  addMs.push(await time(() => session.addAccounts(accounts)));
  listMs.push(await time(() => session.listAccounts()));
}

const perSecond = (ms: number): number => Math.round((ACCOUNTS * 1000) / ms);
const recordRates = {
  'seal, crypto only': perSecond(median(sealMs)),
  'open, crypto only': perSecond(median(openMs)),
  'addAccounts (seal + 1 transaction, fake-indexeddb)': perSecond(median(addMs)),
  'listAccounts (read + open, fake-indexeddb)': perSecond(median(listMs)),
};

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  calibratedKdf: calibration.params,
  calibrationTrials: calibration.trials.map((t) => ({ ...t.params, ms: Math.round(t.ms) })),
  unlockMedianMs: Object.fromEntries(
    Object.entries(unlockMs).map(([k, v]) => [k, Math.round(v * 10) / 10]),
  ),
  accounts: ACCOUNTS,
  recordsPerSecond: recordRates,
};

console.log(`\nunlock, median of ${UNLOCK_RUNS} (ms):`);
console.table(results.unlockMedianMs);
console.log(`\n${ACCOUNTS} accounts, median of ${RECORD_RUNS} (records per second):`);
console.table(recordRates);
const dir = join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'vault.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${join(dir, 'vault.json')}`);

function describeKdf(params: KdfParams): string {
  return params.algorithm === 'argon2id'
    ? `Argon2id ${params.memoryKiB / 1024} MiB t=${params.iterations} p=${params.parallelism}`
    : `PBKDF2-SHA256 ${params.iterations}`;
}
