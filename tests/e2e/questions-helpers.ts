/** Helpers for the "My questions" specs: saving from a page card, the stored list, the popup's tab. */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { SavedWord } from '../../utils/questions/record';

import { cardOf, hoverTerm } from './content-helpers';
import { expect } from './fixtures';
import { PopupPage } from './popup-page';

interface StoredList {
  readonly version: number;
  readonly records: readonly SavedWord[];
}

/** What is stored under the questions key, as it is. */
export async function storedQuestions(serviceWorker: Worker): Promise<StoredList | undefined> {
  const stored: unknown = await serviceWorker.evaluate(() =>
    chrome.storage.local.get('questions').then(({ questions }) => questions),
  );
  return stored as StoredList | undefined;
}

/** Rests the pointer on the `nth` highlighted `word`, then saves it from its card with a real click. */
export async function saveFromCard(page: Page, word: string, nth = 0): Promise<Locator> {
  await hoverTerm(page, word, { nth });
  const button = cardOf(page).locator('.term-card__save-button');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  return button;
}

/** The popup in a tab, on "My questions". */
export async function openMyQuestions(context: BrowserContext, extensionId: string): Promise<PopupPage> {
  const popup = await PopupPage.open(context, extensionId);
  await popup.tab('My questions').click();
  return popup;
}

/** The saved words listed in the tab. */
export function savedItems(popup: PopupPage): Locator {
  return popup.panel().locator('.saved-word');
}
