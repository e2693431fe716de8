import type { SettingsStore, StoredSettings } from '../../core/app/adapters.ts';

const KEY = 'havencode.settings';
/** Where the PWA kept the language before there was one settings store. */
const OLD_LANGUAGE_KEY = 'havencode.language';

/**
 * The PWA's settings store: localStorage (nothing secret in it). Another tab
 * saving fires the window's 'storage' event, which is this store's watch.
 */
export function createPwaSettingsStore(storage: Storage, target: EventTarget): SettingsStore {
  return {
    load() {
      const stored = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<StoredSettings>;
      const oldLanguage = storage.getItem(OLD_LANGUAGE_KEY) as StoredSettings['language'] | null;
      return Promise.resolve({ language: oldLanguage ?? undefined, ...stored });
    },
    save(settings) {
      storage.setItem(KEY, JSON.stringify(settings));
      storage.removeItem(OLD_LANGUAGE_KEY);
      return Promise.resolve();
    },
    watch(onChange) {
      const listener = (event: Event) => {
        if ((event as StorageEvent).key === KEY) onChange();
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener('storage', listener);
    },
  };
}
