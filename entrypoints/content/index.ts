/**
 * MedTerm Explainer's content script, in every frame of every page.
 *
 *   index.ts ─ first-look: a frame whose text holds no glossary key word (most ad frames)
 *     │        waits for more and loads nothing else; the rest of the script is evaluated
 *     │        only past this point
 *     ▼
 *   explainer-session ─ settings, messages, lifetime ─► Explainer (while the site is on)
 *   lifetime/    script-lifetime (replaces WXT's context: nothing a page can see or dispatch),
 *                navigation-rescans (a single-page app's navigations, rate-limited)
 *
 *   reading/     page-scanner ─ text-blocks (blocks of text with node offsets, exclusions,
 *     │          shadow roots), dom-watcher (MutationObserver per root), scheduler (time
 *     │          slices), visible-first, left-out-blocks (at the cap), late-shadow-roots
 *     ▼
 *   finding/     block-reader ─ find-terms (the one matcher over a block → numbers in a
 *     │          match-list; ranges, as TermOccurrences, only for the marked matches that fit),
 *     │          page-sense (which matches are marked in the page's sense) ─ topic-judge
 *     │          (what the frame's page is about, from those matches), first-per-section,
 *     │          term-sentence (the sentence a saved word came from)
 *     ▼
 *   highlights/  page-highlights (StaticRanges in CSS.highlights, per block, the cap),
 *     │          highlight-painter (the rules, injected by the background where pages cannot
 *     │          read them), reading-order, range-geometry, term-at-point, term-navigator
 *     ▼
 *   card/        pointer-triggers, focus-trigger, focus-cycle, card-opener
 *                ─► page-card (Preact card; card-request says what it shows) ─ card-host (tippy
 *                in one shadow-root host) ─ page-mount (a plain host with a closed shadow root)
 *
 *   term-badge-reporter ─► background (the toolbar badge)
 *
 * reading/, finding/, highlights/ and card/ take a document (and window) as
 * parameters, so an extension page such as the PDF reader can reuse them.
 * The page's own DOM is never changed: highlights are StaticRanges in
 * CSS.highlights, and the card lives in the single host element the
 * extension adds. In a test build (utils/test-contract.ts), after the first
 * full pass the script marks `medterm:ready` on the page's performance timeline.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { markReady as recordReadyMark } from '../../utils/test-contract';
import { mayHoldTerm, textAppears } from './first-look';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Some pages' message listeners choke on unknown messages; WXT's custom event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let marked = false;
    const markReady = () => {
      if (marked) return;
      marked = true;
      recordReadyMark();
    };
    // The top frame always starts: the popup and the keyboard commands talk to it.
    if (window !== window.top && !mayHoldTerm(document)) {
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
    // The bundler inlines this module into the content script and evaluates it only now: no chunk, no fetch.
    const { runSession } = await import('./explainer-session');
    await runSession(ctx, markReady);
  },
});
