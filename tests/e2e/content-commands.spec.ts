/**
 * What these tests prove about the keyboard commands (tests/fixtures/commands.html).
 * Headless Chromium cannot press browser shortcuts, so each test sends what
 * the background sends when a command fires ({ medterm: 'run-command' } to
 * the active tab, from the service worker):
 * - "next-term" and "previous-term" move through the page's terms in
 *   reading order, mark the current one with a "medterm-focus" highlight over
 *   exactly its text, scroll it into view and open its card, while the
 *   ordinary highlights stay as they were, and Esc closes that card;
 * - that order is the order a reader sees, also around nested blocks and
 *   into a component's shadow root (tests/fixtures/reading-order.html);
 * - "explain-selection" opens the card of the term the reader selected.
 */
import type { Page } from '@playwright/test';
import {
  boundsOf,
  highlightedTexts,
  readHighlights,
  registeredRanges,
  revealRange,
  selectRange,
} from '../contract/page-contract';
import { cardOf, entry, inCardHost } from './content-helpers';
import { makeOnlyTab, runCommand } from './content-service-worker';
import { expect, test } from './fixtures';

/** Whether the focus mark's text is inside the viewport. */
async function focusInView(page: Page): Promise<boolean> {
  const { ranges, viewport } = await readHighlights(page, { name: 'medterm-focus', measure: true });
  const [focus] = ranges;
  const box = focus && boundsOf(focus);
  return !!box && box.height > 0 && box.y >= 0 && box.y + box.height <= viewport.height;
}

test('moves to the next and previous term with a focus mark, in view, with its card open', async ({
  openFixture,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openFixture('commands.html');
  await makeOnlyTab(context, page);
  const card = cardOf(page);
  const steps = [
    { command: 'next-term', text: 'chemotherapy', id: 'chemotherapy' },
    { command: 'next-term', text: 'surgery', id: 'surgery' },
    { command: 'next-term', text: 'MYCN amplification', id: 'mycn-amplification' },
    { command: 'previous-term', text: 'surgery', id: 'surgery' },
  ];
  for (const { command, text, id } of steps) {
    await runCommand(serviceWorker, command);
    await expect
      .poll(() => highlightedTexts(page, 'medterm-focus'), { message: `${command} → ${text}` })
      .toEqual([text]);
    await expect.poll(() => focusInView(page), { message: `${text} is scrolled into view` }).toBe(true);
    await expect(card.locator('.term-card__term')).toHaveText(entry(id).term);
  }
  expect(await highlightedTexts(page, 'medterm-dotted')).toEqual(['chemotherapy', 'MYCN amplification']);
  // "surgery" is an everyday word, drawn more quietly on this page about health.
  expect(await highlightedTexts(page, 'medterm-dotted-quiet')).toEqual(['surgery']);
  // A card opened from the keyboard closes on Esc like any other.
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(pageErrors).toEqual([]);
});

test('explains the term the reader selected', async ({ openFixture, context, serviceWorker, pageErrors }) => {
  const page = await openFixture('commands.html');
  await makeOnlyTab(context, page);
  // Select exactly the term's text (across its <i>), without a mouse: no card opens by itself.
  const mycnRange = (await registeredRanges(page, { name: 'medterm-dotted' })).find(
    ({ text }) => text === 'MYCN amplification',
  );
  if (!mycnRange) throw new Error('MYCN amplification is not highlighted');
  await revealRange(page, mycnRange);
  await selectRange(page, mycnRange);
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('MYCN amplification');
  await expect(cardOf(page)).toHaveCount(0);

  await runCommand(serviceWorker, 'explain-selection');

  const mycn = entry('mycn-amplification');
  await expect(cardOf(page).locator('.term-card__term')).toHaveText(mycn.term);
  await expect(inCardHost(page, '[role="status"]')).toHaveText(`${mycn.term}: ${mycn.definition}`);
  expect(pageErrors).toEqual([]);
});

test('steps through terms in reading order around nested blocks and into shadow roots', async ({
  openFixture,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openFixture('reading-order.html');
  await makeOnlyTab(context, page);
  const focused = () => highlightedTexts(page, 'medterm-focus');
  const visited: string[] = [];
  for (let step = 0; step < 5; step++) {
    const before = await focused();
    await runCommand(serviceWorker, 'next-term');
    await expect.poll(focused, { message: `step ${step + 1} moves the focus mark` }).not.toEqual(before);
    visited.push(...(await focused()));
  }
  expect(visited).toEqual(['neuroblastoma', 'chemotherapy', 'biopsy', 'MRI scan', 'immunotherapy']);
  expect(pageErrors).toEqual([]);
});
