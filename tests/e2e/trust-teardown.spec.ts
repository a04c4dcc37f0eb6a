/**
 * Trust: clean teardown (tests/fixtures/trust-teardown.html: a document with
 * an adopted sheet of its own, open shadow roots — one nested — with sheets
 * of their own, and a custom highlight of its own, "page-search"). After the
 * reader opened a card and moved to a term from the keyboard (focus mark):
 * - turning the site off removes every medterm highlight, the UI host and
 *   the highlight sheet adopted into shadow roots, and leaves the page
 *   exactly as a plain Chromium without the extension builds it: the
 *   documentElement's outerHTML, every text node, each shadow root's
 *   innerHTML and adopted sheets, the document's adopted sheets, and the
 *   page's own highlight;
 * - disabling the extension itself (chrome.management.setEnabled from
 *   chrome://extensions, as the reader's toggle there does) does the same.
 * Turning the site back on, and pausing, are covered by content-lifecycle.spec.ts.
 */
import type { Page } from '@playwright/test';
import { highlightNames, readHighlights } from '../contract/page-contract';
import { cardOf, hostCount, hoverTerm, termsByTree } from './content-helpers';
import { DEFAULTS, makeOnlyTab, runCommand, writeSettings } from './content-service-worker';
import { expect, test } from './fixtures';
import { launchPlain } from './trust-helpers';

/** Everything of the page the extension could leave behind, as plain data. */
interface PageState {
  readonly html: string;
  readonly textNodes: string[];
  /** The rules of each sheet the document adopted. */
  readonly documentSheets: string[];
  readonly shadowRoots: { host: string; html: string; sheets: string[] }[];
  /** Every registered highlight (the page's own included) and its range count. */
  readonly highlights: { name: string; ranges: number }[];
}

function treeState(page: Page): Promise<Omit<PageState, 'highlights'>> {
  return page.evaluate(() => {
    const rules = (sheets: readonly CSSStyleSheet[]) =>
      sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    const textNodes: string[] = [];
    const shadowRoots: { host: string; html: string; sheets: string[] }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push((node as Text).data);
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        shadowRoots.push({
          host: element.localName,
          html: element.shadowRoot.innerHTML,
          sheets: rules(element.shadowRoot.adoptedStyleSheets),
        });
        visit(element.shadowRoot);
      }
    };
    visit(document);
    return {
      html: document.documentElement.outerHTML,
      textNodes,
      documentSheets: rules(document.adoptedStyleSheets),
      shadowRoots,
    };
  });
}

/** Everything of the page the extension could leave behind, the whole highlight registry included. */
async function pageState(page: Page): Promise<PageState> {
  const { registry } = await readHighlights(page, { registryOnly: true });
  return { ...(await treeState(page)), highlights: registry.map(({ name, size }) => ({ name, ranges: size })) };
}

async function plainState(url: string): Promise<PageState> {
  const { browser, context } = await launchPlain();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await pageState(page);
  } finally {
    await browser.close();
  }
}

/** Opens the page, lets the reader open a card and step to a term, and checks all of it is in place. */
async function useTheExtension(
  page: Page,
  context: Parameters<typeof makeOnlyTab>[0],
  serviceWorker: Parameters<typeof runCommand>[0],
) {
  await makeOnlyTab(context, page);
  await expect
    .poll(async () => Object.keys(await termsByTree(page)).sort())
    .toEqual(['care-note', 'document', 'dose-list']);
  await hoverTerm(page, 'immunotherapy');
  await expect(cardOf(page)).toBeVisible();
  await runCommand(serviceWorker, 'next-term');
  await expect.poll(() => highlightNames(page)).toEqual(['medterm-dotted', 'medterm-dotted-quiet', 'medterm-focus']);
  // Something to tear down: the host. The highlight rules are injected where the page cannot see them:
  // its shadow roots hold only their own sheets.
  expect(await hostCount(page)).toBe(1);
  expect(await sheetsPerRoot(page)).toEqual({ 'care-note': 1, 'dose-list': 0 });
}

/** How many sheets each of the page's open shadow roots has adopted (the extension's is closed). */
async function sheetsPerRoot(page: Page): Promise<Record<string, number>> {
  const { shadowRoots } = await pageState(page);
  return Object.fromEntries(shadowRoots.map(({ host, sheets }) => [host, sheets.length]));
}

async function expectTornDown(page: Page): Promise<void> {
  await expect.poll(() => highlightNames(page)).toEqual([]);
  await expect.poll(() => hostCount(page)).toBe(0);
  await expect.poll(() => sheetsPerRoot(page)).toEqual({ 'care-note': 1, 'dose-list': 0 });
  expect(await pageState(page)).toEqual(await plainState(page.url()));
}

test('leaves the page exactly as a plain browser builds it when the site is turned off', async ({
  context,
  openFixture,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openFixture('trust-teardown.html');
  await useTheExtension(page, context, serviceWorker);

  await writeSettings(serviceWorker, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });

  await expectTornDown(page);
  expect(pageErrors).toEqual([]);
});

test('leaves the page exactly as a plain browser builds it when the extension is disabled', async ({
  context,
  openFixture,
  serviceWorker,
  extensionId,
  pageErrors,
}) => {
  const page = await openFixture('trust-teardown.html');
  await useTheExtension(page, context, serviceWorker);

  // The reader's toggle on chrome://extensions (an extension cannot disable itself).
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate((id) => chrome.management.setEnabled(id, false), extensionId);
  expect(await extensions.evaluate((id) => chrome.management.get(id), extensionId)).toMatchObject({ enabled: false });
  await extensions.close();

  await expectTornDown(page);
  expect(pageErrors).toEqual([]);
});
