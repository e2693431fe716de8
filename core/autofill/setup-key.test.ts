import { describe, expect, it } from 'vitest';
import { contextWords } from './context-word-lists.ts';
import { findSetupKey, mentionsSetupKey } from './setup-key.ts';

describe('findSetupKey', () => {
  it.each([
    ['Keycloak groups', 'JBSW Y3DP EHPK 3PXP', 'JBSWY3DPEHPK3PXP'],
    ['one run', 'Sleutel: JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['dashes', 'key JBSW-Y3DP-EHPK-3PXP please', 'JBSWY3DPEHPK3PXP'],
    ['too short', 'JBSW Y3DP', undefined],
    ['capital words', 'PLEASE ENTER THE CODE FROM YOUR APP', undefined],
    ['lower case', 'jbswy3dpehpk3pxp', undefined],
    ['two keys', 'JBSWY3DPEHPK3PXP or KRSXG5CTMVRXEZLU', undefined],
    ['inside a longer word', 'xJBSWY3DPEHPK3PXP', undefined],
  ])('%s', (_name, text, key) => {
    expect(findSetupKey(text)).toBe(key);
  });
});

describe('mentionsSetupKey', () => {
  it.each([
    ['Kan je niet scannen? Geef deze sleutel in', true],
    ['Unable to scan? Enter this key', true],
    ['Impossible de scanner ? Saisissez cette clé', true],
    ['Voer de code in', false],
  ])('%s', (text, yes) => {
    expect(mentionsSetupKey(text, contextWords.setupKey)).toBe(yes);
  });
});
