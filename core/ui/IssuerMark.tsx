import { findIssuerMark } from './issuer-mark.ts';

/** The round mark before an account: a bundled icon for a known service, else a coloured initial. */
export function IssuerMark({ name }: { name: string }) {
  const mark = findIssuerMark(name);
  return (
    <span class="mark" style={{ background: mark.background }} aria-hidden="true">
      {mark.kind === 'bundled' ? (
        <svg viewBox="0 0 24 24" dangerouslySetInnerHTML={{ __html: mark.svg }} />
      ) : (
        mark.letter
      )}
    </span>
  );
}
