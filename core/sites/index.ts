export type { SiteId, SiteLanguage, SiteProfile, SiteStep, SiteWords } from './site-profile.ts';
export { cPointProfile, myCepaProfile, siteProfiles, siteWords } from './profiles.ts';
export { originPattern, siteMatchPatterns } from './origins.ts';
export type { AccountSiteKeys } from './match-site.ts';
export {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
  siteForIssuer,
} from './match-site.ts';
