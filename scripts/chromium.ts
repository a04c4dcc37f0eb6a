/**
 * Launches Debian's Chromium with the built extension loaded (never a
 * downloaded browser). Used by `npm start`, the browser tests and the bench.
 * See https://playwright.dev/docs/chrome-extensions: the extension's id is
 * read from its service worker, never hard-coded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

/** The built extension; MEDTERM_EXTENSION_DIR points elsewhere (e.g. a private copy while others rebuild). */
export const EXTENSION_DIR = process.env.MEDTERM_EXTENSION_DIR ?? resolve(import.meta.dirname, '../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home (this machine has no network beyond package registries). */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=OptimizationHints,MediaRouter,Translate',
];

export interface LaunchedExtension {
  readonly context: BrowserContext;
  readonly serviceWorker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    extensionDir?: string;
    headless?: boolean;
    /** A profile to use and keep (a browser restart); by default a fresh one, deleted on close. */
    userDataDir?: string;
  } = {},
): Promise<LaunchedExtension> {
  const { extensionDir = EXTENSION_DIR, headless = true } = options;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'medterm-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_CHROMIUM_FLAGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
