/**
 * `npm start`: builds the extension and opens Chromium with it on the demo
 * pages. With a display, the browser opens in a window for you to try.
 * Without one, it runs headless, prints the terms it found on each page and
 * saves screenshots (highlighted page, open card, popup) in screenshots/.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { exposeClosedRoots, registerClosedRootEngine } from '../tests/e2e/closed-roots';
import { launchWithExtension } from './chromium';
import { serveDirectory } from './static-server';

const DEMO_DIR = resolve(import.meta.dirname, '../demo');
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');
const DEMO_PAGES = ['article.html', 'portal.html'];

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  // Without a display the script reports what was marked, read from the page: that needs the test build.
  execSync(headless ? 'npm run build:test' : 'npm run build', { stdio: 'inherit' });
  const server = await serveDirectory(DEMO_DIR);
  const browser = await launchWithExtension({ headless, keepWelcome: !headless });
  const urls = DEMO_PAGES.map((page) => `${server.origin}/${page}`);
  if (!headless) {
    for (const url of urls) await (await browser.context.newPage()).goto(url);
    console.log(`Chromium is open with MedTerm Explainer on:\n  ${urls.join('\n  ')}\nClose the browser to stop.`);
    await new Promise((done) => browser.context.on('close', done));
    await server.close();
    return;
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // The card is in a closed shadow root: found as the browser tests find it (tests/e2e/closed-roots.ts).
  await registerClosedRootEngine();
  await exposeClosedRoots(browser.context);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  for (const [index, url] of urls.entries()) {
    const name = DEMO_PAGES[index]?.replace('.html', '') ?? `page-${index}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitUntilSettled(page);
    console.log(`\n${url}\n  terms found: ${(await termsOnPage(page)).join(', ')}`);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
    await openFirstCard(page);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}-card.png`) });
    // The popup describes the active tab: this demo page, brought to the front.
    await page.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByText(/explained on this page/).waitFor();
    await popup.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}-popup.png`) });
  }
  console.log(`\nScreenshots saved in ${SCREENSHOT_DIR}`);
  await browser.close();
  await server.close();
}

/** Waits for the first full pass, then until the page stops re-rendering (portals keep updating after load). */
async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('medterm:ready').length > 0);
  // No named functions inside evaluate: tsx's keepNames would reference a helper the page lacks.
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((done) => {
        const started = performance.now();
        let lastChange = started;
        const observer = new MutationObserver(() => {
          lastChange = performance.now();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setInterval(() => {
          const now = performance.now();
          if (now - lastChange < quietMs && now - started < maxMs) return;
          clearInterval(timer);
          observer.disconnect();
          done();
        }, 100);
      }),
    { quietMs: 2_000, maxMs: 15_000 },
  );
}

/** The highlighted texts, each once, in the order CSS.highlights holds them. */
function termsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.add(live.toString().replace(/\s+/g, ' '));
      }
    }
    return [...texts];
  });
}

/** Rests the pointer on the first highlighted term long enough for its card to open. */
async function openFirstCard(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getClientRects()[0];
        if (rect && rect.top > 80 && rect.bottom < innerHeight / 2) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  });
  if (!point) return;
  await page.mouse.move(point.x - 40, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.locator('closed-root=.term-card').waitFor({ state: 'visible' });
  // Once its fade-in is over, so the screenshot shows the card as a reader sees it.
  const box = await page.locator('closed-root=.tippy-box').elementHandle();
  await page.waitForFunction((element) => element !== null && getComputedStyle(element).opacity === '1', box);
}

await main();
