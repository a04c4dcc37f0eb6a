/**
 * Trust: a corrupt stored setting falls back to the defaults. Garbage is
 * written to storage.local "settings" from the service worker before a page
 * loads — a bare string, and an object whose every field has the wrong type
 * or range ({ enabled: 'yes', highlightStyle: 42, hoverDelayMs: -5,
 * disabledSites: 'all', occurrences: null }). For each this proves:
 * - the page is highlighted (so neither "enabled" nor "disabledSites" turned
 *   it off) under the default style's name, "medterm-dotted", only;
 * - resting the pointer on a term opens its card after the default hover
 *   delay: not before it (as a delay of -5 ms would), and not much after.
 * Field-by-field fallback is unit-tested in tests/unit/settings.test.ts.
 */
import type { Page } from '@playwright/test';
import { highlightedTexts, highlightNames } from '../contract/page-contract';
import { cardOf, entry, termBox } from './content-helpers';
import { DEFAULTS } from './content-service-worker';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** Timer and frame slack when comparing the card's opening time with the hover delay. */
const SLACK_MS = 25;
const LATE_MS = 1_000;

const GARBAGE: { label: string; value: unknown }[] = [
  { label: 'a bare string', value: 'x' },
  {
    label: 'an object of wrong types',
    value: { enabled: 'yes', highlightStyle: 42, hoverDelayMs: -5, disabledSites: 'all', occurrences: null },
  },
];

/** Logs, in the page's world, when the pointer last moved and when the card's host arrived. */
async function recordHoverTimes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times = { moved: 0, opened: 0 };
    Object.assign(window, { hoverTimes: times });
    document.addEventListener('pointermove', () => {
      times.moved = performance.now();
    });
    // The page's own children of <html> are <head> and <body>: a third is the extension's host.
    new MutationObserver(() => {
      if (!times.opened && document.documentElement.children.length > 2) times.opened = performance.now();
    }).observe(document.documentElement, { childList: true });
  });
}

for (const { label, value } of GARBAGE) {
  test(`highlights with the default style and hover delay when the stored settings are ${label}`, async ({
    openFixture,
    serviceWorker,
    pageErrors,
  }) => {
    await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), value);

    const page = await openFixture('trust-copy.html');
    expect(await highlightNames(page)).toEqual(['medterm-dotted', 'medterm-dotted-quiet']);
    expect(await highlightedTexts(page)).toContain('isotretinoin');

    const box = await termBox(page, 'isotretinoin');
    await recordHoverTimes(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(cardOf(page).locator('.term-card__term')).toHaveText(entry('isotretinoin').term);
    const { moved, opened } = await page.evaluate(() => window.hoverTimes);
    expect(opened - moved).toBeGreaterThanOrEqual(DEFAULTS.hoverDelayMs - SLACK_MS);
    expect(opened - moved).toBeLessThan(DEFAULTS.hoverDelayMs + LATE_MS);
    expect(pageErrors).toEqual([]);
  });
}
