/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2) installed into
 * Firefox ESR highlights terms on a fixture page through the Custom
 * Highlight API, marks medterm:ready, and opens the card on hover.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTerms, isReady } from '../contract/page-contract';
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

async function highlighted(page: Page): Promise<string[]> {
  return (await highlightedTerms(page)).map(({ text }) => text);
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
});
