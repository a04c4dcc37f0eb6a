/**
 * Firefox smoke test of the PDF reader: the Firefox build opens a PDF from
 * this computer through the reader's file input and marks its terms.
 * WebDriver BiDi may not navigate a tab to an extension page, so the test
 * takes the welcome page the install opens and moves it to reader.html
 * from inside (an extension page may open its own pages). The PDF is
 * printed by Firefox itself. With "Open PDFs in the MedTerm reader" on, a
 * page whose response is a PDF (at an address without ".pdf") opens in the
 * reader; off, it does not.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { isReady } from '../contract/page-contract';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const LETTER = 'Your child has neuroblastoma with MYCN amplification. The team plans chemotherapy first.';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'medterm-firefox-pdf-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  await browser.installExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The tab showing one of the extension's pages (puppeteer reports their address as about:blank). */
async function extensionPage(): Promise<Page> {
  return vi.waitFor(
    async () => {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://')) return page;
      }
      throw new Error('No extension page is open yet');
    },
    { timeout: 20_000, interval: 200 },
  );
}

it('opens a PDF from this computer in the reader and marks its terms', async () => {
  const printer = await browser.newPage();
  await printer.setContent(`<p style="font: 14pt serif">${LETTER}</p>`);
  const path = join(dir, 'letter.pdf');
  await writeFile(path, await printer.pdf());
  await printer.close();

  const reader = await extensionPage();
  await reader.evaluate(() => location.assign('/reader.html'));
  await reader.waitForFunction(
    () => location.pathname === '/reader.html' && document.querySelector('input[type=file]'),
  );
  const input = await reader.$('input[type=file]');
  await input?.uploadFile(path);
  await reader.waitForFunction(isReady, { timeout: 20_000 });
  const texts = await reader.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('medterm'))
      .flatMap(([, highlight]) =>
        [...highlight].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        }),
      ),
  );
  expect(texts).toEqual(expect.arrayContaining(['neuroblastoma', 'MYCN amplification', 'chemotherapy']));
});

/** The extension's storage, as its own pages see it. */
interface ExtensionGlobal {
  readonly browser: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

it('opens a page that is a PDF in the reader while the setting is on, and not once it is off', async () => {
  const pdf = await readFile(join(dir, 'letter.pdf'));
  const server = createServer((request, response) => {
    if (request.url === '/letters/42') response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const letter = `http://127.0.0.1:${(server.address() as AddressInfo).port}/letters/42`;
  const setting = async (openPdfLinks: boolean) => {
    const own = await extensionPage();
    await own.evaluate(
      (on) => (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ settings: { openPdfLinks: on } }),
      openPdfLinks,
    );
  };
  /**
   * Opens the letter in a new tab; resolves once the tab shows the reader
   * or the letter itself (the reader's redirect comes before the letter
   * would commit). The page moves itself: BiDi's own navigation waits for a
   * load it never sees in an extension page.
   */
  const open = async () => {
    const tab = await browser.newPage();
    await tab.evaluate((url) => location.assign(url), letter);
    const href = await vi.waitFor(
      async () => {
        const at = await tab.evaluate(() => location.href).catch(() => '');
        if (at.includes('/reader.html?link=') || at === letter) return at;
        throw new Error(`Still opening: ${at}`);
      },
      { timeout: 15_000, interval: 100 },
    );
    return { tab, href };
  };
  try {
    await setting(true);
    // The background adds its listener once it hears of the change.
    const { tab } = await vi.waitFor(
      async () => {
        const opened = await open();
        if (!opened.href.includes('/reader.html?link=')) {
          await opened.tab.close();
          throw new Error(`Not in the reader: ${opened.href}`);
        }
        return opened;
      },
      { timeout: 20_000, interval: 200 },
    );
    await tab.waitForFunction(isReady, { timeout: 20_000 });
    await tab.close();
    await setting(false);
    await vi.waitFor(
      async () => {
        const { tab: shown, href } = await open();
        await shown.close();
        if (href.includes('/reader.html')) throw new Error('Still sent to the reader');
      },
      { timeout: 20_000, interval: 200 },
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
