export type { Catalogue, Language, MessageKey, MessageParams } from './catalogue.ts';
export { describeError, languages, pickLanguage, translate } from './translate.ts';
