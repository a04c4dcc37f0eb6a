/**
 * `npm run bench:reader`: the PDF reader on a 30-page two-column paper
 * printed by Chromium from the neuroblastoma pages of the sense corpus
 * (tests/e2e/reader-papers.ts), opened with reader.html?file=… from a local
 * server. Prints, over --runs loads (default 5), from the navigation's start:
 * the PDF's bytes in, the first page visible and marked (`medterm:ready`),
 * every page's terms counted (`medterm:counted`), and the longest main-thread
 * task of the load; then the recall of the reader's marks against the
 * content script's on the same paper as HTML. Targets are reported, never
 * asserted. Options: --runs N, --skip-build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH, launchWithExtension } from '../../scripts/chromium';
import { serveDirectory } from '../../scripts/static-server';
import { corpusPassages, printPaper } from '../e2e/reader-papers';
import { readerTerms, recallOf, webTerms } from '../e2e/reader-recall';
import { buildExtension, log, OUT_DIR } from './setup';
import { median } from './stats';

const PAGES = 30;
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'skip-build': { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number(options.runs));

interface Load {
  readonly bytesIn: number;
  readonly ready: number;
  readonly counted: number;
  readonly longestTask: number;
}

/** Times of one load, in ms from the navigation's start (read once every page's terms are counted). */
async function measureLoad(page: Page, url: string, pdfUrl: string): Promise<Load> {
  await page.goto(url);
  await page.evaluate(() => {
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.waitForFunction(() => performance.getEntriesByName('medterm:counted').length > 0, null, {
    timeout: 120_000,
  });
  // No named functions inside: tsx would wrap them in a helper the page lacks.
  return page.evaluate((pdf) => {
    const resource = performance.getEntriesByName(pdf)[0] as PerformanceResourceTiming | undefined;
    return {
      bytesIn: resource?.responseEnd ?? Number.NaN,
      ready: performance.getEntriesByName('medterm:ready')[0]?.startTime ?? Number.NaN,
      counted: performance.getEntriesByName('medterm:counted')[0]?.startTime ?? Number.NaN,
      longestTask: window.__longestTask ?? 0,
    };
  }, pdfUrl);
}

const dir = join(OUT_DIR, 'reader');
mkdirSync(dir, { recursive: true });
if (!options['skip-build']) buildExtension();
log(`printing a ${PAGES}-page paper`);
const printer = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
const printPage = await printer.newPage();
const paper = await printPaper(printPage, await corpusPassages(printPage), PAGES);
writeFileSync(join(dir, 'paper.html'), paper.html);
writeFileSync(join(dir, 'paper.pdf'), paper.pdf);
await printer.close();

const server = await serveDirectory(dir);
const launched = await launchWithExtension();
try {
  const pdfUrl = `${server.origin}/paper.pdf`;
  const readerUrl = `chrome-extension://${launched.extensionId}/reader.html?file=${encodeURIComponent(pdfUrl)}`;
  const loads: Load[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await launched.context.newPage();
    loads.push(await measureLoad(page, readerUrl, pdfUrl));
    log(`run ${run + 1}: ${JSON.stringify(loads.at(-1))}`);
    await page.close();
  }
  const reader = await launched.context.newPage();
  await reader.goto(readerUrl);
  const recall = recallOf(await webTerms(launched.context, `${server.origin}/paper.html`), await readerTerms(reader));
  const pages = await reader.locator('.page').count();
  const figure = (pick: (load: Load) => number) => Math.round(median(loads.map(pick)));
  console.log(
    `\nPDF reader, ${pages}-page two-column paper (${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(`median of ${RUNS} loads, ms from navigation start:`);
  console.log(`  PDF bytes in                      ${figure((load) => load.bytesIn)}`);
  console.log(`  first page visible and marked     ${figure((load) => load.ready)}   (target 1500)`);
  console.log(`  every page's terms counted        ${figure((load) => load.counted)}   (target 3000)`);
  console.log(`  longest main-thread task          ${figure((load) => load.longestTask)}`);
  console.log(
    `recall of marked terms: ${(recall.recall * 100).toFixed(1)}% (${recall.expected} expected, ${recall.found} marked)`,
  );
  console.log(`  missing: ${JSON.stringify(recall.missing.slice(0, 15))}`);
  console.log(`  extra:   ${JSON.stringify(recall.extra.slice(0, 15))}`);
  writeFileSync(join(OUT_DIR, 'reader-bench.json'), JSON.stringify({ pages, loads, recall }, null, 2));
} finally {
  await launched.close();
  await server.close();
}
