import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_ID } from './firefox.ts';

/** Where Firefox on Linux reads an administrator's policies.json (needs root). */
const POLICY_DIR = process.env.FIREFOX_POLICY_DIR ?? '/etc/firefox/policies';

/**
 * Writes policies.json as an administrator would, with Havencode's own
 * policy under `3rdparty.Extensions` for its add-on id, for Firefoxes started
 * from now on. Whatever file was there is put back by the returned function.
 */
export async function setFirefoxPolicy(
  policy: Record<string, unknown>,
): Promise<() => Promise<void>> {
  const file = join(POLICY_DIR, 'policies.json');
  const before = await readFile(file, 'utf8').catch(() => undefined);
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(
      file,
      JSON.stringify({
        policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: policy } } },
      }),
    );
  } catch (cause) {
    throw new Error(`Cannot write ${file} (run as root, or set FIREFOX_POLICY_DIR)`, { cause });
  }
  return () => (before === undefined ? rm(file, { force: true }) : writeFile(file, before));
}
