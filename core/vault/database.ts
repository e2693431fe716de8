/**
 * Opening the vault database, for the shells: the vault owns core/storage, so
 * nobody else imports it. A module of its own (not the index), so a first
 * screen opens the database without loading the key derivation and sealing code.
 */
export {
  openHavenDb,
  requestPersistence,
  type HavenDb,
  type PersistenceState,
} from '../storage/db.ts';
