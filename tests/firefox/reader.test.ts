/**
 * Firefox smoke test of the PDF reader: the Firefox build opens a PDF from
 * this computer through the reader's file input and marks its terms.
 * WebDriver BiDi may not navigate a tab to an extension page, so the test
 * takes the welcome page the install opens and moves it to reader.html
 * from inside (an extension page may open its own pages). The PDF is
 * printed by Firefox itself.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
