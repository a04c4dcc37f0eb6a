/**
 * A patient portal in miniature, for opening a PDF from a tab: /letter.pdf
 * shows as a page in the tab (headless Chromium downloads real PDFs instead
 * of showing them) and sets a login cookie; fetched with that cookie, the
 * same address gives the PDF's bytes, and without it, 403. So a reader that
 * reads the bytes inside the tab proves that the tab's login applies. Its
 * home page (/) is a web page that links to the letter.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';
import { highlightedTexts, isReady } from '../contract/page-contract';

export interface Portal {
  /** The PDF's address. */
  readonly letter: string;
  /** The portal's home page, a web page. */
  readonly home: string;
  /** The requests the portal answered, as "dest path" ("document /letter.pdf", "empty /letter.pdf"). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function servePortal(pdf: Buffer): Promise<Portal> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const dest = String(request.headers['sec-fetch-dest'] ?? '');
    requests.push(`${dest} ${request.url}`);
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Portal</title><p><a href="/letter.pdf">Your results letter</a></p>');
    } else if (request.url !== '/letter.pdf') {
      response.writeHead(404).end();
    } else if (dest === 'document') {
      response.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'session=signed-in; Path=/' });
      response.end('<!doctype html><title>letter.pdf</title><p>Your results letter (PDF)</p>');
    } else if (request.headers.cookie?.includes('session=signed-in')) {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    } else {
      response.writeHead(403).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    letter: `http://127.0.0.1:${port}/letter.pdf`,
    home: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Waits for the reader opened on the portal's letter and checks what a parent
 * would see (the letter marked) and how it got there: the page load, then one
 * fetch from inside the tab (with its cookie); the reader fetched nothing itself.
 */
export async function expectLetterReadInTab(reader: Page, portal: Portal): Promise<void> {
  await reader.waitForFunction(isReady, null, { timeout: 15_000 });
  expect(new URL(reader.url()).searchParams.get('file')).toBe(portal.letter);
  expect(await highlightedTexts(reader)).toContain('MYCN amplification');
  expect(portal.requests.filter((request) => request.endsWith('/letter.pdf'))).toEqual([
    'document /letter.pdf',
    'empty /letter.pdf',
  ]);
}
