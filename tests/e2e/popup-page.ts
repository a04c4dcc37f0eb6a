/**
 * Page objects for the extension's own pages (the popup and the overview),
 * opened as ordinary tabs, and the axe check both specs run on them.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { DOCUMENT_FILE } from '../../glossary/authoring/load';
import { documentSentences, parseDocument } from '../../glossary/authoring/parse-document';

export const POPUP_SIZE = { width: 400, height: 600 } as const;

export const overviewDocument = parseDocument(readFileSync(DOCUMENT_FILE, 'utf8'));
export const overviewSentences = documentSentences(overviewDocument).map(({ sentence }) => sentence);

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_SIZE);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await expect(popup.tab('On this page')).toBeVisible();
    return popup;
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Look up a word' });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  panel(): Locator {
    return this.page.locator('[role="tabpanel"]:not([hidden])');
  }

  /** The terms of the listed entries, in order. */
  listedTerms(): Promise<string[]> {
    return this.panel()
      .locator('.entry-list__term')
      .evaluateAll((terms) => terms.map((term) => term.firstChild?.textContent?.trim() ?? ''));
  }

  /** The ids of the listed entries, in order. */
  listedIds(): Promise<string[]> {
    return this.panel()
      .locator('.entry-list__button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-entry') ?? ''));
  }

  async lookUp(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.tab('Glossary')).toHaveAttribute('aria-selected', 'true');
  }

  card(): Locator {
    return this.panel().locator('.term-card');
  }
}

/** Whitespace-collapsed text of an element, as a reader sees it in order. */
export async function readableText(locator: Locator): Promise<string> {
  return (await locator.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ');
}

/** Runs axe on the page (WCAG 2.2 A/AA and best practices) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    ({ id, impact, nodes }) => `${id} (${impact}): ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
