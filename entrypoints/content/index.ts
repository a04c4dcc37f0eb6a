/**
 * MedTerm Explainer's content script, in every frame of every page.
 *
 *   index.ts ─ settings, messages, lifecycle (WXT ctx) ─► Explainer (while the site is on)
 *
 *   reading/     page-scanner ─ text-blocks (blocks of text with node offsets, exclusions,
 *     │          shadow roots), dom-watcher (MutationObserver per root), scheduler (time
 *     │          slices), visible-first, left-out-blocks (at the cap), late-shadow-roots
 *     ▼
 *   finding/     block-reader ─ find-terms (the one matcher over a block → TermOccurrence),
 *     │          page-sense (which matches are marked in the page's sense) ─ topic-judge
 *     │          (what the frame's page is about, from those matches), first-per-section
 *     ▼
 *   highlights/  page-highlights (StaticRanges in CSS.highlights, per block, the cap),
 *     │          reading-order, range-geometry, term-at-point, term-navigator (next/previous)
 *     ▼
 *   card/        pointer-triggers, card-opener ─► page-card (Preact card) ─ card-host (tippy
 *                in one shadow-root host) ─ content-script-mount (WXT shadow-root UI)
 *
 *   term-badge-reporter ─► background (the toolbar badge)
 *
 * reading/, finding/, highlights/ and card/ take a document (and window) as
 * parameters, so an extension page such as the PDF reader can reuse them.
 * The page's own DOM is never changed: highlights are StaticRanges in
 * CSS.highlights, and the card lives in the single host element the
 * extension adds. After the first full pass the script marks
 * `medterm:ready` on the page's performance timeline.
 */
import './highlights/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { entryAt } from '../../glossary/runtime/bundled';
import { type ContentMessages, handleMessages, NOT_THIS_FRAME, type PageCommand } from '../../utils/messages';
import { isActiveOn, loadSettings, type Settings, watchSettings } from '../../utils/settings';
import { Explainer } from './explainer';
import { isFocusedFrame } from './focused-frame';

export const READY_MARK = 'medterm:ready';
const VALIDITY_CHECK_MS = 1_000;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Some pages' message listeners choke on unknown messages; WXT's custom event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let explainer: Explainer | null = null;
    let marked = false;
    const host = siteHost();

    const apply = (settings: Settings) => {
      if (!isActiveOn(settings, host)) {
        explainer?.stop();
        explainer = null;
        return;
      }
      if (explainer) {
        explainer.applySettings(settings);
        return;
      }
      explainer = new Explainer(ctx, document, settings, host);
      explainer.start(() => {
        if (marked) return;
        marked = true;
        performance.mark(READY_MARK);
      });
    };

    apply(await loadSettings());
    if (ctx.isInvalid) return;
    const unwatch = watchSettings(apply);
    ctx.addEventListener(window, 'wxt:locationchange', () => explainer?.rescan());
    const stopAnswering = handleMessages<ContentMessages>({
      'page-info': () => ({
        host,
        active: explainer !== null,
        terms: (explainer?.pageTerms() ?? []).flatMap(({ entry, count }) => {
          const id = entryAt(entry)?.id;
          return id ? [{ id, count }] : [];
        }),
        ...(explainer?.topic ?? { topic: 'other', withholding: false }),
      }),
      'reveal-term': ({ id }) => explainer?.cards.reveal(id) ?? false,
      'run-command': ({ command, focusedFrameOnly }) => {
        if (focusedFrameOnly && !isFocusedFrame()) return NOT_THIS_FRAME;
        if (explainer) runCommand(explainer, command);
        return true;
      },
      'explain-text': ({ text }) => {
        explainer?.cards.explainText(text);
        return null;
      },
    });
    ctx.onInvalidated(() => {
      // The page is cleaned up first: once the extension is gone, its APIs throw.
      explainer?.stop();
      explainer = null;
      for (const release of [stopAnswering, unwatch]) ignoreGoneExtension(release);
    });
    // WXT notices that the extension was disabled, removed or updated only when its context is
    // consulted (Chromium's Navigation API leaves WXT nothing to poll). Each tick of ctx.setInterval
    // consults it, so this empty timer is what ends the script once the extension is gone.
    ctx.setInterval(() => {}, VALIDITY_CHECK_MS);
  },
});

/** Runs a release step that needs the extension's APIs, which throw once the extension is gone. */
function ignoreGoneExtension(release: () => void): void {
  try {
    release();
  } catch {
    // "Extension context invalidated": nothing is left to release.
  }
}

function runCommand(explainer: Explainer, command: PageCommand): void {
  if (command === 'explain-selection') explainer.cards.explainSelection();
  else explainer.cards.step(command === 'next-term' ? 1 : -1);
}

/** The site the reader sees: the top page's host, even inside its frames. */
function siteHost(): string {
  const origins = location.ancestorOrigins;
  const top = origins && origins.length > 0 ? origins[origins.length - 1] : undefined;
  try {
    return top ? new URL(top).hostname : location.hostname;
  } catch {
    return location.hostname;
  }
}
