/**
 * "Open PDFs in the MedTerm reader" (off by default): turned on in the
 * popup, a page whose response is
 * a PDF (Content-Type application/pdf at an address without ".pdf") opens
 * in the reader, from a link or typed, and the reader fetches that one PDF
 * once; turned off, the browser handles the PDF itself. A site cannot
 * probe for the reader at the extension's own address.
 */

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { highlightedTexts, isReady } from '../contract/page-contract';
import { PopupPage } from './popup-page';
import { expect, test } from './reader-fixtures';

/** A site whose letters are PDFs at addresses without ".pdf"; it records "dest path" of each request. */
async function serveLetters(pdf: Buffer) {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.headers['sec-fetch-dest'] ?? ''} ${request.url}`);
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Letters</title><a href="/letters/42">Your results letter</a>');
    } else if (request.url === '/letters/42') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    home: `${origin}/`,
    letter: `${origin}/letters/42`,
    requests,
    close: () => new Promise<void>((done) => server.closeAllConnections() ?? server.close(() => done())),
  };
}

interface ExtensionApi {
  readonly declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> };
}
declare const chrome: ExtensionApi;

/** How many rules the background has in place. */
function ruleCount(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length);
}

test('opens a PDF link in the reader while the setting is on, and not once it is off', async ({
  context,
  extension,
  extensionId,
  readerFiles,
}) => {
  const site = await serveLetters(await readFile(readerFiles.paperPath));
  const popup = await PopupPage.open(context, extensionId);
  await popup.tab('Settings').click();
  const setting = popup.panel().getByRole('checkbox', { name: 'Open PDFs in the MedTerm reader' });
  try {
    await expect(setting).not.toBeChecked();
    await setting.check();
    await expect.poll(() => ruleCount(extension.serviceWorker)).toBe(1);

    const page = await context.newPage();
    await page.goto(site.home);
    // reader.html is web accessible only at its dynamic address: a site probing the extension's own finds nothing.
    const probed = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'blocked',
        ),
      `chrome-extension://${extensionId}/reader.html`,
    );
    expect(probed).toBe('blocked');
    await page.getByRole('link', { name: 'Your results letter' }).click();
    // The reader is web accessible only at its dynamic address (an id of its own, new each session).
    await page.waitForURL(
      (url) =>
        url.protocol === 'chrome-extension:' &&
        url.pathname === '/reader.html' &&
        url.search === `?link=${site.letter}`,
    );
    await page.waitForFunction(isReady, null, { timeout: 15_000 });
    expect(await highlightedTexts(page)).toContain('MYCN amplification');
    await expect(page.locator('a.original')).toHaveAttribute('href', site.letter);
    // The navigation the rule turned around, then the reader's one fetch.
    expect(site.requests.filter((request) => request.endsWith('/letters/42'))).toEqual([
      'document /letters/42',
      'empty /letters/42',
    ]);

    await setting.uncheck();
    await expect.poll(() => ruleCount(extension.serviceWorker)).toBe(0);
    // The browser shows (or downloads) the PDF itself: the rule would have turned the navigation before it committed.
    await page.goto(site.letter).catch(() => undefined);
    expect(page.url()).toBe(site.letter);
  } finally {
    await setting.uncheck();
    await site.close();
  }
});
