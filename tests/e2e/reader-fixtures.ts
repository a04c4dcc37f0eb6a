/**
 * The reader's browser-test fixtures: PDFs printed once per worker by a
 * plain headless Chromium (see reader-papers.ts) into a folder served over
 * http, beside the paper's HTML (what the content script reads for the
 * expected terms) and a page that is not a PDF; one Chromium with the
 * extension per worker (the reader keeps no state between pages, and a
 * launch per test costs more than the tests); and `openReader`, which opens
 * reader.html?file=… and waits for the notice or the first marked page.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH, type LaunchedExtension, launchWithExtension } from '../../scripts/chromium';
import { serveDirectory } from '../../scripts/static-server';
import { isReady } from '../contract/page-contract';
import { FIXTURES_DIR } from '../fixture-server';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';
import { pageBreakHtml } from './reader-break-letter';
import { corpusPassages, encryptedPdf, imageOnlyPdf, paperHtml, printPdf } from './reader-papers';

/** The served files, by name, as full URLs. */
export interface ReaderFiles {
  readonly origin: string;
  /** A three-page two-column paper, and its HTML. */
  readonly paper: string;
  readonly paperHtml: string;
  readonly scan: string;
  readonly locked: string;
  readonly truncated: string;
  readonly notPdf: string;
  /** A letter whose terms run across its page breaks. */
  readonly breaks: string;
  /** The paper's path on disk (for the file picker). */
  readonly paperPath: string;
}

interface ReaderFixtures {
  /** The worker's browser context (pages a test opens are closed after it). */
  context: BrowserContext;
  extensionId: string;
  /** Opens the reader on a web address and waits until it shows a notice or marks its first page. */
  openReader: (fileUrl: string) => Promise<Page>;
}

interface WorkerFixtures {
  readerFiles: ReaderFiles;
  extension: LaunchedExtension;
}

export const test = base.extend<ReaderFixtures, WorkerFixtures>({
  extension: [
    async ({}, use) => {
      await registerClosedRootEngine();
      const launched = await launchWithExtension();
      await exposeClosedRoots(launched.context);
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extension }, use) => {
    const before = new Set(extension.context.pages());
    await use(extension.context);
    await Promise.all(extension.context.pages().flatMap((page) => (before.has(page) ? [] : [page.close()])));
  },
  extensionId: async ({ extension }, use) => {
    await use(extension.extensionId);
  },
  readerFiles: [
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'medterm-pdfs-'));
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
      const page = await browser.newPage();
      const html = paperHtml(await corpusPassages(page), 3);
      const paper = await printPdf(page, html);
      await Promise.all([
        writeFile(join(dir, 'paper.html'), html),
        writeFile(join(dir, 'paper.pdf'), paper),
        writeFile(join(dir, 'truncated.pdf'), paper.subarray(0, Math.floor(paper.length * 0.6))),
        writeFile(join(dir, 'locked.pdf'), encryptedPdf()),
        writeFile(join(dir, 'scan.pdf'), await imageOnlyPdf(page)),
        writeFile(join(dir, 'breaks.pdf'), await printPdf(page, pageBreakHtml())),
        copyFile(join(FIXTURES_DIR, 'article.html'), join(dir, 'article.pdf')),
      ]);
      await browser.close();
      const server = await serveDirectory(dir);
      const url = (name: string) => `${server.origin}/${name}`;
      await use({
        origin: server.origin,
        paper: url('paper.pdf'),
        paperHtml: url('paper.html'),
        scan: url('scan.pdf'),
        locked: url('locked.pdf'),
        truncated: url('truncated.pdf'),
        notPdf: url('article.pdf'),
        breaks: url('breaks.pdf'),
        paperPath: join(dir, 'paper.pdf'),
      });
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  openReader: async ({ context, extensionId }, use) => {
    await use(async (fileUrl) => {
      const page = await context.newPage();
      await page.goto(readerUrl(extensionId, fileUrl));
      await page.waitForFunction(isSettled, null, { timeout: 15_000 });
      return page;
    });
  },
});

export const expect = test.expect;

export function readerUrl(extensionId: string, fileUrl?: string): string {
  const query = fileUrl ? `?file=${encodeURIComponent(fileUrl)}` : '';
  return `chrome-extension://${extensionId}/reader.html${query}`;
}

/** Whether the reader has marked its first page or says why it cannot (page function). */
function isSettled(): boolean {
  return (
    performance.getEntriesByName('medterm:ready').length > 0 ||
    document.querySelector('.notice-error, .notice h2') !== null
  );
}

export { isReady };
