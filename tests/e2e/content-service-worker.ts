/** What the background would send: keyboard commands and settings, sent from the service worker in tests. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The few extension APIs the specs call from the service worker. */
interface ExtensionApi {
  readonly tabs: {
    query(filter: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  readonly storage: { readonly sync: { set(items: Record<string, unknown>): Promise<void> } };
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
 * Chromium cannot press browser shortcuts). Resolves to the tab's answer.
 */
export function runCommand(serviceWorker: Worker, command: string): Promise<unknown> {
  return serviceWorker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    // Like the background's sendToTab: to the tab's top frame.
    return chrome.tabs.sendMessage(tab.id, { medterm: 'run-command', data: { command: name } }, { frameId: 0 });
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

/** Writes the settings as the popup does (storage.sync "settings"). */
export async function writeSettings(serviceWorker: Worker, settings: StoredSettings): Promise<void> {
  await serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}
