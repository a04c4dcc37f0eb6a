/** What a page's DOM looks like, with the extension's host taken out, and the same page in a plain Chromium. */
import { chromium, type Page } from '@playwright/test';
import type { Target } from './content-helpers';
import { QUIET_CHROMIUM_FLAGS } from './fixtures';

/** The page as its DOM serializes, shadow roots included, with the extension's host taken out. */
export interface DomSnapshot {
  /** documentElement.outerHTML without the host element. */
  readonly html: string;
  /** Each open shadow root's innerHTML, labelled by its host. */
  readonly shadowRoots: readonly string[];
  /** Every text node's data in tree order (a split or wrapped node shows up here, not in outerHTML). */
  readonly textNodes: readonly string[];
  /** Sheets adopted by the document itself. */
  readonly documentSheets: number;
}

export function domSnapshot(target: Target): Promise<DomSnapshot> {
  return target.evaluate(async () => {
    // The extension's host: the one element holding a closed shadow root, appended to <html>.
    await window.__testRevealClosedRoots?.();
    const hosts = new Set([...(window.__testClosedRoots ?? [])].map((root) => root.host));
    const clone = document.documentElement.cloneNode(true) as Element;
    const children = [...document.documentElement.children];
    for (let index = children.length - 1; index >= 0; index--) {
      if (hosts.has(children[index] as Element)) clone.children[index]?.remove();
    }
    const shadowRoots: string[] = [];
    const textNodes: string[] = [];
    const readTexts = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push((node as Text).data);
    };
    const visit = (root: Document | ShadowRoot) => {
      readTexts(root);
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        shadowRoots.push(`${element.localName}#${element.id}: ${element.shadowRoot.innerHTML}`);
        visit(element.shadowRoot);
      }
    };
    visit(document);
    return { html: clone.outerHTML, shadowRoots, textNodes, documentSheets: document.adoptedStyleSheets.length };
  });
}

/**
 * Loads pages in a plain Chromium (same binary and flags, no extension) and
 * snapshots each once `settle` says the page's own scripts are done.
 */
export async function plainSnapshots(
  urls: readonly string[],
  settle: (page: Page, url: string) => Promise<void>,
): Promise<DomSnapshot[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const snapshots: DomSnapshot[] = [];
    for (const url of urls) {
      const page = await context.newPage();
      await page.goto(url);
      await settle(page, url);
      snapshots.push(await domSnapshot(page));
    }
    return snapshots;
  } finally {
    await browser.close();
  }
}
