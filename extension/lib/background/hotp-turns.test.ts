import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHotpTurns } from './hotp-turns.ts';
import { fakeTab } from '../fake-tab.ts';

const tab = fakeTab(7);
/** The browser tells that tab 7 changed (its URL by script, or a new load). */
const update = (status: 'loading' | 'complete') =>
  fakeBrowser.tabs.onUpdated.trigger(7, { status }, { ...tab, status });

beforeEach(() => fakeBrowser.reset());

describe('createHotpTurns', () => {
  it('gives each document (Chromium) one turn; a new load is a new document', async () => {
    const turns = createHotpTurns();
    expect(turns.take({ tab, documentId: 'A' })).toBe(true);
    expect(turns.take({ tab, documentId: 'A' })).toBe(false);
    // The page changing its URL by script is no new load: no new turn.
    await update('loading');
    expect(turns.take({ tab, documentId: 'A' })).toBe(false);
    expect(turns.take({ tab, documentId: 'B' })).toBe(true);
  });

  it('without document ids (Firefox): one turn per tab until it loads again', async () => {
    const turns = createHotpTurns();
    expect(turns.take({ tab })).toBe(true);
    expect(turns.take({ tab })).toBe(false);
    await update('complete');
    expect(turns.take({ tab })).toBe(false);
    await update('loading');
    expect(turns.take({ tab })).toBe(true);
  });

  it('forgets a closed tab', async () => {
    const turns = createHotpTurns();
    expect(turns.take({ tab })).toBe(true);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(turns.take({ tab })).toBe(true);
  });
});
