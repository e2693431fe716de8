import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser.ts';

/** Debian's Chromium reads managed policies here (Chrome: /etc/opt/chrome/policies/managed). */
const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** A copy of the extension with an administrator's policy for it. */
export interface ManagedExtension {
  /** Load this directory: its own path gives it its own id. */
  dir: string;
  id: string;
  /** Removes the policy file and the copy. */
  remove(): Promise<void>;
}

/** Chromium's id for an unpacked extension: the path's SHA-256, first 32 hex digits spelled a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Copies the built extension to a fresh directory and writes a managed
 * policy for that copy's id into Chromium's system policy directory, as an
 * administrator would (3rdparty extension policy). The copy has its own id,
 * so the policy reaches no other test's browser. Needs root.
 */
export async function manageExtension(policy: Record<string, unknown>): Promise<ManagedExtension> {
  const dir = await mkdtemp(join(tmpdir(), 'havencode-managed-ext-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const id = unpackedExtensionId(dir);
  const file = join(POLICY_DIR, `havencode-test-${id}.json`);
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  } catch (cause) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `Cannot write a managed policy to ${POLICY_DIR} (run as root, or set CHROMIUM_POLICY_DIR)`,
      {
        cause,
      },
    );
  }
  return {
    dir,
    id,
    remove: async () => {
      await rm(file, { force: true });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
