import { describe, expect, it } from 'vitest';
import {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
  siteForIssuer,
} from './match-site.ts';

describe('findSiteProfile', () => {
  const cases: [string, string | undefined][] = [
    ['https://my.cepa.be', 'mycepa'],
    ['https://my.cepa.be/', 'mycepa'],
    ['https://my.cepa.be/otp-activatie?x=1#y', 'mycepa'],
    ['https://my.cepa.be:443', 'mycepa'],
    ['https://MY.CEPA.BE', 'mycepa'],
    ['https://www.c-point.be', 'c-point'],
    ['https://www.c-point.be/nl/mfa', 'c-point'],
    ['https://WWW.C-Point.BE/nl/', 'c-point'],
    ['http://my.cepa.be', undefined],
    ['http://www.c-point.be/nl/mfa', undefined],
    ['https://my.cepa.be:8443', undefined],
    ['https://www.c-point.be:444', undefined],
    ['https://my-cepa.be', undefined],
    ['https://cepa.be', undefined],
    ['https://www.my.cepa.be', undefined],
    ['https://my.cepa.be.evil.test', undefined],
    ['https://my.cepa.be.', undefined],
    ['https://www.c-point.be.', undefined],
    ['https://c-point.be', undefined],
    ['https://www.c-point.be.example.test', undefined],
    ['https://www.c-point.be.example.test/nl/mfa', undefined],
    ['https://www.c-pointbe.com', undefined],
    ['https://xn--my-cepa.be', undefined],
    ['https://mу.cepa.be', undefined], // Cyrillic у: becomes xn--m-cub.cepa.be
    ['https://www.с-point.be', undefined], // Cyrillic с
    ['https://xn--www.c-point-9xb.be', undefined],
    ['wss://my.cepa.be', undefined],
    ['ftp://my.cepa.be', undefined],
    ['my.cepa.be', undefined],
    ['', undefined],
    ['null', undefined],
    ['https://evil.test/?https://my.cepa.be', undefined],
    ['https://evil.test/https://www.c-point.be', undefined],
  ];
  it.each(cases)('%s → %s', (origin, expected) => {
    expect(findSiteProfile(origin)?.id).toBe(expected);
  });
});

describe('parseSecureOrigin', () => {
  const cases: [string, string | undefined][] = [
    ['https://example.org/a/b', 'https://example.org'],
    ['https://Example.ORG:443', 'https://example.org'],
    ['https://example.org:8443', undefined],
    ['http://example.org', undefined],
    ['not a url', undefined],
  ];
  it.each(cases)('%s → %s', (url, expected) => {
    expect(parseSecureOrigin(url)).toBe(expected);
  });
});

describe('siteForIssuer', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['MyCepa', 'mycepa'],
    ['mycepa', 'mycepa'],
    ['  MYCEPA ', 'mycepa'],
    ['Cepa', 'mycepa'],
    ['C-point', 'c-point'],
    ['c-POINT', 'c-point'],
    ['\tC-point\n', 'c-point'],
    ['www.c-point.be', 'c-point'],
    ['WWW.C-POINT.BE', 'c-point'],
    ['my.cepa.be', 'mycepa'],
    ['c-point.be.evil.test', undefined],
    ['https://www.c-point.be', undefined],
    ['Cpoint', undefined],
    ['C point', undefined],
    ['My Cepa Evil', undefined],
    ['Google', undefined],
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('%j → %s', (issuer, expected) => {
    expect(siteForIssuer(issuer)?.id).toBe(expected);
  });
});

describe('matchAccountsForOrigin', () => {
  interface Row {
    id: string;
    issuer: string | undefined;
    links: string[];
  }
  const accounts: Row[] = [
    { id: 'cepa', issuer: 'MyCepa', links: [] },
    { id: 'cepa-alias', issuer: 'cepa', links: [] },
    { id: 'cpoint', issuer: 'C-point', links: [] },
    { id: 'linked', issuer: 'Acme', links: ['https://login.acme.test'] },
    { id: 'linked-http', issuer: 'Plain', links: ['http://plain.test'] },
    { id: 'linked-cepa', issuer: undefined, links: ['https://my.cepa.be/'] },
    { id: 'none', issuer: undefined, links: [] },
  ];
  const cases: [string, string[]][] = [
    ['https://my.cepa.be', ['cepa', 'cepa-alias', 'linked-cepa']],
    ['https://www.c-point.be', ['cpoint']],
    ['https://login.acme.test', ['linked']],
    ['https://login.acme.test:8443', []],
    ['https://acme.test', []],
    ['http://plain.test', []],
    ['https://plain.test', []],
    ['http://my.cepa.be', []],
    ['https://my-cepa.be', []],
    ['https://www.c-point.be.example.test', []],
    ['https://my.cepa.be.', []],
    ['garbage', []],
  ];
  it.each(cases)('%s → %j', (origin, expected) => {
    const found = matchAccountsForOrigin(accounts, origin, (a) => a);
    expect(found.map((a) => a.id)).toEqual(expected);
  });
});
