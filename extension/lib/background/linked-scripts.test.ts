import { describe, expect, it } from 'vitest';
import { LINKED_SCRIPT_ID, planLinkedScript } from './linked-scripts.ts';

const script = (matches: string[]) => ({
  id: LINKED_SCRIPT_ID,
  js: ['content-scripts/content.js'],
  matches,
  runAt: 'document_idle' as const,
  allFrames: false,
});

describe('planLinkedScript', () => {
  const cases: [string, ReturnType<typeof script> | undefined, string[], string][] = [
    ['nothing granted, nothing registered', undefined, [], 'none'],
    ['only the built-in sites', undefined, ['https://my.cepa.be/*'], 'none'],
    ['a site allowed', undefined, ['https://a.test/*'], 'register'],
    ['already in step', script(['https://a.test/*']), ['https://a.test/*'], 'none'],
    [
      'in step, another order',
      script(['https://b.test/*', 'https://a.test/*']),
      ['https://a.test/*', 'https://b.test/*'],
      'none',
    ],
    [
      'another site allowed',
      script(['https://a.test/*']),
      ['https://a.test/*', 'https://b.test/*'],
      'update',
    ],
    [
      'the last site withdrawn',
      script(['https://a.test/*']),
      ['https://my.cepa.be/*'],
      'unregister',
    ],
    ['a wildcard grant only', undefined, ['https://*/*'], 'none'],
  ];
  it.each(cases)('%s', (_, registered, granted, kind) => {
    expect(planLinkedScript(registered, granted).kind).toBe(kind);
  });

  it('registers the manifest content script, top frame only, on the exact origins', () => {
    expect(planLinkedScript(undefined, ['https://b.test/*', 'https://a.test/*'])).toEqual({
      kind: 'register',
      script: script(['https://a.test/*', 'https://b.test/*']),
    });
  });

  it('updates a registration that runs another file', () => {
    const old = { ...script(['https://a.test/*']), js: ['old.js'] };
    expect(planLinkedScript(old, ['https://a.test/*']).kind).toBe('update');
  });
});
