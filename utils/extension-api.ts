/**
 * The extension API without webextension-polyfill, as @wxt-dev/browser finds
 * it, but looked up when first needed instead of when the script starts:
 * the first touch of `browser` (or `chrome`) makes the browser build the
 * frame's API bindings, about 0.5 ms a frame, which a frame's first look
 * that finds nothing to explain never needs.
 */
import type { Browser } from '@wxt-dev/browser';

interface ApiGlobals {
  readonly browser?: typeof Browser;
  readonly chrome?: typeof Browser;
}

/** The extension's API in this context; undefined once the extension is gone (Chrome removes `chrome.runtime`). */
export function extensionApi(): typeof Browser | undefined {
  // Both are declared by the browser, not by TypeScript's DOM types (`chrome` by @types/chrome, differently).
  const { browser, chrome } = globalThis as unknown as ApiGlobals;
  return browser?.runtime?.id ? browser : chrome;
}
