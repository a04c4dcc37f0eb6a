/**
 * Loads the explainer (the content script in entrypoints/content) into a
 * frame whose first look found something it could explain
 * (entrypoints/frame-look.content). Frames that hold no term never load it.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

/** The explainer's built file, as WXT names a content script entry point. */
const EXPLAINER_FILE = '/content-scripts/content.js';

/** True once the explainer runs in the sender's frame; false when the browser refuses (the frame is gone). */
export async function loadExplainer(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  // The top frame has the explainer from the manifest: loading a second copy would end the first.
  if (tabId === undefined || frameId === undefined || frameId === 0) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EXPLAINER_FILE] });
    return true;
  } catch {
    return false;
  }
}
