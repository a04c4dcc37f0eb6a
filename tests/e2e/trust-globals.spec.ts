/**
 * Trust: a page that replaces globals in its own world cannot break the
 * content script (tests/fixtures/trust-globals.html). Before the content
 * script runs, the page saves the real objects in window.__real and replaces
 * CSS (so CSS.highlights), Highlight, StaticRange, Range, MutationObserver,
 * MessageChannel, CSSStyleSheet, performance, timers, the DOM's
 * tree-changing, reading and measuring methods (appendChild, insertBefore,
 * removeChild, attachShadow, createRange, createElement, createTreeWalker,
 * elementFromPoint, caretPositionFromPoint, getClientRects…),
 * addEventListener and Array.prototype.push with functions that throw and
 * count their calls. This proves, reading only through the saved real
 * objects:
 * - the terms are highlighted, each range over exactly its text, under
 *   "medterm-dotted", and "medterm:ready" is marked on the real timeline;
 * - resting the pointer on a term still opens its card;
 * - nothing the content script did reached the page's replacements (none
 *   was called), and the page threw nothing.
 * The content script runs in an isolated world with its own globals and
 * prototypes; this test is what shows it.
 */
import type { Page } from '@playwright/test';
import { cardOf, entry } from './content-helpers';
import { expect, test } from './trust-fixtures';

/** What the page saved before replacing the globals (see the fixture). */
interface RealGlobals {
  readonly CSS: { readonly highlights: HighlightRegistry };
  readonly Range: typeof Range;
  readonly performance: Performance;
  readonly getClientRects: (this: Range) => DOMRectList;
}

interface HostilePage {
  readonly __real: RealGlobals;
  readonly __trapped: Record<string, number>;
}

/**
 * The medterm highlights as { name, text }, read through the real CSS.highlights and Range.
 * Results travel as JSON: Playwright's own serializer of arrays needs Array.prototype.push.
 */
async function realHighlights(page: Page): Promise<{ name: string; text: string }[]> {
  const json = await page.evaluate(() => {
    const real = (window as unknown as HostilePage).__real;
    const found: { name: string; text: string }[] = [];
    for (const [name, highlight] of real.CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const abstract of highlight) {
        const range = new real.Range();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        // Array.prototype.push is one of the replaced methods.
        found[found.length] = { name, text: range.toString() };
      }
    }
    return JSON.stringify(found);
  });
  return JSON.parse(json);
}

/** The centre of the first line box of the highlighted range whose text is `text`. */
async function realTermCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  const json = await page.evaluate((wanted) => {
    const real = (window as unknown as HostilePage).__real;
    for (const [name, highlight] of real.CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const abstract of highlight) {
        const range = new real.Range();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        if (range.toString() !== wanted) continue;
        const rect = real.getClientRects.call(range)[0];
        return JSON.stringify(rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null);
      }
    }
    return 'null';
  }, text);
  return JSON.parse(json);
}

test('highlights terms and opens cards on a page that replaced the globals in its own world', async ({
  context,
  pages,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`${pages.origin}/trust-globals.html`);
  // The page's own proof that its replacements are in place.
  expect(
    await page.evaluate(() => {
      try {
        new Highlight();
        return 'Highlight still works';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    }),
  ).toBe('The page replaced Highlight');
  // Polled with plain evaluations: page.waitForFunction's helper itself needs addEventListener.
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as HostilePage).__real.performance.getEntriesByName('medterm:ready').length,
      ),
    )
    .toBe(1);

  expect(await realHighlights(page)).toEqual(
    ['neuroblastoma', 'induction chemotherapy', 'immunotherapy', 'fever'].map((text) => ({
      name: 'medterm-dotted',
      text,
    })),
  );

  const centre = await realTermCentre(page, 'immunotherapy');
  if (!centre) throw new Error('immunotherapy is not highlighted on screen');
  await page.mouse.move(centre.x, centre.y, { steps: 2 });
  await expect(cardOf(page).locator('.term-card__term')).toHaveText(entry('immunotherapy').term);

  // Only the test's own check above called a replacement.
  const trapped = await page.evaluate(() => JSON.stringify((window as unknown as HostilePage).__trapped));
  expect(JSON.parse(trapped)).toEqual({ Highlight: 1 });
  expect(pageErrors).toEqual([]);
});
