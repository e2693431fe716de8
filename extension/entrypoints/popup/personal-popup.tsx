import { render } from 'preact';
import type { KioskPolicy } from '../../../core/kiosk/policy.ts';
import { App } from '../../../core/ui/App.tsx';
import { createPopupShell, openExtensionPort } from '../../lib/extension-port.ts';

/** The popup of a personal browser: the user's own vault. */
export async function startPersonalPopup(policy: KioskPolicy, root: HTMLElement): Promise<void> {
  const port = await openExtensionPort(policy);
  render(<App port={port} shell={createPopupShell(port.settings, { kiosk: false })} />, root);
}
