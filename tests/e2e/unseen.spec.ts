/**
 * What this test proves about the shipped build (`npm run build`, copied to
 * .output/shipped by `npm run build:shipped-copy`): a page script that tries
 * what a tracking script would (tests/fixtures/tracker.html: CSS.highlights,
 * performance marks and the scripts long animation frames name, style sheets and adopted sheets, open shadow roots,
 * custom elements, new globals, MutationObserver records, WXT's events and
 * window messages, listened for with the extension's public id) finds
 * nothing that names the product or a medical topic, before a card opens,
 * while it is open and after it closed. What it can see is what cannot be
 * hidden: that some highlights exist over the page's own words, and one
 * attribute-less element once a card has opened.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/chromium';
import { closedRootHtml } from './closed-roots';
import { expect, test } from './fixtures';

const SHIPPED_DIR = resolve(import.meta.dirname, '../../.output/shipped/chrome-mv3');
/** Anything naming the product, its parts or a medical topic. */
const TELLING =
  /chrome-extension|medterm|explainer|glossary|wxt|tippy|term-card|::highlight|cancer|neuro|blastoma|onco|medic|health/i;

interface TrackerSnapshot {
  readonly highlightNames: string[];
  readonly performanceMarks: string[];
  readonly frameScripts: string[];
  readonly styleSheets: string[];
  readonly adoptedSheets: string[];
  readonly openShadowRoots: string[];
  readonly definedElements: string[];
  readonly newGlobals: string[];
  readonly heard: string[];
  readonly added: string[];
}

function snapshot(page: Page): Promise<TrackerSnapshot> {
  return page.evaluate(() => (window as unknown as { tracker: { snapshot(): TrackerSnapshot } }).tracker.snapshot());
}

/** Where a highlighted word is, found as a tracker would: through any highlight's ranges. */
function highlightedWordAt(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        const box = live.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, word);
}

function expectNothingTelling(seen: TrackerSnapshot, moment: string): void {
  expect(JSON.stringify(seen), moment).not.toMatch(TELLING);
  expect(seen.performanceMarks, moment).toEqual([]);
  expect(seen.styleSheets, moment).toEqual([]);
  expect(seen.adoptedSheets, moment).toEqual([]);
  expect(seen.openShadowRoots, moment).toEqual([]);
  expect(seen.definedElements, moment).toEqual([]);
  expect(seen.newGlobals, moment).toEqual([]);
  expect(seen.heard, moment).toEqual([]);
}

test('a tracking script finds nothing that names the product or a medical topic', async ({ server }) => {
  const { context, extensionId, close } = await launchWithExtension({ extensionDir: SHIPPED_DIR });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/tracker.html?id=${extensionId}`);
    await page.waitForFunction(() => [...CSS.highlights.values()].some((highlight) => highlight.size >= 8));

    const before = await snapshot(page);
    expectNothingTelling(before, 'before a card opens');
    expect(before.added).toEqual([]);
    expect(before.highlightNames.length).toBeGreaterThan(0);

    const word = await highlightedWordAt(page, 'isotretinoin');
    if (!word) throw new Error('isotretinoin is not highlighted');
    await page.mouse.move(word.x, word.y, { steps: 2 });
    await expect.poll(async () => await closedRootHtml(page)).toContain('isotretinoin');
    const during = await snapshot(page);
    expectNothingTelling(during, 'while a card is open');
    expect(during.added).toEqual(['<div>']);

    await page.keyboard.press('Escape');
    // The host stays (its live region lives as long as the script), empty of any card.
    await expect.poll(async () => await closedRootHtml(page)).not.toContain('class="term-card"');
    expectNothingTelling(await snapshot(page), 'after the card closed');
  } finally {
    await close();
  }
});
