/**
 * The zxcvbn-ts strength score (0–4) of a passphrase, with the common, Dutch,
 * French and English word lists and keyboard layouts. Loaded lazily by passphrase.ts: the lists
 * weigh hundreds of kB, and only a backup export needs them.
 * https://zxcvbn-ts.github.io/zxcvbn/
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as en } from '@zxcvbn-ts/language-en';
import { dictionary as fr } from '@zxcvbn-ts/language-fr';
import { dictionary as nl } from '@zxcvbn-ts/language-nl-be';

let factory: ZxcvbnFactory | undefined;

/** zxcvbn's score: 3 or more resists an offline attack with a slow hash. */
export function scorePassphrase(text: string): number {
  // Our users' languages: Dutch (Belgian lists), French, English.
  const dictionary = { ...common, ...nl, ...fr, ...en };
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory.check(text).score;
}
