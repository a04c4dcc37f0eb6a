/**
 * What these tests prove about "My questions" (issue #13):
 * - a page card saves its word with the sentence it was read in and the
 *   page's title (no address unless the reader allows it), shows the saved
 *   state, and a second save from the same sentence is merged;
 * - the popup's tab lists saved words newest first with sentence and
 *   definition; the reader's question is saved as they type and is still
 *   there after the browser restarts with the same profile;
 * - remove puts up "Undo", which brings the word back; "Clear all" asks first;
 * - the tab passes axe.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exposeClosedRoots, registerClosedRootEngine } from './closed-roots';
import { cardOf, entry, hoverTerm } from './content-helpers';
import { expect, launchWithExtension, test, waitForReady } from './fixtures';
import { expectNoAxeViolations, PopupPage } from './popup-page';
import { openMyQuestions, savedItems, saveFromCard, storedQuestions } from './questions-helpers';

const FIRST_SENTENCE =
  'The scan showed that the neuroblastoma has shrunk a lot after chemotherapy, e.g. in the belly and the bones.';

test('saves a word from a page card with its sentence, once per sentence', async ({ openFixture, serviceWorker }) => {
  const page = await openFixture('questions.html');
  const button = await saveFromCard(page, 'neuroblastoma');
  await expect(button).toHaveText('Saved to my questions ✓');
  await expect
    .poll(async () => (await storedQuestions(serviceWorker))?.records)
    .toEqual([
      expect.objectContaining({
        entryId: 'neuroblastoma',
        sentence: FIRST_SENTENCE,
        title: 'Clinic letter after the scans',
        question: '',
        asked: false,
      }),
    ]);
  expect((await storedQuestions(serviceWorker))?.records[0]).not.toHaveProperty('url');

  // The same word in the same sentence opens as saved, and saving again is not possible twice.
  await page.reload();
  await waitForReady(page);
  await hoverTerm(page, 'neuroblastoma');
  await expect(cardOf(page).locator('.term-card__save-button')).toHaveAttribute('aria-pressed', 'true');
  // The same word in another sentence is another save.
  await saveFromCard(page, 'neuroblastoma', 1);
  await expect.poll(async () => (await storedQuestions(serviceWorker))?.records.length).toBe(2);
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
});

test('keeps the page address only when the reader allows it', async ({
  openFixture,
  serviceWorker,
  context,
  extensionId,
}) => {
  const popup = await openMyQuestions(context, extensionId);
  await popup
    .panel()
    .getByRole('checkbox', { name: /keep the page’s address/ })
    .check();
  const page = await openFixture('questions.html');
  await saveFromCard(page, 'neuroblastoma');
  await expect.poll(async () => (await storedQuestions(serviceWorker))?.records[0]?.url).toBe(page.url());
});

test('saves the word alone from a card in the popup', async ({ context, extensionId, serviceWorker }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.lookUp('isotretinoin');
  await popup.search.press('Enter');
  const save = popup.card().locator('.term-card__save-button');
  await expect(save).toHaveText('Save to my questions');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await storedQuestions(serviceWorker))?.records)
    .toEqual([expect.objectContaining({ entryId: 'isotretinoin', sentence: '', title: '' })]);
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await storedQuestions(serviceWorker))?.records).toEqual([]);
});

test('lists saved words with sentence and definition, and keeps the question across a browser restart', async ({
  server,
}) => {
  await registerClosedRootEngine();
  const profile = await mkdtemp(join(tmpdir(), 'medterm-restart-'));
  try {
    let browser = await launchWithExtension({ userDataDir: profile });
    await exposeClosedRoots(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/questions.html`);
    await waitForReady(page);
    await saveFromCard(page, 'neuroblastoma');
    await saveFromCard(page, 'chemotherapy');

    const popup = await openMyQuestions(browser.context, browser.extensionId);
    const items = savedItems(popup);
    await expect(items.locator('.saved-word__term')).toHaveText([
      entry('chemotherapy').term,
      entry('neuroblastoma').term,
    ]);
    const neuroblastoma = items.nth(1);
    await expect(neuroblastoma.locator('.saved-word__definition')).toHaveText(entry('neuroblastoma').definition);
    await expect(neuroblastoma.locator('.saved-word__sentence')).toContainText(FIRST_SENTENCE);
    const box = neuroblastoma.getByRole('textbox', { name: 'My question about “neuroblastoma”' });
    await box.pressSequentially('Is it smaller everywhere?');
    await expect
      .poll(
        async () =>
          (await storedQuestions(browser.serviceWorker))?.records.find((r) => r.entryId === 'neuroblastoma')?.question,
      )
      .toBe('Is it smaller everywhere?');
    await neuroblastoma.getByRole('checkbox', { name: 'Asked' }).check();
    await expect
      .poll(async () => (await storedQuestions(browser.serviceWorker))?.records.some((r) => r.asked))
      .toBe(true);
    await browser.close();

    browser = await launchWithExtension({ userDataDir: profile });
    const again = await openMyQuestions(browser.context, browser.extensionId);
    const restored = savedItems(again).nth(1);
    await expect(restored.getByRole('textbox')).toHaveValue('Is it smaller everywhere?');
    await expect(restored.getByRole('checkbox', { name: 'Asked' })).toBeChecked();
    await browser.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('adds a suggested question, removes a word with undo, and clears all after asking', async ({
  openFixture,
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await openFixture('questions.html');
  await saveFromCard(page, 'neuroblastoma');
  await saveFromCard(page, 'chemotherapy');
  const popup = await openMyQuestions(context, extensionId);
  const items = savedItems(popup);
  await expect(items).toHaveCount(2);

  const neuroblastoma = items.filter({ hasText: entry('neuroblastoma').definition });
  await neuroblastoma.getByText('Suggested questions').click();
  const [suggestion] = entry('neuroblastoma').questions;
  await neuroblastoma.getByRole('button', { name: `Add: ${suggestion}` }).click();
  await expect(neuroblastoma.getByRole('textbox')).toHaveValue(suggestion ?? '');

  await neuroblastoma.getByRole('button', { name: 'Remove “neuroblastoma”' }).click();
  await expect(items).toHaveCount(1);
  const undo = popup.panel().getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(popup.panel().getByRole('status')).toContainText('“neuroblastoma” removed.');
  await undo.click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(1).getByRole('textbox')).toHaveValue(suggestion ?? '');

  await expectNoAxeViolations(popup.page);
  await popup.panel().getByRole('button', { name: 'Clear all' }).click();
  await popup.panel().getByRole('button', { name: 'Keep them' }).click();
  await expect(items).toHaveCount(2);
  await popup.panel().getByRole('button', { name: 'Clear all' }).click();
  await expectNoAxeViolations(popup.page);
  await popup.panel().getByRole('button', { name: 'Remove all' }).click();
  await expect(items).toHaveCount(0);
  await expect(popup.panel()).toContainText('No saved words yet.');
  expect(await storedQuestions(serviceWorker)).toBeUndefined();
});
