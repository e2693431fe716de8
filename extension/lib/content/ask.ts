import { browser } from 'wxt/browser';
import { pickLanguage, translate } from '../../../core/i18n/index.ts';
import type { MessageKey, MessageParams } from '../../../core/i18n/index.ts';
import type { ContentRequest } from '../messages.ts';
import { loadSettings } from '../settings-store.ts';

/** A message in the user's language. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

/** Sends a request to the background and resolves to its answer. */
export function ask<T>(request: ContentRequest): Promise<T> {
  return browser.runtime.sendMessage<ContentRequest, T>(request);
}

/** `say` in the language the user chose in Havencode, else the browser's. */
export async function loadSay(): Promise<Say> {
  const language = (await loadSettings()).language ?? pickLanguage(navigator.languages);
  return (key, params) => translate(language, key, params);
}
