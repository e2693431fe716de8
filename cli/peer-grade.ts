/**
 * Grades one `havencode import --json` run against the peers' expectations in
 * ../shared/peer-imports/expected.json, by the rules of its `_about`: the
 * expected accounts exactly (any order; secrets as key bytes; issuer and name
 * trimmed, null equal to "", *_alt accepted, a name may drop an "<issuer>:"
 * prefix); a `may_skip` account may be missing only if a stderr line says
 * "skipped" and names it; `min_skipped` entries must be reported; a `reject`
 * is exit 2 with one stderr line; `accept_reject` also passes that way.
 */

/** One account as expected.json states it; absent fields are not compared. */
export interface ExpectedAccount {
  type: string;
  issuer?: string | null;
  name?: string | null;
  secret: string;
  algorithm?: string;
  digits?: number;
  period?: number;
  counter?: number;
  issuer_alt?: (string | null)[];
  name_alt?: (string | null)[];
  may_skip?: string;
}

/** One file's entry in expected.json. */
export interface ExpectedFile {
  graded: boolean;
  expect: 'accounts' | 'reject' | 'none';
  password: string | null;
  via?: 'qr';
  accounts?: ExpectedAccount[];
  min_skipped?: number;
  accept_reject?: boolean;
}

/** What one CLI run gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The problems with a run, empty when the file was read correctly. */
export function gradeRun(expected: ExpectedFile, run: CliRun): string[] {
  const errLines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  const isCleanReject = run.code === 2 && errLines.length === 1 && run.stdout.trim() === '';
  if (expected.expect === 'reject' || (expected.accept_reject === true && isCleanReject)) {
    return isCleanReject
      ? []
      : [`expected exit 2 and one stderr line, got exit ${run.code}: ${run.stderr}`];
  }
  if (run.code !== 0) return [`exit ${run.code}: ${run.stderr.trim()}`];
  const actual = JSON.parse(run.stdout) as Record<string, unknown>[];
  const skippedLines = errLines.filter((line) => line.includes('skipped'));
  const problems: string[] = [];
  const unmatched = [...actual];
  for (const account of expected.accounts ?? []) {
    const at = unmatched.findIndex((candidate) => matches(account, candidate));
    if (at >= 0) unmatched.splice(at, 1);
    else if (account.may_skip === undefined) problems.push(`missing ${describe(account)}`);
    else if (!skippedLines.some((line) => namesAccount(line, account))) {
      problems.push(`left out without a "skipped" line naming it: ${describe(account)}`);
    }
  }
  for (const extra of unmatched) problems.push(`unexpected ${JSON.stringify(extra)}`);
  if (skippedLines.length < (expected.min_skipped ?? 0)) {
    problems.push(
      `reported ${skippedLines.length} skipped, expected at least ${expected.min_skipped}`,
    );
  }
  return problems;
}

function matches(expected: ExpectedAccount, actual: Record<string, unknown>): boolean {
  return (
    actual.type === expected.type &&
    sameKey(expected.secret, actual.secret) &&
    (expected.issuer === undefined ||
      acceptedText([expected.issuer, ...(expected.issuer_alt ?? [])], actual.issuer)) &&
    (expected.name === undefined || acceptedName(expected, actual.name)) &&
    (['algorithm', 'digits', 'period', 'counter'] as const).every(
      (field) => expected[field] === undefined || actual[field] === expected[field],
    )
  );
}

function acceptedName(expected: ExpectedAccount, actual: unknown): boolean {
  const names = [expected.name ?? null, ...(expected.name_alt ?? [])];
  const issuers = [expected.issuer, ...(expected.issuer_alt ?? [])].map((issuer) => issuer?.trim());
  const bare = names.flatMap((name) =>
    issuers.flatMap((issuer) =>
      issuer !== undefined && issuer !== '' && name?.trim().startsWith(`${issuer}:`)
        ? [name.trim().slice(issuer.length + 1)]
        : [],
    ),
  );
  return acceptedText([...names, ...bare], actual);
}

function acceptedText(accepted: (string | null)[], actual: unknown): boolean {
  const text = typeof actual === 'string' ? actual.trim() : '';
  return accepted.some((value) => (value ?? '').trim() === text);
}

// Secrets compare as key bytes: case, padding and trailing partial bits do not count.
function sameKey(expected: string, actual: unknown): boolean {
  return typeof actual === 'string' && keyBits(expected) === keyBits(actual);
}

function keyBits(base32: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...base32.toUpperCase().replace(/[=\s]/g, '')]
    .map((char) => {
      const value = alphabet.indexOf(char);
      return value < 0 ? `?${char}` : value.toString(2).padStart(5, '0');
    })
    .join('');
  return bits.slice(0, bits.length - (bits.length % 8));
}

function namesAccount(line: string, account: ExpectedAccount): boolean {
  const names = [account.name, account.issuer].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  );
  return names.length === 0 || names.some((name) => line.includes(name.trim()));
}

function describe(account: ExpectedAccount): string {
  return `${account.type} ${account.issuer ?? ''}:${account.name ?? ''}`;
}
