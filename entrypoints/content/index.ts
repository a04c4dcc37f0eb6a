/**
 * MedTerm Explainer's content script, the explainer: in the top frame of every
 * page from the manifest, and in a frame below it once that frame's first look
 * (entrypoints/frame-look.content, in every frame) finds text that could hold
 * a term: the background then loads this script into that frame.
 *
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
 *   card/        pointer-triggers, focus-trigger ─► lazy-cards (loads the card's script, below,
 *                the first time a card opens in the frame; card-ui-handover passes it over)
 *
 *   the card's own script (entrypoints/card-ui.ts: the glossary, Preact, tippy.js):
 *   card/        card-ui ─ card-opener (which card, where) ─► page-card (Preact card;
 *                card-request says what it shows), focus-cycle ─ card-host (tippy in one
 *                shadow-root host) ─ page-mount (a plain host with a closed shadow root)
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
import { markReady } from '../../utils/test-contract';
import { runSession } from './explainer-session';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Frames below the top one get this script from the background (entrypoints/background/load-scripts.ts).
  allFrames: false,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Some pages' message listeners choke on unknown messages; WXT's custom event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await runSession(ctx, markReady);
  },
});
