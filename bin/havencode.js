#!/usr/bin/env node
// Runs the CLI as bundled by cli/build-cli.js (postinstall, npm run build): no TypeScript compile at start.
const cli = await import('../dist/cli/main.js').catch((error) => {
  if (
    error?.code !== 'ERR_MODULE_NOT_FOUND' ||
    !String(error.message).includes('dist/cli/main.js')
  ) {
    throw error;
  }
  process.stderr.write('havencode: the CLI is not built: run `node cli/build-cli.js`\n');
  process.exit(2);
});
process.exitCode = await cli.runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
