import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountRecord } from '../../../core/vault/index.ts';

const permissions = {
  remove: vi.fn(() => Promise.resolve(true)),
  request: vi.fn(() => Promise.resolve(true)),
  contains: vi.fn(({ origins }: { origins: string[] }) =>
    Promise.resolve(origins[0] === 'https://a.test/*'),
  ),
};
vi.mock('wxt/browser', () => ({
  browser: {
    permissions,
    runtime: { getManifest: () => ({ host_permissions: ['https://my.cepa.be/*'] }) },
  },
}));
const { findAllowedLinks, releaseLinkAccess, requestLinkAccess } = await import('./link-access.ts');

const withLinks = (...links: string[]) => ({ links }) as unknown as AccountRecord;

beforeEach(() => vi.clearAllMocks());

describe('releaseLinkAccess', () => {
  const cases: [string, string, AccountRecord[], boolean][] = [
    ['no account links it any more', 'https://a.test', [withLinks('https://b.test')], true],
    ['another account still links it', 'https://a.test', [withLinks('https://a.test')], false],
    ['a host the manifest requires', 'https://my.cepa.be', [], false],
  ];
  it.each(cases)('%s', async (_, origin, records, removed) => {
    await releaseLinkAccess(origin, records);
    expect(permissions.remove.mock.calls).toEqual(removed ? [[{ origins: [`${origin}/*`] }]] : []);
  });
});

describe('requestLinkAccess', () => {
  const cases: [string, string, boolean][] = [
    ['an https origin', 'https://a.test', true],
    ['http', 'http://a.test', false],
    ['not an origin', 'https://a.test/login', false],
  ];
  it.each(cases)('asks the browser only for %s', async (_, origin, asked) => {
    expect(await requestLinkAccess(origin)).toBe(asked);
    expect(permissions.request).toHaveBeenCalledTimes(asked ? 1 : 0);
  });
});

describe('findAllowedLinks', () => {
  it('keeps the links the browser allows, each asked once', async () => {
    const allowed = await findAllowedLinks([
      withLinks('https://a.test', 'https://b.test'),
      withLinks('https://a.test', 'http://c.test'),
    ]);
    expect([...allowed]).toEqual(['https://a.test']);
    expect(permissions.contains).toHaveBeenCalledTimes(2);
  });
});
