import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, overviewDocument, overviewSentences, readableText } from './popup-page';

function openOverview(page: Page, extensionId: string, hash = ''): Promise<unknown> {
  return page.goto(`chrome-extension://${extensionId}/overview.html${hash}`);
}

/** Whether the element's box is at least partly inside the viewport. */
function isOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  });
}

test.describe('overview page', () => {
  test('renders the title, every heading and every sentence of the document', async ({
    context,
    extensionId,
    pageErrors,
  }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId);
    const article = page.locator('article.overview');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(overviewDocument.title);
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(
      overviewDocument.sections.map((section) => section.heading),
    );
    const text = await readableText(article);
    for (const sentence of overviewSentences) expect(text).toContain(sentence);
    await expect(article.locator('li strong').first()).toHaveText('Bone pain:');
    expect(pageErrors).toEqual([]);
  });

  test('makes every glossary term in the document a button that opens its card', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId);
    const term = page.locator('article .overview-term', { hasText: 'isotretinoin' }).first();
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const card = page.locator('article .term-card');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('isotretinoin');
    await expect(card).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  test('opens the card of the entry in the link at its first mention', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId, '#isotretinoin');
    const card = page.locator('article .term-card');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('isotretinoin');
    const bullet = page.locator('article li', { has: page.locator('.term-card') });
    await expect(bullet).toContainText('Retinoid therapy: Medications like isotretinoin');
    await expect(bullet.locator('.overview-term[aria-expanded="true"]')).toHaveText('isotretinoin');
    await expect.poll(() => isOnScreen(page, '.overview-term[aria-expanded="true"]')).toBe(true);
  });

  test('follows a change of the link to another entry', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId, '#isotretinoin');
    await expect(page.locator('article .term-card h2')).toHaveText('isotretinoin');
    await page.evaluate(() => {
      location.hash = 'bone-marrow';
    });
    await expect(page.locator('article .term-card h2')).toHaveText('bone marrow');
    const firstMention = page.locator('article .overview-term[data-entry="bone-marrow"]').first();
    await expect(firstMention).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => isOnScreen(page, '.overview-term[aria-expanded="true"]')).toBe(true);
  });

  test('explains an entry the document never mentions above the document', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId, '#dinutuximab');
    const aside = page.locator('.aside-card');
    await expect(aside).toContainText('isn’t mentioned in this overview');
    await expect(aside.locator('.term-card h2')).toHaveText('dinutuximab');
    await expect(page.locator('article .term-card')).toHaveCount(0);
  });

  test('switches the open card to a related term in place', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId, '#isotretinoin');
    const card = page.locator('article .term-card');
    await card.getByRole('button', { name: 'retinoid therapy' }).click();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('retinoid therapy');
    await expect(page.locator('article li', { has: page.locator('.term-card') })).toContainText(
      'Medications like isotretinoin',
    );
  });

  test('marks only the first mention of each term per section when the reader chose that', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId);
    // The document renders once the settings are read; count only after that.
    await expect(page.locator('article .overview-term').first()).toBeVisible();
    const allMentions = await page.locator('article .overview-term').count();
    // Fields left out take their defaults.
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { occurrences: 'first-per-section' } }));
    await page.reload();
    await expect.poll(() => page.locator('article .overview-term').count()).toBeLessThan(allMentions);
    const repeats = await page.locator('article').evaluate((article) => {
      const introTerms = [...article.querySelectorAll(':scope > p .overview-term')];
      const sections = [
        introTerms,
        ...[...article.querySelectorAll('section')].map((section) => [...section.querySelectorAll('.overview-term')]),
      ];
      return sections.flatMap((terms) => {
        const ids = terms.map((term) => term.getAttribute('data-entry'));
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      });
    });
    expect(repeats).toEqual([]);
  });

  test('prints the document with a list of the words explained and without controls', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await openOverview(page, extensionId, '#isotretinoin');
    await expect(page.locator('article .term-card')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Words explained' })).toBeVisible();
    await expect(page.locator('.word-list dt').first()).toHaveText('stage 4 neuroblastoma');
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.locator('article .term-card')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  });

  test('has no axe violations, with and without an open card, in light and dark mode', async ({
    context,
    extensionId,
  }) => {
    // Four axe runs over the whole overview: about a minute on a busy 2-core machine.
    test.slow();
    const page = await context.newPage();
    await openOverview(page, extensionId);
    await expect(page.locator('article.overview')).toBeVisible();
    await expectNoAxeViolations(page);
    await openOverview(page, extensionId, '#isotretinoin');
    await page.reload();
    await expect(page.locator('article .term-card')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
