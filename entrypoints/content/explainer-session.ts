/**
 * The explainer's session in a frame: settings, messages and lifetime
 * around the Explainer, which runs while the site is on.
 */
import { entryIdAt } from '../../glossary/runtime/bundled';
import { createHighlightNames } from '../../utils/highlight-styles';
import { CONTENT_MESSAGE_CHECKS } from '../../utils/message-checks';
import {
  type ContentMessages,
  handleMessages,
  NOT_THIS_FRAME,
  type PageCommand,
  sendToBackground,
} from '../../utils/messages';
import { isActiveOn, loadSettings, type Settings, watchSettings } from '../../utils/settings';
import { Explainer } from './explainer';
import { isFocusedFrame } from './focused-frame';
import { NavigationRescans } from './lifetime/navigation-rescans';
import type { ScriptLifetime } from './lifetime/script-lifetime';

const VALIDITY_CHECK_MS = 1_000;

/** Runs the explainer in this frame; `onReady` runs after its first full pass over the page. */
export async function runSession(ctx: ScriptLifetime, onReady: () => void): Promise<void> {
  let explainer: Explainer | null = null;
  const host = siteHost();
  // One set of names for the frame's lifetime: its rules are injected once.
  const names = createHighlightNames();
  const injectRules = once(() => sendToBackground('paint-highlights', { names }));

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
    explainer = new Explainer(ctx, document, settings, { host, names, injectRules });
    explainer.start(onReady);
  };

  apply(await loadSettings());
  if (ctx.isInvalid) return;
  const unwatch = watchSettings(apply);
  const navigations = new NavigationRescans(ctx, location.href, () => explainer?.rescan());
  const stopAnswering = handleMessages<ContentMessages>(
    {
      'page-info': () => ({
        host,
        active: explainer !== null,
        terms: (explainer?.pageTerms() ?? []).flatMap(({ entry, count }) => {
          const id = entryIdAt(entry);
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
    },
    CONTENT_MESSAGE_CHECKS,
  );
  ctx.onInvalidated(() => {
    // The page is cleaned up first: once the extension is gone, its APIs throw.
    explainer?.stop();
    explainer = null;
    for (const release of [stopAnswering, unwatch]) ignoreGoneExtension(release);
  });
  // The script notices that the extension was disabled, removed or updated only when its lifetime is
  // consulted. Each tick of ctx.setInterval consults it, and then looks for a single-page app's navigation.
  ctx.setInterval(() => navigations.check(location.href), VALIDITY_CHECK_MS);
}

/** Calls `run` the first time only; later calls get the first call's promise. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => {
    result ??= run();
    return result;
  };
}

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
