import { loadGlossary } from '../../glossary/authoring/load';
import { highlightNames } from '../contract/page-contract';
import { cardOf } from './content-helpers';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, overviewSentences, PopupPage, readableText } from './popup-page';

const { entries } = loadGlossary();

test.describe('popup', () => {
  test('renders as an extension page with its five tabs, the first one shown', async ({
    context,
    extensionId,
    pageErrors,
  }) => {
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.page.getByRole('tab')).toHaveText([
      'On this page',
      'Glossary',
      'My questions',
      'Overview',
      'Settings',
    ]);
    await expect(popup.tab('On this page')).toHaveAttribute('aria-selected', 'true');
    await expect(popup.page.getByRole('tabpanel')).toHaveCount(1);
    expect(pageErrors).toEqual([]);
  });

  test('focuses the search box when it opens', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.search).toBeFocused();
  });

  test('finds terms despite typos', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.lookUp('isotretinion');
    await expect.poll(() => popup.listedIds()).toEqual(['isotretinoin']);
    await popup.lookUp('nueroblastoma');
    await expect.poll(async () => (await popup.listedIds())[0]).toBe('neuroblastoma');
  });

  test('finds entries by alias and by brand name', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.lookUp('13-cis');
    await expect.poll(async () => (await popup.listedIds())[0]).toBe('isotretinoin');
    await popup.lookUp('Unituxin');
    await expect.poll(async () => (await popup.listedIds())[0]).toBe('dinutuximab');
  });

  test('says kindly that a word is not in the glossary', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.lookUp('leukemia');
    await expect(popup.panel().getByRole('heading', { name: '“leukemia” is not in this glossary' })).toBeVisible();
    await expect(popup.panel().locator('.entry-list__button')).toHaveCount(0);
  });

  test('lists every entry A to Z and narrows the list to one kind of word', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.tab('Glossary').click();
    await expect.poll(() => popup.listedIds()).toEqual(entries.map((entry) => entry.id));
    await popup.panel().getByText('Medicine', { exact: true }).click();
    const medicines = entries.filter((entry) => entry.category === 'medicine').map((entry) => entry.id);
    await expect.poll(() => popup.listedIds()).toEqual(medicines);
    await expect(popup.panel().getByRole('radio', { name: 'Medicine' })).toBeChecked();
  });

  test('opens the first result with Enter and switches the card to a related term', async ({
    context,
    extensionId,
  }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.lookUp('isotretinion');
    await popup.search.press('Enter');
    await expect(popup.card().getByRole('heading', { level: 2 })).toHaveText('isotretinoin');
    await expect(popup.card()).toBeFocused();
    await popup.card().getByRole('button', { name: 'retinoid therapy' }).click();
    await expect(popup.card().getByRole('heading', { level: 2 })).toHaveText('retinoid therapy');
    await popup
      .panel()
      .getByRole('button', { name: /Back to the results/ })
      .click();
    await expect(popup.panel().locator('.entry-list__button[data-entry="isotretinoin"]')).toBeFocused();
  });

  test('opens the full overview at the entry from a card', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.lookUp('Unituxin');
    await popup.search.press('Enter');
    const opened = context.waitForEvent('page', (page) => page.url().includes('overview.html'));
    await popup
      .card()
      .getByRole('button', { name: /Read it in the full overview/ })
      .click();
    expect(new URL((await opened).url()).hash).toBe('#dinutuximab');
  });

  test('moves between tabs with the arrow keys, Home and End', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.tab('On this page').focus();
    const expectSelected = async (name: string) => {
      await expect(popup.tab(name)).toHaveAttribute('aria-selected', 'true');
      await expect(popup.tab(name)).toBeFocused();
      await expect(popup.panel()).toHaveAttribute('aria-labelledby', (await popup.tab(name).getAttribute('id')) ?? '');
    };
    await popup.page.keyboard.press('ArrowRight');
    await expectSelected('Glossary');
    await popup.page.keyboard.press('End');
    await expectSelected('Settings');
    await popup.page.keyboard.press('ArrowRight');
    await expectSelected('On this page');
    await popup.page.keyboard.press('ArrowLeft');
    await expectSelected('Settings');
    await popup.page.keyboard.press('Home');
    await expectSelected('On this page');
    await expect(popup.page.getByRole('tab', { selected: false })).toHaveCount(4);
    for (const tab of await popup.page.getByRole('tab', { selected: false }).all()) {
      await expect(tab).toHaveAttribute('tabindex', '-1');
    }
  });

  test('shows the whole overview in the Overview tab', async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.tab('Overview').click();
    const text = await readableText(popup.panel().locator('article.overview'));
    for (const sentence of overviewSentences) expect(text).toContain(sentence);
    await popup.panel().locator('.overview-term', { hasText: 'isotretinoin' }).first().click();
    await expect(popup.card().getByRole('heading', { level: 2 })).toHaveText('isotretinoin');
  });

  test('says kindly that it cannot read a page without the content script', async ({ context, extensionId }) => {
    // Opened as a tab, the popup is itself the active tab: an extension page, where content scripts never run.
    const popup = await PopupPage.open(context, extensionId);
    await expect(popup.panel().getByRole('heading', { name: 'This page can’t be read' })).toBeVisible();
    await popup.tab('Settings').click();
    await expect(popup.panel()).toContainText('has no on/off switch');
  });

  test('falls back to the default settings when the stored ones are corrupt', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    const popup = await PopupPage.open(context, extensionId);
    await popup.tab('Settings').click();
    const panel = popup.panel();
    await expect(panel.getByRole('checkbox', { name: 'Pause everywhere' })).not.toBeChecked();
    await expect(panel.getByRole('radio', { name: 'Dotted underline' })).toBeChecked();
    await expect(panel.getByRole('radio', { name: 'Every time it appears' })).toBeChecked();
    await expect(panel.getByRole('slider')).toHaveValue('300');
  });

  test('saves a changed setting at once', async ({ context, extensionId, serviceWorker }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.tab('Settings').click();
    await popup.panel().getByRole('radio', { name: 'Highlighter' }).check();
    await popup.panel().getByRole('checkbox', { name: 'Pause everywhere' }).check();
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => settings)))
      .toMatchObject({ highlightStyle: 'marker', enabled: false });
  });

  test.describe('with a web page in the active tab', () => {
    test('lists the page’s terms in reading order and shows one on the page', async ({
      context,
      extensionId,
      openFixture,
    }) => {
      const article = await openFixture('article.html');
      const popup = await PopupPage.open(context, extensionId);
      await article.bringToFront();
      await popup.page.reload();
      await expect(popup.panel().getByRole('heading', { name: /words? explained on this page/ })).toBeVisible();
      const ids = await popup.listedIds();
      expect(ids.length).toBeGreaterThan(3);
      await popup.panel().locator('.entry-list__button[data-entry="isotretinoin"]').click();
      await expect(cardOf(article).locator('h2')).toHaveText('isotretinoin');
    });

    test('turns itself off and on for the site in the active tab', async ({
      context,
      extensionId,
      openFixture,
      serviceWorker,
    }) => {
      const article = await openFixture('article.html');
      const popup = await PopupPage.open(context, extensionId);
      await article.bringToFront();
      await popup.page.reload();
      await popup.tab('Settings').click();
      const site = popup.panel().getByRole('checkbox', { name: 'Explain words on 127.0.0.1' });
      await expect(site).toBeChecked();
      await site.uncheck();
      await expect
        .poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => settings)))
        .toMatchObject({ disabledSites: ['127.0.0.1'] });
      await expect.poll(() => highlightNames(article)).toEqual([]);
      await popup.tab('On this page').click();
      await popup.panel().getByRole('button', { name: 'Turn on for this site' }).click();
      await expect.poll(async () => (await highlightNames(article)).length).toBeGreaterThan(0);
      await expect(popup.panel().getByRole('heading', { name: /explained on this page/ })).toBeVisible();
    });
  });

  test.describe('accessibility', () => {
    // axe over a panel of 169 entries takes tens of seconds on a busy 2-core machine.
    test.slow();
    for (const tab of ['On this page', 'Glossary', 'My questions', 'Overview', 'Settings']) {
      test(`has no axe violations on the ${tab} tab`, async ({ context, extensionId }) => {
        const popup = await PopupPage.open(context, extensionId);
        await popup.tab(tab).click();
        await expect(popup.panel()).not.toBeEmpty();
        await expectNoAxeViolations(popup.page);
      });
    }

    test('has no axe violations with a card open, in light and dark mode', async ({ context, extensionId }) => {
      const popup = await PopupPage.open(context, extensionId);
      await popup.lookUp('isotretinoin');
      await popup.search.press('Enter');
      await expect(popup.card()).toBeVisible();
      await expectNoAxeViolations(popup.page);
      await popup.page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(popup.page);
    });
  });
});
