/**
 * The one static file server of the project, on 127.0.0.1 (content scripts
 * do not run on file:// URLs by default): a folder, plus folders mounted
 * under URL prefixes (the test fixtures mount Preact's ES modules, so a
 * fixture can be a real Preact app with no network beyond 127.0.0.1).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts need a JavaScript MIME type.
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root`, and each folder of `mounts` under its URL prefix (such as "/vendor/preact/"). */
export async function serveDirectory(
  root: string,
  mounts: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const fileFor = (pathname: string) => {
    const path = normalize(decodeURIComponent(pathname));
    const prefix = Object.keys(mounts).find((candidate) => path.startsWith(candidate));
    return prefix ? join(mounts[prefix] ?? root, path.slice(prefix.length)) : join(root, path);
  };
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
    // A browser still open may hold a connection (a PDF read in ranges): close them all, do not wait for them.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
