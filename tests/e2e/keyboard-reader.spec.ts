/**
 * What these tests prove for keyboard and screen-reader users:
 * - a card opened from the keyboard takes focus, keeps Tab inside itself,
 *   and Esc gives focus back to the element that had it;
 * - choosing a related term moves focus to the new card, which starts at its
 *   top with "More detail" closed;
 * - the card is a non-modal dialog named by its term in the browser's
 *   accessibility tree (read over the DevTools protocol, as assistive
 *   technology reads it), with pronunciation and category as named items.
 */
import type { Page } from '@playwright/test';
import { highlightedTexts, registeredRanges, selectRange } from '../contract/page-contract';
import { cardOf } from './content-helpers';
import { makeOnlyTab, runCommand } from './content-service-worker';
import { expect, test } from './fixtures';

/** Whether keyboard focus is inside the extension's card (its host is the page's active element then). */
function focusInCard(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await window.__testRevealClosedRoots?.();
    const root = [...(window.__testClosedRoots ?? [])].find((shadow) => shadow.host.isConnected);
    return root !== undefined && document.activeElement === root.host && root.activeElement !== null;
  });
}

interface AxNode {
  readonly role?: { readonly value?: string };
  readonly name?: { readonly value?: string };
}

async function dialogsInAccessibilityTree(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.filter(({ role }) => role?.value === 'dialog').map(({ name }) => name?.value ?? '');
  } finally {
    await session.detach();
  }
}

test('a card opened from the keyboard keeps Tab inside and gives focus back on Esc', async ({
  openFixture,
  context,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await makeOnlyTab(context, page);
  const link = page.locator('a[href="#ref1"]');
  await link.focus();
  const [range] = (await registeredRanges(page)).filter(({ text }) => text === 'isotretinoin');
  if (!range) throw new Error('isotretinoin is not highlighted');
  await selectRange(page, range);
  await link.focus();
  await runCommand(serviceWorker, 'explain-selection');
  const card = cardOf(page);
  await expect(card.locator('.term-card__term')).toHaveText('isotretinoin');
  await expect.poll(() => focusInCard(page)).toBe(true);

  for (let press = 0; press < 12; press++) await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
  expect(await focusInCard(page)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
});

test('a related term gets focus and a fresh card; the card is a dialog named by its term', async ({
  openFixture,
  context,
  serviceWorker,
}) => {
  const page = await openFixture('article.html');
  await makeOnlyTab(context, page);
  await runCommand(serviceWorker, 'next-term');
  const card = cardOf(page);
  await expect(card).toBeVisible();
  const first = (await card.locator('.term-card__term').textContent()) ?? '';
  expect(await dialogsInAccessibilityTree(page)).toEqual([first]);
  // Each a named item of a description list: "Say it" and "Category".
  await expect(card.locator('.term-card__meta dt')).toHaveText(['Say it', 'Category']);
  await expect(card.locator('.term-card__meta dd')).toHaveCount(2);

  await card.locator('summary').click();
  await expect(card.locator('details')).toHaveAttribute('open', '');
  await card.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  const chip = card.locator('.term-card__chip').first();
  const next = (await chip.textContent()) ?? '';
  await chip.focus();
  await page.keyboard.press('Enter');

  await expect(card.locator('.term-card__term')).toHaveText(next);
  await expect(card.locator('details')).not.toHaveAttribute('open', '');
  expect(await card.evaluate((element) => element.scrollTop)).toBe(0);
  await expect.poll(() => focusInCard(page)).toBe(true);
  expect(await dialogsInAccessibilityTree(page)).toEqual([next]);
});

test('Tab onto a marked link opens its card and leaves focus on the link', async ({ openFixture }) => {
  const page = await openFixture('article.html');
  const link = page.locator('a[href="#k1"]');
  for (let press = 0; press < 10 && !(await link.evaluate((element) => element === document.activeElement)); press++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await expect(cardOf(page).locator('.term-card__term')).toHaveText('neuroblastoma');
  await expect(link).toBeFocused();
});

test('"next term" starts from where focus is', async ({ openFixture, context, serviceWorker }) => {
  const page = await openFixture('article.html');
  await makeOnlyTab(context, page);
  await page.locator('a[href="#ref2"]').focus();
  await runCommand(serviceWorker, 'next-term');
  await expect.poll(() => highlightedTexts(page, 'medterm-focus')).toEqual(['tumours']);
});
