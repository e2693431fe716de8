#!/usr/bin/env node
// Runs the CLI as bundled by cli/build-cli.js (postinstall, npm run build): no TypeScript compile at start.
const { runCli } = await import('../dist/cli/main.js');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
