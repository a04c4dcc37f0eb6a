/**
 * The two browsers of a bench run: Chromium with the built extension (the
 * project's own launcher) and the same Chromium without it, for the
 * comparison scripts and the heap baseline.
 */
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import {
  CHROMIUM_PATH,
  type LaunchedExtension,
  launchWithExtension,
  QUIET_CHROMIUM_FLAGS,
} from '../../scripts/chromium';

export const VIEWPORT = { width: 1280, height: 900 } as const;

export interface BenchBrowsers {
  readonly withExtension: LaunchedExtension;
  readonly plain: BrowserContext;
  readonly version: string;
  close(): Promise<void>;
}

export async function launchBrowsers(extensionDir: string): Promise<BenchBrowsers> {
  const withExtension = await launchWithExtension({ extensionDir });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const plain = await browser.newContext({ viewport: VIEWPORT });
  return {
    withExtension,
    plain,
    version: browser.version(),
    async close() {
      await plain.close();
      await browser.close();
      await withExtension.close();
    },
  };
}
