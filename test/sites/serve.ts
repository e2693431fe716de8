import { formatDemoGuide, seedDemoUsers } from './demo-guide.ts';
import { startDemoSites } from './server.ts';

// Serves the demo sites until Ctrl-C: `tsx test/sites/serve.ts [port]` (or DEMO_PORT).
const port = Number(process.argv[2] ?? process.env.DEMO_PORT ?? 8443);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`Not a port: ${process.argv[2] ?? process.env.DEMO_PORT}`);
const sites = await startDemoSites({ port });
seedDemoUsers(sites);
console.log(formatDemoGuide(sites));
process.once('SIGINT', () => void sites.close());
process.once('SIGTERM', () => void sites.close());
