import { describe, expect, it } from 'vitest';
import { originPattern } from '../../core/sites/index.ts';
import { findLinkedOrigins } from './linked-origins.ts';

describe('findLinkedOrigins', () => {
  const cases: [string, string[], string[]][] = [
    ['none granted', [], []],
    ['one linked site', ['https://intranet.example.test/*'], ['https://intranet.example.test']],
    ['the two built-in sites', ['https://my.cepa.be/*', 'https://www.c-point.be/*'], []],
    ['a wildcard grant', ['https://*/*', '<all_urls>', 'https://*.example.test/*'], []],
    ['http and other ports', ['http://intranet.example.test/*', 'https://a.test:8443/*'], []],
    ['upper case is not an origin', ['https://Intranet.example.test/*'], []],
    ['a path narrower than the site', ['https://a.test/login/*'], []],
    [
      'duplicates, sorted',
      ['https://b.test/*', 'https://a.test/*', 'https://b.test/*'],
      ['https://a.test', 'https://b.test'],
    ],
  ];
  it.each(cases)('%s', (_, patterns, expected) => {
    expect(findLinkedOrigins(patterns)).toEqual(expected);
  });

  it('reads back what originPattern grants', () => {
    expect(findLinkedOrigins([originPattern('https://a.test')])).toEqual(['https://a.test']);
  });
});
