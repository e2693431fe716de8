import { describe, expect, it } from 'vitest';
import { createPwaSettingsStore } from './settings-store.ts';

/** The part of Storage the store uses, in memory. */
function makeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    } as Storage,
  };
}

describe('createPwaSettingsStore', () => {
  it('reads the language an older version kept on its own, and moves it on the next save', async () => {
    const { items, storage } = makeStorage({ 'havencode.language': 'nl' });
    const store = createPwaSettingsStore(storage, new EventTarget());
    const stored = await store.load();
    expect(stored).toEqual({ language: 'nl' });
    await store.save({ autoFill: true, clipboardSeconds: 30, language: 'nl', changedAt: 1 });
    expect(items.has('havencode.language')).toBe(false);
    expect(await store.load()).toMatchObject({ language: 'nl', clipboardSeconds: 30 });
  });

  it("hears another tab's save of the settings only", () => {
    const target = new EventTarget();
    const store = createPwaSettingsStore(makeStorage().storage, target);
    let heard = 0;
    const stop = store.watch(() => heard++);
    const storageEvent = (key: string) => Object.assign(new Event('storage'), { key });
    target.dispatchEvent(storageEvent('havencode.settings'));
    target.dispatchEvent(storageEvent('something.else'));
    stop();
    target.dispatchEvent(storageEvent('havencode.settings'));
    expect(heard).toBe(1);
  });
});
