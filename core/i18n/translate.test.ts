import { describe, expect, it } from 'vitest';
import { HavenError } from '../errors.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { describeError, pickLanguage, translate } from './translate.ts';

describe('pickLanguage', () => {
  it.each([
    [['nl-BE', 'en'], 'nl'],
    [['fr-BE', 'nl'], 'fr'],
    [['de-DE', 'fr'], 'fr'],
    [['en-US'], 'en'],
    [['de', 'tr'], 'en'],
    [[], 'en'],
    [['NL_be'], 'nl'],
  ] as const)('%j → %s', (preferred, language) => {
    expect(pickLanguage(preferred)).toBe(language);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('nl', 'add.added', { count: 2 })).toBe('2 account(s) toegevoegd.');
    expect(translate('fr', 'accounts.secondsLeft', { seconds: 7 })).toBe('encore 7 s');
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(translate('en', 'add.added')).toBe('{count} account(s) added.');
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)(
    '%s translates every Dutch key and keeps its placeholders',
    (_language, catalogue) => {
      for (const [key, text] of Object.entries(nl)) {
        const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
        expect(catalogue[key as keyof typeof nl], key).toBeTruthy();
        expect(placeholders(catalogue[key as keyof typeof nl]), key).toEqual(placeholders(text));
      }
    },
  );
});

describe('describeError', () => {
  it('maps a HavenError by its code', () => {
    expect(describeError('nl', new HavenError('vault/wrong-pin', 'wrong pin'))).toBe(
      'Verkeerde pincode.',
    );
    expect(describeError('fr', new HavenError('vault/wrong-pin', 'wrong pin'))).toBe(
      'Code PIN incorrect.',
    );
  });

  it('never shows a foreign error message', () => {
    expect(describeError('en', new TypeError('secret JBSWY3DP is bad'))).toBe(
      'Something went wrong. Please try again.',
    );
  });
});
