/** Copying a code with the wipe delay the settings say (the kiosk policy's on a shared PC). */
import type { ClipboardAccess } from './adapters.ts';
import type { SettingsModel } from './settings.ts';

/**
 * A copy function for the UI: writes the text, asks the clipboard adapter to
 * wipe it after `clipboardSeconds`, and resolves to those seconds (0: never).
 */
export function createCopy(
  clipboard: ClipboardAccess,
  settings: Pick<SettingsModel, 'current'>,
): (text: string) => Promise<number> {
  return async (text) => {
    await clipboard.write(text);
    const seconds = settings.current.peek().clipboardSeconds;
    if (seconds > 0) await clipboard.wipeLater(seconds * 1000);
    return seconds;
  };
}
