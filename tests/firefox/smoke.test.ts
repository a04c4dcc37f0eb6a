/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2) installed into
 * Firefox ESR highlights terms on a fixture page through the Custom
 * Highlight API, marks medterm:ready, opens the card on hover (its host
 * closed to the page), and reads and underlines a custom element the page
 * upgrades after the first pass (content scripts run in an Xray world there,
 * where the page's custom elements look different), and reads frames into
 * which the background loads the explainer after their first look.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedPixels } from '../contract/changed-pixels';
import { isReady } from '../contract/page-contract';
import { type StaticServer, serveFixtures } from '../fixture-server';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  await browser.installExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openReady(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/${path}`);
  await page.waitForFunction(isReady);
  return page;
}

/** The highlighted texts of a page or frame, or only those inside the shadow root of the element `host` selects. */
function highlighted(page: Page | Frame, host?: string): Promise<string[]> {
  return page.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const range of highlight) {
        if (range.startContainer.getRootNode() !== root) continue;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(live.toString());
      }
    }
    return texts;
  }, host ?? null);
}

/** The extension's host: an element it appended to <html> (the fixtures' <html> holds only <head> and <body>). */
function hostOnPage(page: Page): Promise<{ present: boolean; closed: boolean }> {
  return page.evaluate(() => {
    const host = document.documentElement.children[2];
    return { present: host !== undefined, closed: host !== undefined && host.shadowRoot === null };
  });
}

/**
 * How many pixels under the highlighted text in the document (or inside the shadow root of the element `host` selects)
 * the extension's highlights change (screenshots with and without them): registering a range
 * proves nothing if no rule paints it.
 */
async function paintedPixels(page: Page, host?: string): Promise<number> {
  const clip = await page.evaluate((selector) => {
    const root = selector ? document.querySelector(selector)?.shadowRoot : document;
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        if (range.startContainer.getRootNode() !== root) continue;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const { x, y, width, height } = live.getBoundingClientRect();
        return { x, y, width, height: height + 4 };
      }
    }
    return null;
  }, host ?? null);
  if (!clip) return 0;
  const marked = await page.screenshot({ clip, encoding: 'base64' });
  const taken = await page.evaluateHandle(() => {
    const entries = [...CSS.highlights].filter(([name]) => name.startsWith('medterm'));
    for (const [name] of entries) CSS.highlights.delete(name);
    return entries;
  });
  const plain = await page.screenshot({ clip, encoding: 'base64' });
  await page.evaluate((entries) => {
    for (const [name, highlight] of entries) CSS.highlights.set(name, highlight);
  }, taken);
  return page.evaluate(changedPixels, [marked, plain]);
}

describe('the Firefox build', () => {
  it('highlights terms, including one split across inline elements, without touching the page', async () => {
    const page = await openReady('article.html');
    const texts = await highlighted(page);
    expect(texts).toContain('MYCN amplification');
    expect(texts).toContain('stage 4 neuroblastoma');
    expect(texts).not.toContain('neuroblastoma in a pre block');
    expect(await paintedPixels(page)).toBeGreaterThan(0);
    expect(await hostOnPage(page)).toEqual({ present: false, closed: false });
    await page.close();
  });

  it('opens the card for a hovered term and closes it with Escape', async () => {
    const page = await openReady('article.html');
    const point = await page.evaluate(() => {
      const term = document.querySelector('#methods i');
      const rect = term?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    // The card is in a closed shadow root: the page (and this test, from the page's world) sees only its host,
    // which is on top just below or above the term, where the card hangs.
    await page.waitForFunction(() => document.documentElement.children.length === 3);
    expect(await hostOnPage(page)).toEqual({ present: true, closed: true });
    await expect
      .poll(() =>
        page.evaluate(
          ({ x, y }) =>
            [y + 60, y - 60].some((at) => document.elementFromPoint(x, at) === document.documentElement.children[2]),
          point,
        ),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    // The host stays (its live region lives as long as the script), but nothing of it covers the page any more.
    await expect
      .poll(() =>
        page.evaluate(
          ({ x, y }) =>
            [y + 60, y - 60].some((at) => document.elementFromPoint(x, at) === document.documentElement.children[2]),
          point,
        ),
      )
      .toBe(false);
    await page.close();
  });

  it('reads a custom element whose shadow root is attached when the page defines it after the first pass', async () => {
    const page = await openReady('late-upgrade.html');
    // The page defines <lab-panel> only once it sees medterm:ready, so the first pass met it undefined.
    await page.waitForFunction(() => (window as unknown as { lateUpgrade: { defined: boolean } }).lateUpgrade.defined);
    await expect.poll(() => highlighted(page, 'lab-panel'), { timeout: 10_000 }).toEqual(['ferritin levels']);
    expect(await paintedPixels(page, 'lab-panel')).toBeGreaterThan(0);
    expect(await highlighted(page)).toEqual(['neuroblastoma']);
    await page.close();
  });

  it('loads the explainer into same-origin and srcdoc frames whose first look finds words', async () => {
    const page = await openReady('frame.html');
    const report = page.frames().find((frame) => frame.url().endsWith('/frame-report.html'));
    const summary = page.frames().find((frame) => frame.url() === 'about:srcdoc');
    if (!report || !summary) throw new Error('frame.html should hold both frames');
    await expect.poll(() => highlighted(report), { timeout: 10_000 }).toEqual(['MYCN amplification', 'primary tumour']);
    await expect.poll(() => highlighted(summary), { timeout: 10_000 }).toEqual(['bone marrow biopsy']);
    expect(await highlighted(page)).toEqual(['neuroblastoma']);
    await page.close();
  });
});
