/**
 * The background service worker: keyboard commands and the context menu go
 * to the page's content script, the badge counts the distinct terms on each
 * tab, and "open the full overview" opens the overview page. It makes no
 * network request and keeps no page text.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, isPageCommand, sendToTab } from '../utils/messages';
import { TermBadge } from '../utils/term-badge';

const EXPLAIN_MENU_ID = 'medterm-explain-selection';

export default defineBackground(() => {
  const badge = new TermBadge();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain “%s”', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void sendToTab(tab.id, 'explain-text', { text: info.selectionText }, info.frameId ?? 0).catch(() => null);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!isPageCommand(command)) return;
    const tabId = tab?.id ?? (await activeTabId());
    // A page where content scripts cannot run (the browser's own pages) simply does not answer.
    if (tabId !== undefined) await sendToTab(tabId, 'run-command', { command }).catch(() => null);
  });

  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));

  handleMessages({
    'open-overview': async ({ id }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/overview.html${id ? `#${id}` : ''}`) });
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
