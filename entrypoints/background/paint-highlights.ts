/**
 * Injects a frame's ::highlight() rules as a stylesheet that page scripts
 * cannot list or read (it is not in document.styleSheets), unlike any sheet
 * a content script could add itself. The names come from the frame and are
 * checked before they go into CSS. The origin differs by browser, found by
 * looking at screenshots: Chromium paints ::highlight() from injected author
 * sheets, in the document and its shadow trees, but not from user-origin
 * ones; Firefox applies injected author sheets to the document only, and
 * user-origin ones to shadow trees too.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { type HighlightNames, highlightRules } from '../../utils/highlight-styles';

/** True once the rules are in the sender's frame; false when the browser refuses (the frame then adopts them). */
export async function paintHighlights(names: HighlightNames, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.insertCSS({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      css: highlightRules(names),
      origin: import.meta.env.FIREFOX ? 'USER' : 'AUTHOR',
    });
    return true;
  } catch {
    return false;
  }
}
