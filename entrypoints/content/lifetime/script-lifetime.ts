/**
 * The content script's lifetime: aborted when the extension is updated,
 * disabled or removed, or when a newer copy of the same script starts in the
 * same frame. It takes WXT's ContentScriptContext's place (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this module for the content script)
 * because WXT's announces every start with a DOM event any page can listen
 * for, and stops itself when a page dispatches that event with the
 * extension's public id: a detector and a kill switch
 * (https://github.com/wxt-dev/wxt/blob/main/packages/wxt/src/utils/content-script-context.ts,
 * `stopOldScripts` and `listenForNewerScripts`). This one tells the page
 * nothing and listens to nothing a page can dispatch: a newer copy finds the
 * older one through a property of the content script's own global object,
 * which page scripts cannot see (isolated worlds, Firefox's Xray wrappers).
 */
// Not wxt/browser (webextension-polyfill): the first look in every frame uses this module, and should
// neither carry the polyfill nor touch the API before it needs it (see utils/extension-api.ts).
import { extensionApi } from '../../../utils/extension-api';

/** What the content script's parts use of their lifetime. */
export interface ScriptLifetime {
  readonly signal: AbortSignal;
  /** True once aborted, or once the extension is found to be gone. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): () => void;
  /** A timeout that does not fire once the lifetime has ended. */
  setTimeout(handler: () => void, timeout?: number): number;
  /** An interval that stops once the lifetime has ended; each tick first checks the extension is still there. */
  setInterval(handler: () => void, timeout?: number): number;
}

/** Where each content script (by name) keeps its running copy: the first look and the explainer share a world. */
const RUNNING = '__medtermRunningScripts';

interface ScriptGlobal {
  [RUNNING]?: Map<string, ContentScriptContext>;
}

/** The name WXT's generated entry point constructs (see the alias above). */
export class ContentScriptContext implements ScriptLifetime {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string) {
    const world = globalThis as ScriptGlobal;
    world[RUNNING] ??= new Map();
    world[RUNNING].get(contentScriptName)?.notifyInvalidated();
    world[RUNNING].set(contentScriptName, this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!extensionApi()?.runtime?.id) this.notifyInvalidated();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (!this.isInvalid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  notifyInvalidated(): void {
    this.controller.abort('The content script ended');
  }
}
