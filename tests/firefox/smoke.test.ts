/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2) installed into
 * Firefox ESR highlights terms on a fixture page through the Custom
 * Highlight API, marks medterm:ready, opens the card on hover, and reads a
 * custom element the page upgrades after the first pass (content scripts run
 * in an Xray world there, where the page's custom elements look different).
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The highlighted texts, or only those inside the shadow root of the element `host` selects. */
function highlighted(page: Page, host?: string): Promise<string[]> {
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

/** Whether the shadow root of the element `host` selects adopted the extension's highlight rules. */
function adoptsHighlightRules(page: Page, host: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const sheets = document.querySelector(selector)?.shadowRoot?.adoptedStyleSheets ?? [];
    return sheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(medterm')));
  }, host);
}

describe('the Firefox build', () => {
  it('highlights terms, including one split across inline elements, without touching the page', async () => {
    const page = await openReady('article.html');
    const texts = await highlighted(page);
    expect(texts).toContain('MYCN amplification');
    expect(texts).toContain('stage 4 neuroblastoma');
    expect(texts).not.toContain('neuroblastoma in a pre block');
    expect(await page.evaluate(() => document.querySelectorAll('medterm-explainer').length)).toBe(0);
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
    const title = () =>
      page.evaluate(
        () => document.querySelector('medterm-explainer')?.shadowRoot?.querySelector('.term-card h2')?.textContent,
      );
    await page.waitForFunction(
      () => document.querySelector('medterm-explainer')?.shadowRoot?.querySelector('.term-card h2') != null,
    );
    expect(await title()).toBe('MYCN amplification');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const box = document.querySelector('medterm-explainer')?.shadowRoot?.querySelector('.tippy-box');
      return (
        box == null || getComputedStyle(box).visibility === 'hidden' || box.getAttribute('data-state') === 'hidden'
      );
    });
    await page.close();
  });

  it('reads a custom element whose shadow root is attached when the page defines it after the first pass', async () => {
    const page = await openReady('late-upgrade.html');
    // The page defines <lab-panel> only once it sees medterm:ready, so the first pass met it undefined.
    await page.waitForFunction(() => (window as unknown as { lateUpgrade: { defined: boolean } }).lateUpgrade.defined);
    await expect.poll(() => highlighted(page, 'lab-panel'), { timeout: 10_000 }).toEqual(['ferritin levels']);
    expect(await adoptsHighlightRules(page, 'lab-panel')).toBe(true);
    expect(await highlighted(page)).toEqual(['neuroblastoma']);
    await page.close();
  });
});
