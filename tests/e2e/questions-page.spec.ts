/**
 * What these tests prove about the printable "My questions" page and damaged
 * storage (issue #13):
 * - questions.html lists each saved word with its definition, the sentence
 *   it was read in and the reader's question, prints to PDF with all of
 *   them, and passes axe in light and dark;
 * - "Copy as text" and "Download as text" give the same plain text, with no
 *   network request anywhere on the way (saving, the tab, the page);
 * - damaged records are skipped and counted; the rest still show and can
 *   be edited, and no page throws.
 * Screenshots and the PDF go to test-results/ for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { entry } from './content-helpers';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './popup-page';
import { openMyQuestions, savedItems, saveFromCard, storedQuestions } from './questions-helpers';

const QUESTION = 'Is it smaller everywhere?';
const SENTENCE =
  'The scan showed that the neuroblastoma has shrunk a lot after chemotherapy, e.g. in the belly and the bones.';

const SEEDED = {
  id: 'seeded',
  entryId: 'neuroblastoma',
  term: 'neuroblastoma',
  sentence: SENTENCE,
  title: 'Clinic letter',
  savedAt: 1_700_000_000_000,
  question: '',
  asked: false,
};

async function openQuestionsPage(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/questions.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My questions for the care team');
}

/** What the clipboard holds, pasted with the keyboard into a box the test adds (reading it needs a permission extension origins cannot be granted). */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste' })));
  const box = page.locator('#paste');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).not.toHaveValue('');
  return box.inputValue();
}

test('prints, copies and downloads the saved words with definitions, sentences and questions, offline', async ({
  openFixture,
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}, testInfo) => {
  test.setTimeout(150_000);
  const requests: string[] = [];
  context.on('request', (request) => {
    if (/^(https?|wss?|ftp):/.test(request.url())) requests.push(request.url());
  });
  const article = await openFixture('questions.html');
  await saveFromCard(article, 'neuroblastoma');
  await saveFromCard(article, 'chemotherapy');
  await saveFromCard(article, 'neuroblastoma', 1);
  const popup = await openMyQuestions(context, extensionId);
  const box = savedItems(popup)
    .filter({ hasText: SENTENCE })
    .getByRole('textbox', { name: 'My question about “neuroblastoma”' });
  await box.fill(QUESTION);
  await expect
    .poll(async () => (await storedQuestions(serviceWorker))?.records.some((r) => r.question === QUESTION))
    .toBe(true);
  await box.blur();
  await popup.page.evaluate(() => window.scrollTo(0, 0));
  await popup.page.screenshot({ path: testInfo.outputPath('my-questions-tab.png') });
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  await popup.page.screenshot({ path: testInfo.outputPath('my-questions-tab-dark.png') });
  await expectNoAxeViolations(popup.page);
  await popup.page.emulateMedia({ colorScheme: 'light' });

  const page = popup.page;
  await page.setViewportSize({ width: 1000, height: 900 });
  await openQuestionsPage(page, extensionId);
  const words = page.locator('.word');
  await expect(words.locator('.word__term')).toHaveText([entry('neuroblastoma').term, entry('chemotherapy').term]);
  const neuroblastoma = words.first();
  await expect(neuroblastoma.locator('.word__definition')).toHaveText(entry('neuroblastoma').definition);
  await expect(neuroblastoma.locator('.save')).toHaveCount(2);
  await expect(neuroblastoma).toContainText(`“${SENTENCE}”`);
  await expect(neuroblastoma).toContainText(QUESTION);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light', media: 'print' });
  await page.screenshot({ path: testInfo.outputPath('questions-print.png'), fullPage: true });
  const pdf = await page.pdf({ path: testInfo.outputPath('questions.pdf'), format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });

  expect(requests.filter((url) => url !== article.url())).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('copies and downloads the same plain text', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((record) => chrome.storage.local.set({ questions: { version: 1, records: [record] } }), {
    ...SEEDED,
    question: QUESTION,
  });
  const page = await context.newPage();
  await openQuestionsPage(page, extensionId);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status')).toContainText('Copied.');
  const copied = await pasted(page);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as text' }).click();
  const file = await (await downloaded).path();
  expect(await readFile(file, 'utf8')).toBe(copied);
  expect(copied).toContain(`1. ${entry('neuroblastoma').term}`);
  expect(copied).toContain(`What it means: ${entry('neuroblastoma').definition}`);
  expect(copied).toContain(`Where I read it: “${SENTENCE}” (Clinic letter)`);
  expect(copied).toContain(`Question: ${QUESTION}`);
});

test('skips and reports damaged saved records, and still shows and edits the rest', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const good = {
    id: 'good',
    entryId: 'mycn',
    term: 'MYCN',
    sentence: 'MYCN was not amplified.',
    title: 'Results',
    savedAt: 1_700_000_000_000,
    question: '',
    asked: false,
  };
  await serviceWorker.evaluate(
    (record) =>
      chrome.storage.local.set({
        questions: { version: 1, records: [record, { ...record, id: 'bad', savedAt: 'yesterday' }, 42, null] },
      }),
    good,
  );
  const popup = await openMyQuestions(context, extensionId);
  await expect(popup.panel()).toContainText('3 saved items could not be read');
  await expect(savedItems(popup)).toHaveCount(1);
  await savedItems(popup).getByRole('checkbox', { name: 'Asked' }).check();
  await expect
    .poll(async () => (await storedQuestions(serviceWorker))?.records)
    .toEqual([{ ...good, asked: true }, { ...good, id: 'bad', savedAt: 'yesterday' }, 42, null]);
  await expectNoAxeViolations(popup.page);
  await openQuestionsPage(popup.page, extensionId);
  await expect(popup.page.locator('.word__term')).toHaveText([entry('mycn').term]);
  await expect(popup.page.locator('.sheet__warning')).toContainText('3 saved items could not be read');

  await serviceWorker.evaluate(() => chrome.storage.local.set({ questions: 'not a list' }));
  await expect(popup.page.locator('.sheet__warning')).toContainText('One saved item could not be read');
  expect(pageErrors).toEqual([]);
});
