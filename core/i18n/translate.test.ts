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
    expect(translate('nl', 'add.addedOne', { name: 'C-point' })).toBe('C-point toegevoegd.');
    expect(translate('fr', 'accounts.secondsLeft', { seconds: 7 })).toBe('encore 7 s');
  });

  it.each([
    ['nl', 1, '1 account toegevoegd.'],
    ['nl', 2, '2 accounts toegevoegd.'],
    ['nl', 0, '0 accounts toegevoegd.'],
    ['en', 1, '1 account added.'],
    ['en', 0, '0 accounts added.'],
    ['fr', 0, '0 compte ajouté.'],
    ['fr', 1, '1 compte ajouté.'],
    ['fr', 3, '3 comptes ajoutés.'],
  ] as const)('%s chooses the plural for %d by the language’s rules', (language, count, text) => {
    expect(translate(language, 'add.added', { count })).toBe(text);
  });

  it('fills several plurals and placeholders in one message', () => {
    expect(translate('nl', 'backup.imported', { added: 1, duplicates: 2, skipped: 0 })).toBe(
      '1 account geïmporteerd, 2 stonden er al, 0 overgeslagen.',
    );
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(translate('en', 'add.addedOne')).toBe('{name} added.');
    expect(translate('en', 'add.added')).toContain('{count, plural,');
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s translates every Dutch key and keeps its parameters', (_language, catalogue) => {
    for (const [key, text] of Object.entries(nl)) {
      const placeholders = (s: string) =>
        [...new Set([...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
      expect(catalogue[key as keyof typeof nl], key).toBeTruthy();
      expect(placeholders(catalogue[key as keyof typeof nl]), key).toEqual(placeholders(text));
    }
  });
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
