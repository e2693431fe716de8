/**
 * The peers' own export and backup files (../shared/peer-imports, read in
 * place: they stay under their projects' licences and are never copied here),
 * each run through `havencode import --json` and graded by expected.json.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gradeRun, type CliRun, type ExpectedFile } from './peer-grade.ts';

const root = fileURLToPath(new URL('../../shared/peer-imports/', import.meta.url));
const bin = fileURLToPath(new URL('../bin/havencode.js', import.meta.url));
const exec = promisify(execFile);

function loadExpected(): [string, ExpectedFile][] {
  const path = `${root}expected.json`;
  if (!existsSync(path)) throw new Error(`the peer files are not at ${root}`);
  const { files } = JSON.parse(readFileSync(path, 'utf8')) as {
    files: Record<string, ExpectedFile>;
  };
  return Object.entries(files).filter(([, file]) => file.graded);
}

async function importFile(name: string, file: ExpectedFile): Promise<CliRun> {
  const args = [bin, 'import', `${root}files/${name}`, '--json'];
  if (file.password !== null) args.push('--passphrase', file.password);
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

// Two at a time: the machine has two cores, and some files cost a second of Argon2id.
async function gradeAll(files: [string, ExpectedFile][]): Promise<Map<string, string[]>> {
  const results = new Map<string, string[]>();
  const queue = [...files];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [name, file] = next;
      results.set(name, gradeRun(file, await importFile(name, file)));
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe('peer import files', () => {
  it('reads every graded file correctly through the CLI', { timeout: 600_000 }, async () => {
    const files = loadExpected();
    const results = await gradeAll(files);
    const failures = [...results].filter(([, problems]) => problems.length > 0);
    console.log(`${files.length - failures.length}/${files.length} graded files read correctly`);
    expect(Object.fromEntries(failures)).toEqual({});
    expect(files.length).toBe(88);
  });
});
