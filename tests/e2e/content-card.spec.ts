/**
 * What these tests prove about the card a reader opens by resting the
 * pointer on a highlighted term (tests/fixtures/article.html):
 * - it shows the entry's term, pronunciation, category, definition, a
 *   "More detail" expander, the parent note only where the entry has one,
 *   the "In the overview" quote with its section, the related terms (a click
 *   switches the card) and a link that opens the full overview at the entry;
 * - it hangs from the term, inside the viewport, and a role=status live
 *   region in the host announces the term and its definition;
 * - it stays open while the pointer moves from the term into it and rests
 *   there, and closes a moment (not at once) after the pointer leaves both
 *   (WCAG 1.4.13 hoverable and persistent);
 * - the pin keeps it open after the pointer leaves; Esc closes it, pinned
 *   or not.
 * Expected texts come from the glossary the extension is built from.
 */
import type { Page } from '@playwright/test';
import { CATEGORY_LABELS } from '../../components/categories';
import {
  cardOf,
  cardStates,
  entry,
  hoverTerm,
  inCardHost,
  pageClockPasses,
  pointerArrivedAt,
  recordCardStates,
} from './content-helpers';
import { expect, test } from './fixtures';

/** A point in the article's empty left margin: on no term and far from any card. */
const MARGIN = { x: 20, y: 450 } as const;
/** How long a card must outlive its hide grace to count as staying open. */
const STAYS_OPEN_MS = 900;

async function centreOf(page: Page): Promise<{ x: number; y: number }> {
  const box = await cardOf(page).boundingBox();
  if (!box) throw new Error('The card has no box');
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + Math.min(box.height / 2, 60)) };
}

test("shows the term's full explanation in a card when the pointer rests on it", async ({
  openFixture,
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await openFixture('article.html');
  const card = cardOf(page);
  const status = inCardHost(page, '[role="status"]');

  // An entry without a parent note shows none.
  const dinutuximab = entry('dinutuximab');
  expect(dinutuximab.parentNote).toBeNull();
  await hoverTerm(page, 'dinutuximab');
  await expect(card.locator('.term-card__term')).toHaveText(dinutuximab.term);
  await expect(card.locator('.term-card__note')).toHaveCount(0);

  // Moving to another term switches the card to it.
  const neuroblastoma = entry('neuroblastoma');
  const term = await hoverTerm(page, 'neuroblastoma');
  await expect(card.locator('.term-card__term')).toHaveText(neuroblastoma.term);
  await expect(card).toHaveAttribute('data-entry', 'neuroblastoma');
  await expect(card.locator('.term-card__pronunciation')).toHaveText(neuroblastoma.pronunciation);
  await expect(card.locator('.term-card__category')).toHaveText(CATEGORY_LABELS[neuroblastoma.category]);
  await expect(card.locator('.term-card__definition')).toHaveText(neuroblastoma.definition);
  await expect(card.locator('.term-card__note')).toHaveText(`For parents: ${neuroblastoma.parentNote}`);
  const [source] = neuroblastoma.sources;
  if (!source) throw new Error('neuroblastoma should quote the overview');
  await expect(card.locator('.term-card__source figcaption')).toHaveText(`In the overview, under “${source.section}”:`);
  await expect(card.locator('.term-card__source blockquote')).toHaveText(source.sentence);
  const related = neuroblastoma.related.map((id) => entry(id).term);
  await expect(card.getByRole('navigation', { name: 'Related terms' }).getByRole('button')).toHaveText(related);
  await expect(card.getByRole('button', { name: /Read it in the full overview/ })).toBeVisible();
  await expect(status).toHaveText(`${neuroblastoma.term}: ${neuroblastoma.definition}`);

  // The card hangs from the term (below or above it) and fits in the viewport.
  const box = await card.boundingBox();
  if (!box) throw new Error('The card has no box');
  const below = box.y >= term.y + term.height;
  const above = box.y + box.height <= term.y;
  expect(below || above, 'card is below or above the term').toBe(true);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(900);

  // "More detail" opens the longer explanation in place.
  const detail = card.locator('.term-card__detail > p');
  await expect(detail).toBeHidden();
  await card.getByText('More detail', { exact: true }).click();
  await expect(detail).toBeVisible();
  await expect(detail).toHaveText(neuroblastoma.detail);

  // A related term switches the card, and the live region says so.
  const neuroblast = entry('neuroblast');
  await card.getByRole('button', { name: neuroblast.term, exact: true }).click();
  await expect(card.locator('.term-card__term')).toHaveText(neuroblast.term);
  await expect(card).toHaveAttribute('data-entry', 'neuroblast');
  await expect(card.locator('.term-card__definition')).toHaveText(neuroblast.definition);
  await expect(status).toHaveText(`${neuroblast.term}: ${neuroblast.definition}`);

  // The footer link opens the full overview at the entry shown.
  const [overview] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: /Read it in the full overview/ }).click(),
  ]);
  await expect(overview).toHaveURL(`chrome-extension://${extensionId}/overview.html#neuroblast`);
  expect(pageErrors).toEqual([]);
});

test('keeps the card open while the pointer moves into it and closes it a moment after the pointer leaves both', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('article.html');
  const card = cardOf(page);
  await hoverTerm(page, 'isotretinoin');
  await expect(card.locator('.term-card__term')).toHaveText(entry('isotretinoin').term);
  await recordCardStates(page);

  // From the term, across the gap, into the card; then read it for a while.
  const inside = await centreOf(page);
  await page.mouse.move(inside.x, inside.y, { steps: 12 });
  const enteredAt = await pointerArrivedAt(page, inside.x, inside.y);
  await card.getByText('More detail', { exact: true }).click();
  await expect(card.locator('.term-card__detail > p')).toBeVisible();
  await pageClockPasses(page, enteredAt, STAYS_OPEN_MS);
  await expect(card).toBeVisible();
  expect((await cardStates(page)).map(({ state }) => state)).toEqual(['visible']);

  // Out of both: the card goes, but only after a grace period.
  await page.mouse.move(MARGIN.x, MARGIN.y, { steps: 4 });
  const leftAt = await pointerArrivedAt(page, MARGIN.x, MARGIN.y);
  await expect(card).toBeHidden();
  const closing = (await cardStates(page)).find(({ state }) => state !== 'visible');
  expect(closing, 'the card closed').toBeDefined();
  expect(closing?.at ?? 0).toBeGreaterThanOrEqual(leftAt + 150);
  expect(pageErrors).toEqual([]);
});

test('keeps a pinned card open after the pointer leaves and closes cards on Esc', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('article.html');
  const card = cardOf(page);

  // Esc closes an open card.
  await hoverTerm(page, 'naxitamab');
  await expect(card.locator('.term-card__term')).toHaveText(entry('naxitamab').term);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Pinned, the card outlives the pointer leaving; Esc still closes it.
  await hoverTerm(page, 'GM-CSF');
  await expect(card.locator('.term-card__term')).toHaveText(entry('gm-csf').term);
  await recordCardStates(page);
  await card.getByRole('button', { name: 'Pin this card open' }).click();
  await expect(card.getByRole('button', { name: 'Unpin this card' })).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(MARGIN.x, MARGIN.y, { steps: 4 });
  const leftAt = await pointerArrivedAt(page, MARGIN.x, MARGIN.y);
  await pageClockPasses(page, leftAt, STAYS_OPEN_MS);
  await expect(card).toBeVisible();
  expect((await cardStates(page)).map(({ state }) => state)).toEqual(['visible']);

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(pageErrors).toEqual([]);
});
