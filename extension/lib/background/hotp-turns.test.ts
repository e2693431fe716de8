import { describe, expect, it, vi } from 'vitest';

type Updated = (tabId: number, change: { status?: string }) => void;
const fake = vi.hoisted(() => ({ updated: [] as Updated[] }));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      onUpdated: { addListener: (listener: Updated) => fake.updated.push(listener) },
      onRemoved: { addListener: () => undefined },
    },
  },
}));

const { createHotpTurns } = await import('./hotp-turns.ts');

const tab = { id: 7 } as never;

describe('createHotpTurns', () => {
  it('gives each document (Chromium) one turn; a new load is a new document', () => {
    const turns = createHotpTurns();
    expect(turns.take({ tab, documentId: 'A' })).toBe(true);
    expect(turns.take({ tab, documentId: 'A' })).toBe(false);
    // The page changing its URL by script is no new load: no new turn.
    for (const listener of fake.updated) listener(7, { status: 'loading' });
    expect(turns.take({ tab, documentId: 'A' })).toBe(false);
    expect(turns.take({ tab, documentId: 'B' })).toBe(true);
  });

  it('without document ids (Firefox): one turn per tab until it loads again', () => {
    const turns = createHotpTurns();
    expect(turns.take({ tab })).toBe(true);
    expect(turns.take({ tab })).toBe(false);
    for (const listener of fake.updated) listener(7, { status: 'complete' });
    expect(turns.take({ tab })).toBe(false);
    for (const listener of fake.updated) listener(7, { status: 'loading' });
    expect(turns.take({ tab })).toBe(true);
  });
});
