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
 * objects (tests/contract reads through window.__real when a page has it):
 * - the terms are highlighted, each range over exactly its text, under
 *   "medterm-dotted", and "medterm:ready" is marked on the real timeline;
 * - resting the pointer on a term still opens its card;
 * - nothing the content script did reached the page's replacements (none
 *   was called), and the page threw nothing.
 * The content script runs in an isolated world with its own globals and
 * prototypes; this test is what shows it.
 */
import type { Page } from '@playwright/test';
import { highlightedTerms, readHighlights, readyMarks } from '../contract/page-contract';
import { closedRootHtml } from './closed-roots';
import { entry } from './content-helpers';
import { expect, test } from './fixtures';

/** The centre of the first line box of the highlighted range whose text is `text`. */
async function termCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  const { ranges } = await readHighlights(page, { measure: true });
  const line = ranges.find((range) => range.text === text)?.lines[0];
  return line ? { x: line.x + line.width / 2, y: line.y + line.height / 2 } : null;
}

test('highlights terms and opens cards on a page that replaced the globals in its own world', async ({
  context,
  server,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/trust-globals.html`);
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
  await expect.poll(() => readyMarks(page)).toBe(1);

  expect(await highlightedTerms(page)).toEqual([
    ...['neuroblastoma', 'induction chemotherapy', 'immunotherapy'].map((text) => ({ name: 'medterm-dotted', text })),
    { name: 'medterm-dotted-quiet', text: 'fever' },
  ]);

  const centre = await termCentre(page, 'immunotherapy');
  if (!centre) throw new Error('immunotherapy is not highlighted on screen');
  await page.mouse.move(centre.x, centre.y, { steps: 2 });
  // Read over the DevTools protocol: a locator into the closed root would run Playwright's own script in the page's world.
  await expect.poll(() => closedRootHtml(page)).toContain(`>${entry('immunotherapy').term}</h2>`);

  // Only the test's own check above called a replacement.
  const trapped = await page.evaluate(() => JSON.stringify(window.__trapped));
  expect(JSON.parse(trapped)).toEqual({ Highlight: 1 });
  expect(pageErrors).toEqual([]);
});
