/** What the background would send: keyboard commands and settings, sent from the service worker in tests. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The few extension APIs the specs call from the service worker. */
interface ExtensionApi {
  readonly tabs: {
    query(filter: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  readonly storage: { readonly local: { set(items: Record<string, unknown>): Promise<void> } };
}
declare const chrome: ExtensionApi;

/**
 * Makes `page` the only tab, so it is the active one, as when a reader
 * presses a shortcut while reading it.
 */
export async function makeOnlyTab(context: BrowserContext, page: Page): Promise<void> {
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.bringToFront();
}

/**
 * Sends what the background sends when a keyboard command fires (headless
 * Chromium cannot press browser shortcuts), as entrypoints/background/page-commands.ts
 * does: to every frame, for the frame that has the focus, then to the top
 * frame when no frame answered. Resolves to which of the two ran it.
 */
export function runCommand(serviceWorker: Worker, command: string): Promise<'focused frame' | 'top frame'> {
  return serviceWorker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    const toFocused = { medterm: 'run-command', data: { command: name, focusedFrameOnly: true } };
    const ran = await chrome.tabs.sendMessage(tab.id, toFocused).catch(() => undefined);
    if (ran === true) return 'focused frame';
    const toTop = { medterm: 'run-command', data: { command: name, focusedFrameOnly: false } };
    await chrome.tabs.sendMessage(tab.id, toTop, { frameId: 0 });
    return 'top frame';
  }, command);
}

export interface StoredSettings {
  readonly enabled: boolean;
  readonly disabledSites: readonly string[];
  readonly highlightStyle: 'dotted' | 'solid' | 'marker';
  readonly hoverDelayMs: number;
  readonly occurrences: 'all' | 'first-per-section';
}

export const DEFAULTS: StoredSettings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'dotted',
  hoverDelayMs: 300,
  occurrences: 'all',
};

/** Writes the settings as the popup does (storage.local "settings"). */
export async function writeSettings(serviceWorker: Worker, settings: StoredSettings): Promise<void> {
  await serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}
