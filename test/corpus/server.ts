import https from 'node:https';
import type net from 'node:net';
import { makeCertificate } from '../sites/certificate.ts';
import { CPOINT_HOST, MYCEPA_HOST } from '../sites/hosts.ts';
import type { CorpusPage } from './corpus.ts';

/** The corpus served over HTTPS as the two sites; `hostRules` maps their names here. */
export interface CorpusServer {
  hostRules: string;
  /** Where the pages are served (Firefox reaches it through a tunnel). */
  port: number;
  close(): Promise<void>;
}

/**
 * Serves every corpus page under /corpus/<name> on www.c-point.be and
 * my.cepa.be (a fresh self-signed certificate; the test browser ignores
 * certificate errors as for the demo sites).
 */
export async function startCorpusServer(pages: readonly CorpusPage[]): Promise<CorpusServer> {
  const hosts = [CPOINT_HOST, MYCEPA_HOST];
  const { key, cert } = await makeCertificate(hosts);
  const byPath = new Map(pages.map((page) => [`/corpus/${page.name}`, page.html]));
  const server = https.createServer({ key, cert }, (req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'https://corpus').pathname);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Pagina niet gevonden');
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
  return {
    hostRules: hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', '),
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
