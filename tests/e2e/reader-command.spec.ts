/**
 * The keyboard command "Open this PDF in the MedTerm reader": on a tab that
 * shows a PDF it opens the reader beside it, which reads the bytes inside
 * that tab (as from the context menu); on a web page it does nothing. The
 * popup's shortcut list names it with its keys.
 *
 * Headless Chromium cannot press the browser's shortcuts, so the tests fire
 * the command in the service worker (commands.onCommand.dispatch runs the
 * background's own listener), in a build granted the portal's host as the
 * keys grant activeTab (reader-granted.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { PopupPage } from './popup-page';
import { expect, test } from './reader-fixtures';
import { launchGranted } from './reader-granted';
import { expectLetterReadInTab, servePortal } from './reader-portal';

/** The extension APIs the tests call in the service worker. */
interface ExtensionApi {
  readonly tabs: { query(filter: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  readonly commands: { readonly onCommand: { dispatch(command: string, tab: unknown): void } };
  readonly scripting: { executeScript(injection: { target: { tabId: number }; func: () => number }): Promise<unknown> };
}
declare const chrome: ExtensionApi;

/**
 * Fires the command for the tab at `url`, then waits until the background's
 * look into that tab is done: injections into one tab run in the order they
 * are asked for, so once a script of ours has run there, so has its. Resolves
 * with how many reader tabs are open then.
 */
async function pressOpenInReader(serviceWorker: Worker, url: string): Promise<number> {
  await serviceWorker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    if (tab?.id === undefined) throw new Error(`No tab at ${address}`);
    chrome.commands.onCommand.dispatch('open-in-reader', tab);
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => 1 });
  }, url);
  return readerTabs(serviceWorker);
}

/** How many reader tabs are open. */
function readerTabs(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(
    async () => (await chrome.tabs.query({})).filter(({ url }) => url?.includes('/reader.html')).length,
  );
}

test('opens the PDF of the active tab in the reader from the keyboard, read inside that tab', async ({
  readerFiles,
}) => {
  const portal = await servePortal(await readFile(readerFiles.paperPath));
  const { context, serviceWorker, close } = await launchGranted();
  try {
    const letter = await context.newPage();
    await letter.goto(portal.letter);
    const opened = context.waitForEvent('page');
    await pressOpenInReader(serviceWorker, portal.letter);
    await expectLetterReadInTab(await opened, portal);
    expect(await readerTabs(serviceWorker)).toBe(1);
  } finally {
    await close();
    await portal.close();
  }
});

test('does nothing on a tab that shows a web page', async ({ readerFiles }) => {
  const portal = await servePortal(await readFile(readerFiles.paperPath));
  const { context, serviceWorker, close } = await launchGranted();
  try {
    const home = await context.newPage();
    await home.goto(portal.home);
    expect(await pressOpenInReader(serviceWorker, portal.home)).toBe(0);
    await expect(home).toHaveURL(portal.home);
    expect(portal.requests.filter((request) => request.endsWith('/letter.pdf'))).toEqual([]);
  } finally {
    await close();
    await portal.close();
  }
});

test("lists the command with its keys among the popup's shortcuts", async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.tab('Settings').click();
  const item = popup.panel().locator('.shortcuts__item', { hasText: 'Open this PDF in the MedTerm reader' });
  await expect(item.locator('kbd')).toHaveText('Alt+Shift+O');
});
