/**
 * Launches Debian's Chromium with the built extension loaded (never a
 * downloaded browser). Used by `npm start`, the browser tests and the bench.
 * See https://playwright.dev/docs/chrome-extensions: the extension's id is
 * read from its service worker, never hard-coded.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

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

/** How long a fresh install may take to open its welcome page. */
const WELCOME_TIMEOUT_MS = 15_000;

/** The welcome page the extension opens on install, once it is there. */
export async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    const found = context.pages().find((page) => page.url() === url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('The extension opened no welcome page on install');
    // Wakes when a tab opens; a tab that opened blank and is still navigating is looked at again after a second.
    await context.waitForEvent('page', { timeout: 1_000 }).catch(() => undefined);
  }
}

export interface LaunchOptions {
  readonly extensionDir?: string;
  readonly headless?: boolean;
  /** Leave the welcome page the install opens (it is closed by default). */
  readonly keepWelcome?: boolean;
  /** A touch screen. */
  readonly touch?: boolean;
  /** The reader's default font size in the browser's settings, in CSS pixels. */
  readonly defaultFontSize?: number;
  /** A profile to use and keep (a browser restart); by default a fresh one, deleted on close. */
  readonly userDataDir?: string;
}

/**
 * Chromium with the extension freshly installed. Unless `keepWelcome`, the
 * welcome page the install opens is closed first, so each test starts from
 * its own pages.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const { extensionDir = EXTENSION_DIR, headless = true, keepWelcome = false, touch = false } = options;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'medterm-profile-')));
  if (options.defaultFontSize !== undefined) {
    // The browser's own setting (Settings → Appearance → Font size), as a fresh profile stores it.
    await mkdir(join(userDataDir, 'Default'));
    const preferences = { webkit: { webprefs: { default_font_size: options.defaultFontSize } } };
    await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    hasTouch: touch,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_CHROMIUM_FLAGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  if (!keepWelcome) await (await welcomePage(context, extensionId)).close();
  return {
    context,
    serviceWorker,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
