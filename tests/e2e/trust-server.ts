/**
 * A static server of the trust specs' own on 127.0.0.1: the fixture pages,
 * and under /vendor/preact/ Preact's ES modules from node_modules (with the
 * JavaScript MIME type that module scripts require), so a fixture can be a
 * real Preact app with no network beyond 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
const PREACT_DIR = resolve(import.meta.dirname, '../../node_modules/preact');
const VENDOR_PREFIX = '/vendor/preact/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface TrustServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Where a request path is on disk: Preact's package under /vendor/preact/, else the fixtures folder. */
function fileFor(pathname: string): string {
  const path = normalize(decodeURIComponent(pathname));
  if (path.startsWith(VENDOR_PREFIX)) return join(PREACT_DIR, path.slice(VENDOR_PREFIX.length));
  return join(FIXTURES_DIR, path);
}

export async function serveTrustPages(): Promise<TrustServer> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      const body = await readFile(fileFor(pathname));
      response.writeHead(200, { 'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
