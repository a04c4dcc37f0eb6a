/**
 * The background service worker: keyboard commands go to the frame the reader
 * is in and the context menu to the frame of the selection, the badge counts
 * the distinct terms on each tab, "open the full overview" shows the
 * overview page, each frame's highlight rules are injected where pages
 * cannot read them, frames whose first look found something to explain get
 * the explainer and frames opening their first card the card's script, "Open in MedTerm reader" (a menu item or the keys)
 * opens a PDF in the reader, and the auto-open setting's rule sends pages
 * that are PDFs there.
 * It makes no network request and keeps no page text.
 */
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BACKGROUND_MESSAGE_CHECKS } from '../../utils/message-checks';
import { handleMessages, isPageCommand, sendToTab } from '../../utils/messages';
import { OPEN_IN_READER_COMMAND } from '../../utils/reader-address';
import { moveSettingsOutOfSync } from '../../utils/settings';
import { TermBadge } from '../../utils/term-badge';
import { loadCardUi, loadExplainer } from './load-scripts';
import { showOverview } from './overview-tab';
import { runPageCommand } from './page-commands';
import { paintHighlights } from './paint-highlights';
import { keepPdfLinkListener } from './pdf-link-listener';
import { keepPdfLinkRule } from './pdf-link-rule';
import { createReaderMenu, listenToReaderMenu, openTabInReader } from './reader-menu';

const EXPLAIN_MENU_ID = 'medterm-explain-selection';

export default defineBackground(() => {
  const badge = new TermBadge();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain “%s”', contexts: ['selection'] });
    void moveSettingsOutOfSync().catch(() => undefined);
    // First run: what the extension does and how to use it. Not on updates: the reader knows by then.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    createReaderMenu();
  });
  listenToReaderMenu();
  if (import.meta.env.FIREFOX) keepPdfLinkListener();
  else keepPdfLinkRule();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void sendToTab(tab.id, 'explain-text', { text: info.selectionText }, info.frameId ?? 0).catch(() => null);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const target = tab ?? (await activeTab());
    if (command === OPEN_IN_READER_COMMAND && target) await openTabInReader(target);
    if (isPageCommand(command) && target?.id !== undefined) await runPageCommand(target.id, command);
  });

  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));

  handleMessages(
    {
      'open-overview': async ({ id }) => {
        await showOverview(id);
        return null;
      },
      'page-terms-found': async ({ ids }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await badge.update(tabId, sender.frameId ?? 0, ids);
        return null;
      },
      'paint-highlights': ({ names }, sender) => paintHighlights(names, sender),
      'load-explainer': (_request, sender) => loadExplainer(sender),
      'load-card-ui': (_request, sender) => loadCardUi(sender),
    },
    BACKGROUND_MESSAGE_CHECKS,
  );
});

async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
