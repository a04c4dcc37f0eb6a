/**
 * The background service worker: keyboard commands go to the frame the reader
 * is in and the context menu to the frame of the selection, the badge counts
 * the distinct terms on each tab, "open the full overview" shows the
 * overview page, and "Open in MedTerm reader" opens a PDF in the reader. It makes no network request and keeps no page text.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, isPageCommand, sendToTab } from '../../utils/messages';
import { TermBadge } from '../../utils/term-badge';
import { showOverview } from './overview-tab';
import { runPageCommand } from './page-commands';
import { createReaderMenu, listenToReaderMenu } from './reader-menu';

const EXPLAIN_MENU_ID = 'medterm-explain-selection';

export default defineBackground(() => {
  const badge = new TermBadge();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain “%s”', contexts: ['selection'] });
    createReaderMenu();
  });
  listenToReaderMenu();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void sendToTab(tab.id, 'explain-text', { text: info.selectionText }, info.frameId ?? 0).catch(() => null);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!isPageCommand(command)) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await runPageCommand(tabId, command);
  });

  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));

  handleMessages({
    'open-overview': async ({ id }) => {
      await showOverview(id);
      return null;
    },
    'page-terms-found': async ({ ids }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await badge.update(tabId, sender.frameId ?? 0, ids);
      return null;
    },
  });
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
