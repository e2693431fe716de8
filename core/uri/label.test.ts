import { describe, expect, it } from 'vitest';
import {
  cleanLabelParts,
  encodeUriPart,
  isSameIssuer,
  joinLabel,
  parseLabel,
  splitLabel,
} from './label.ts';
import type { LabelParts } from './label.ts';
import { catchHavenError } from './test-support.ts';

describe('parseLabel', () => {
  it.each<[string, string | undefined, LabelParts]>([
    // The labels of the Key URI wiki.
    ['Example:alice@gmail.com', undefined, { issuer: 'Example', account: 'alice@gmail.com' }],
    ['Provider1:Alice%20Smith', undefined, { issuer: 'Provider1', account: 'Alice Smith' }],
    [
      'Big%20Corporation%3A%20alice%40bigco.com',
      undefined,
      { issuer: 'Big Corporation', account: 'alice@bigco.com' },
    ],
    ['alice@google.com', undefined, { issuer: undefined, account: 'alice@google.com' }],
    ['alice@google.com', 'Example', { issuer: 'Example', account: 'alice@google.com' }],
    ['Example:alice', 'Example', { issuer: 'Example', account: 'alice' }],
    // The parameter's spelling wins when both agree but for case or a form-encoded space.
    ['github:bob', 'GitHub', { issuer: 'GitHub', account: 'bob' }],
    ['ACME+Co:bob', 'ACME Co', { issuer: 'ACME Co', account: 'bob' }],
    // '+' in a label is literal (an e-mail sub-address), unlike in a parameter.
    ['bob+otp@example.com', undefined, { issuer: undefined, account: 'bob+otp@example.com' }],
    ['%20%20Example%20:%20%20bob%20', undefined, { issuer: 'Example', account: 'bob' }],
    [':x:y', undefined, { issuer: undefined, account: 'x:y' }],
    ['A%3AB:bob', 'A:B', { issuer: 'A:B', account: 'bob' }],
    ['Example:x:y', 'Example', { issuer: 'Example', account: 'x:y' }],
  ])('%j with issuer %j', (label, issuer, expected) => {
    expect(parseLabel(label, issuer)).toEqual(expected);
  });

  it.each([
    ['Other:bob', 'Example', 'uri/issuer-mismatch'],
    ['', undefined, 'uri/invalid-label'],
    ['Example:', undefined, 'uri/invalid-label'],
    ['Example:%20', 'Example', 'uri/invalid-label'],
    ['bad%E0%A4%A', undefined, 'uri/invalid-label'],
  ])('%j with issuer %j is %s', (label, issuer, code) => {
    expect(catchHavenError(() => parseLabel(label, issuer)).code).toBe(code);
  });

  it('names both issuers on a mismatch', () => {
    expect(catchHavenError(() => parseLabel('Other:bob', 'Example')).message).toMatch(
      /"Other".*"Example"/,
    );
  });
});

describe('splitLabel', () => {
  it.each([
    ['a:b', undefined, { prefix: 'a', account: 'b' }],
    ['a', undefined, { prefix: undefined, account: 'a' }],
    [' :b', undefined, { prefix: undefined, account: 'b' }],
    ['a:b:c', 'a:b', { prefix: 'a:b', account: 'c' }],
    ['A:B:c', 'a:b', { prefix: 'A:B', account: 'c' }],
    ['a:b:c', 'x', { prefix: 'a', account: 'b:c' }],
  ])('%j with issuer %j', (label, issuer, expected) => {
    expect(splitLabel(label, issuer)).toEqual(expected);
  });
});

describe('joinLabel', () => {
  it.each<[LabelParts, string]>([
    [{ issuer: 'Example', account: 'alice' }, 'Example:alice'],
    [{ issuer: undefined, account: 'alice' }, 'alice'],
    [{ issuer: undefined, account: 'x:y' }, ':x:y'],
    [{ issuer: 'A:B', account: 'c' }, 'A:B:c'],
  ])('%j -> %s, which splits back', (parts, label) => {
    expect(joinLabel(parts)).toBe(label);
    const { prefix, account } = splitLabel(label, parts.issuer);
    expect({ issuer: prefix, account }).toEqual(parts);
  });

  it('encodes each part but not the separator', () => {
    expect(joinLabel({ issuer: 'ACME Co', account: 'a:b' }, encodeUriPart)).toBe('ACME%20Co:a%3Ab');
  });
});

describe('cleanLabelParts', () => {
  it.each<[LabelParts, LabelParts]>([
    [
      { issuer: ' Example ', account: ' bob ' },
      { issuer: 'Example', account: 'bob' },
    ],
    [
      { issuer: '  ', account: 'bob' },
      { issuer: undefined, account: 'bob' },
    ],
    [
      { issuer: '', account: 'bob' },
      { issuer: undefined, account: 'bob' },
    ],
  ])('%j -> %j', (parts, expected) => {
    expect(cleanLabelParts(parts)).toEqual(expected);
  });

  it('rejects an empty account name', () => {
    const error = catchHavenError(() => cleanLabelParts({ issuer: 'Example', account: ' ' }));
    expect(error.code).toBe('uri/invalid-label');
  });
});

describe('encodeUriPart', () => {
  it.each([
    ['alice@example.com', 'alice@example.com'],
    ['a b+c&d=e#f?g/h:i%', 'a%20b%2Bc%26d%3De%23f%3Fg%2Fh%3Ai%25'],
    ['é', '%C3%A9'],
  ])('%j -> %s', (part, encoded) => {
    expect(encodeUriPart(part)).toBe(encoded);
  });

  it('rejects a lone surrogate as uri/invalid-label', () => {
    expect(catchHavenError(() => encodeUriPart('a\uD800')).code).toBe('uri/invalid-label');
  });
});

describe('isSameIssuer', () => {
  it.each([
    ['GitHub', 'github', true],
    ['ACME+Co', 'ACME Co', true],
    [' Example ', 'Example', true],
    ['Example', 'Examples', false],
  ])('%j vs %j -> %s', (a, b, same) => {
    expect(isSameIssuer(a, b)).toBe(same);
  });
});
