export type {
  EnrolmentPage,
  FieldSpec,
  PageSpec,
  ResetControl,
  SiteId,
  SiteProfile,
  SiteWords,
} from './site-profile.ts';
export { cPointProfile, myCepaProfile, siteProfiles } from './profiles.ts';
export type { AccountSiteKeys } from './match-site.ts';
export {
  findSiteProfile,
  matchAccountsForOrigin,
  parseSecureOrigin,
  siteForIssuer,
} from './match-site.ts';
