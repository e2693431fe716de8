// Account URIs: otpauth:// (Key URI) and otpauth-migration:// (Google Authenticator export).
export { parseAccountUris } from './account-uris.ts';
export { isAccountUri, isMigrationUri } from './scheme.ts';
export { canonicalizeSecret, decodeBase32, encodeBase32, normalizeBase32 } from './base32.ts';
export { formatMigrationUri, parseMigrationUri } from './migration-uri.ts';
export type { MigrationBatch, MigrationBatchInfo } from './migration-uri.ts';
export { formatOtpauthUri, parseOtpauthUri } from './otpauth-uri.ts';
