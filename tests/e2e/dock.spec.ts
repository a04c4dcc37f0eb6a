/**
 * What these tests prove about "Move a pinned card to the side of the page":
 * - with the option on (switched in the popup's settings) and a wide window,
 *   pinning moves the card to a panel at the viewport's right edge, clear of
 *   the term's paragraph, and it stays there while the page scrolls;
 * - unpinning, or closing and opening again, puts the card back under its term;
 * - in a window too narrow for a card beside the text, and with the option
 *   off, a pinned card stays under its term as before;
 * - docked, the card is still a dialog named by its term, pinned from the
 *   keyboard, and Esc gives focus back where it was.
 */
import type { Locator, Page, Worker } from '@playwright/test';
import { dialogOutline } from './card-ax-tree';
import { cardOf, hoverTerm, inCardHost } from './content-helpers';
import { makeOnlyTab, runCommand } from './content-service-worker';
import { expect, test } from './fixtures';
import { PopupPage } from './popup-page';

const WIDE = { width: 1440, height: 900 } as const;
const NARROW = { width: 1100, height: 900 } as const;
/** The term, in the Methods paragraph of article.html (a centred column). */
const TERM = 'MYCN amplification';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box');
  return box;
}

/** The card's frame (tippy's box) in the viewport. */
function cardFrame(page: Page): Locator {
  return inCardHost(page, '.tippy-box');
}

/** Opens the term's card by resting the pointer on it, pins it, and returns the term's box. */
async function openAndPin(page: Page): Promise<Box> {
  const term = await hoverTerm(page, TERM, { nth: 1 });
  await expect(cardOf(page).locator('.term-card__term')).toHaveText(TERM);
  await cardOf(page).getByRole('button', { name: 'Pin this card open' }).click();
  await expect(cardOf(page).getByRole('button', { name: 'Unpin this card' })).toBeVisible();
  return term;
}

/** Whether the card hangs under the term, as a floating card does. */
async function hangsUnder(page: Page, term: Box): Promise<boolean> {
  const card = await boxOf(cardFrame(page));
  return Math.abs(card.x - term.x) < 2 && card.y > term.y + term.height && card.y < term.y + term.height + 20;
}

/** Switches the option in the popup's settings, as a reader does, and waits until it is stored. */
async function setDocking(page: Page, extensionId: string, serviceWorker: Worker, on: boolean): Promise<void> {
  const popup = await PopupPage.open(page.context(), extensionId);
  await popup.tab('Settings').click();
  await popup.page.getByRole('checkbox', { name: 'Move a pinned card to the side of the page' }).setChecked(on);
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => settings)))
    .toMatchObject({ dockPinned: on });
  await popup.page.close();
}

test('a pinned card docks beside the text, stays while scrolling, and floats again when unpinned', async ({
  openFixture,
  extensionId,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await page.setViewportSize(WIDE);
  await setDocking(page, extensionId, serviceWorker, true);
  await openAndPin(page);

  const paragraph = await boxOf(page.locator('#methods'));
  const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  await expect
    .poll(async () => {
      const card = await boxOf(cardFrame(page));
      return (
        card.x >= paragraph.x + paragraph.width &&
        Math.abs(card.x + card.width - (viewport.width - 16)) < 2 &&
        card.height >= viewport.height * 0.9
      );
    })
    .toBe(true);
  const docked = await boxOf(cardFrame(page));
  expect(docked.width).toBeGreaterThanOrEqual(16 * 16);

  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
  await expect(cardFrame(page)).toBeVisible();
  expect(await boxOf(cardFrame(page))).toEqual(docked);

  await cardOf(page).getByRole('button', { name: 'Unpin this card' }).click();
  const term = await hoverTerm(page, TERM, { nth: 1 });
  await expect.poll(() => hangsUnder(page, term)).toBe(true);
});

test('closing a docked card and opening it again shows it under its term', async ({
  openFixture,
  extensionId,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await page.setViewportSize(WIDE);
  await setDocking(page, extensionId, serviceWorker, true);
  const term = await openAndPin(page);
  await expect.poll(async () => (await boxOf(cardFrame(page))).x > term.x + 300).toBe(true);
  await page.keyboard.press('Escape');
  await expect(cardOf(page)).toBeHidden();
  await page.mouse.move(0, 0);
  await hoverTerm(page, TERM, { nth: 1 });
  await expect(cardOf(page)).toBeVisible();
  await expect.poll(() => hangsUnder(page, term)).toBe(true);
});

test('a pinned card stays under its term in a narrow window, or with the option off', async ({
  openFixture,
  extensionId,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await page.setViewportSize(NARROW);
  await setDocking(page, extensionId, serviceWorker, true);
  let term = await openAndPin(page);
  await expect.poll(() => hangsUnder(page, term)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(cardOf(page)).toBeHidden();

  await page.setViewportSize(WIDE);
  await setDocking(page, extensionId, serviceWorker, false);
  await page.mouse.move(0, 0);
  term = await openAndPin(page);
  await expect.poll(() => hangsUnder(page, term)).toBe(true);
});

test('a card docked from the keyboard stays a dialog named by its term, and Esc gives focus back', async ({
  openFixture,
  extensionId,
  context,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await page.setViewportSize(WIDE);
  await setDocking(page, extensionId, serviceWorker, true);
  await makeOnlyTab(context, page);
  const link = page.locator('a[href="#k1"]');
  await link.focus();
  await runCommand(serviceWorker, 'next-term');
  const term = (await cardOf(page).locator('.term-card__term').textContent()) ?? '';
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(cardOf(page).getByRole('button', { name: 'Unpin this card' })).toBeFocused();
  await expect.poll(async () => (await boxOf(cardFrame(page))).x).toBeGreaterThan(WIDE.width / 2);
  const outline = await dialogOutline(page);
  expect(outline).toContain(`- dialog ${JSON.stringify(term)} [modal=false]`);
  expect(outline).toContain('- button "Unpin this card" [pressed=true]');

  await page.keyboard.press('Escape');
  await expect(cardOf(page)).toBeHidden();
  await expect(link).toBeFocused();
});
