/**
 * The content script of every frame below the top one, and all that most of
 * them ever run: ad-heavy pages have dozens of small frames with nothing to
 * read. It takes a first look (first-look.ts) and asks the background to load
 * the explainer (entrypoints/content) into its frame only once the frame
 * could hold a term: the rest of the extension is never even parsed in the
 * others. The top frame loads the explainer straight from the manifest (the
 * popup and keyboard commands talk to it), so this script leaves it alone.
 */

import { defineContentScript } from 'wxt/utils/define-content-script';
// Not wxt/browser: webextension-polyfill would be half of this script, parsed in every frame, for one call
// that needs none (runtime.sendMessage returns a promise in Chrome's Manifest V3 and in Firefox).
import { extensionApi } from '../../utils/extension-api';
import type { BackgroundMessages, Envelope } from '../../utils/messages';
import { markReady } from '../../utils/test-contract';
import { mayHoldTerm, textAppears } from './first-look';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Some pages' message listeners choke on unknown messages; WXT's custom event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window === window.top) return;
    if (!mayHoldTerm(document)) {
      // Nothing to mark: the frame's first full pass is over. The explainer marks it once it has run instead.
      markReady();
      const { appeared, wake } = textAppears(document, ctx.signal);
      // Words chosen in a form field can still be explained from the context menu.
      document.addEventListener('contextmenu', (event) => event.isTrusted && wake(), {
        capture: true,
        signal: ctx.signal,
      });
      await appeared;
      if (ctx.isInvalid) return;
    }
    const request: Envelope<BackgroundMessages, 'load-explainer'> = { medterm: 'load-explainer', data: null };
    await extensionApi()?.runtime.sendMessage(request);
  },
});
