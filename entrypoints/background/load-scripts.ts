/**
 * Loads the content script's parts into a frame on request: the explainer
 * (entrypoints/content) into a frame below the top one whose first look
 * found something it could explain (entrypoints/frame-look.content), and the
 * card (entrypoints/card-ui.ts) into a frame the first time a card opens
 * there. A frame that holds no term never loads the explainer, and one where
 * no card opens never loads the card.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

/** The built files, as WXT names a content script and an unlisted script. */
const EXPLAINER_FILE = '/content-scripts/content.js';
const CARD_UI_FILE = '/card-ui.js';

/** True once the explainer runs in the sender's frame; false when refused or when it is the top frame. */
export function loadExplainer(sender: Browser.runtime.MessageSender): Promise<boolean> {
  // The top frame has the explainer from the manifest: loading a second copy would end the first.
  return sender.frameId === 0 ? Promise.resolve(false) : loadInto(sender, EXPLAINER_FILE);
}

/** True once the card's script has run in the sender's frame; false when the browser refuses. */
export function loadCardUi(sender: Browser.runtime.MessageSender): Promise<boolean> {
  return loadInto(sender, CARD_UI_FILE);
}

async function loadInto(
  sender: Browser.runtime.MessageSender,
  file: typeof EXPLAINER_FILE | typeof CARD_UI_FILE,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return true;
  } catch {
    return false;
  }
}
