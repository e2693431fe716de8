/**
 * Proton Pass exports (a ZIP holding "Proton Pass/data.json"): login items keep
 * a TOTP URI in `content.totpUri` and in extra fields of type "totp". Pass
 * writes the item title as issuer and "Proton Pass" as the label when the user
 * gave only a secret; such an entry is named after the item, issuer "Proton Pass".
 */
import type { OtpAccount } from '../otp/account.ts';
import { asObject, corrupt, parseJson, requireObject } from './encoding.ts';
import { collectEntries } from './entry.ts';
import { readTotpField } from './totp-field.ts';
import type { ReadEntries } from './types.ts';
import { readZipText, type ZipFiles } from './zip.ts';

const DATA_FILE = /(^|\/)data\.json$/;
const PASS_LABEL = 'Proton Pass';

interface TotpField {
  uri: unknown;
  title: string;
  username: string | undefined;
}

/** True when a ZIP's file names are those of a Proton Pass export. */
export function isProtonPassZip(names: readonly string[]): boolean {
  return names.some((name) => DATA_FILE.test(name) && name.startsWith('Proton Pass/'));
}

/** Reads the TOTP fields of every login item of a Proton Pass export, item by item. */
export async function readProtonPassZip(zip: ZipFiles): Promise<ReadEntries> {
  const name = zip.names.find((entry) => DATA_FILE.test(entry));
  if (name === undefined) throw corrupt('the ZIP has no data.json');
  const data = requireObject(parseJson(await readZipText(zip, name)), 'data.json');
  const fields = Object.values(requireObject(data.vaults, 'vaults')).flatMap(readVaultFields);
  return collectEntries(
    fields,
    (field) => ({ account: readPassField(field) }),
    (field) => field.title,
  );
}

function readVaultFields(vault: unknown): TotpField[] {
  const items = asObject(vault)?.items;
  return (Array.isArray(items) ? items : []).flatMap((item) => {
    const data = asObject(asObject(item)?.data);
    const content = asObject(data?.content);
    if (data?.type !== 'login' || content === undefined) return [];
    const name = asObject(data.metadata)?.name;
    const title = typeof name === 'string' ? name.trim() : '';
    const username = typeof content.itemUsername === 'string' ? content.itemUsername : undefined;
    const extras = Array.isArray(data.extraFields) ? data.extraFields : [];
    const uris = [
      content.totpUri,
      ...extras
        .filter((extra) => asObject(extra)?.type === 'totp')
        .map((extra) => asObject(asObject(extra)?.data)?.totpUri),
    ];
    return uris
      .filter((uri) => uri !== '' && uri !== undefined)
      .map((uri) => ({ uri, title, username }));
  });
}

function readPassField(field: TotpField): OtpAccount {
  const account = readTotpField(field.uri, { issuer: field.title, account: field.username });
  return account.account === PASS_LABEL && account.issuer === field.title
    ? { ...account, issuer: PASS_LABEL, account: field.title }
    : account;
}
