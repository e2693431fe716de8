import type { PageSpec, SiteProfile } from '../sites/site-profile.ts';
import { normalizeText } from './field-rules.ts';

/** True when `doc` is the page `spec` describes: by exact path, or by a heading or title. */
export function isPage(doc: Document, spec: PageSpec): boolean {
  if (spec.paths.includes(doc.location.pathname)) return true;
  if (spec.headings.length === 0) return false;
  const headings = [doc.title, ...Array.from(doc.querySelectorAll('h1, h2'), (h) => h.textContent)];
  const text = normalizeText(headings.join(' \n '));
  return spec.headings.some((heading) => text.includes(normalizeText(heading)));
}

/** True when the profile says nothing may be filled on this page (e-mail code, reset, payslip). */
export function isForbiddenPage(doc: Document, profile: SiteProfile | undefined): boolean {
  return profile !== undefined && profile.forbiddenPages.some((spec) => isPage(doc, spec));
}

/** True when `element` matches one of the selectors. */
export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => element.matches(selector));
}
