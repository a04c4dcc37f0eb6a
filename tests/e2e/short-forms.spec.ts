/**
 * What this test proves, through the page-world contract only (highlights in
 * CSS.highlights under names starting with "medterm"): on a trial listing and
 * a paper's results written the way such pages are (tests/fixtures/short-forms),
 * every hand-listed jargon word the glossary covers is marked, short forms such
 * as CR, OS, ANC and Hb included; it prints the share of the jargon that has a
 * card. On ordinary pages (a phone's specifications, police news, a running
 * club) and on a cancer charity's fun-run page, the same letters in their
 * everyday senses (OS, SD, PD, Mr, PR, km, CVC) are never marked.
 */
import { highlightedTexts } from '../contract/page-contract';
import { expect, test } from './fixtures';
import { type JargonFigures, jargonFigures, jargonTable, SHORT_FORMS_NEAR } from './jargon-figures';
import { containsWord } from './sense-figures';

const JARGON_PAGES = ['trial-listing.html', 'paper-results.html'];
const ORDINARY_PAGES = ['phone-specs.html', 'police-news.html', 'running-club.html', 'charity-run.html'];
/** Everyday short forms on the ordinary pages, beyond the glossary's own short forms. */
const EVERYDAY_LETTERS = ['Mr', 'km', 'EFS', 'CR2032'];

test('marks every jargon word the glossary covers on a trial listing and a paper, and prints the share with a card', async ({
  openFixture,
}) => {
  const measured: JargonFigures[] = [];
  for (const name of JARGON_PAGES) {
    const page = await openFixture(`short-forms/${name}`);
    const jargon: string[] = JSON.parse((await page.locator('#jargon').textContent({ timeout: 1_000 })) ?? '[]');
    measured.push(jargonFigures(name, jargon, await highlightedTexts(page)));
    await page.close();
  }
  console.log(`Jargon with a card, current build:\n${jargonTable(measured)}`);
  for (const figures of measured) {
    expect(figures.jargon, figures.page).toBeGreaterThan(40);
    expect(figures.missed, figures.page).toEqual([]);
  }
});

for (const name of ORDINARY_PAGES) {
  test(`marks none of the short forms in their everyday senses on ${name}`, async ({ openFixture }) => {
    const page = await openFixture(`short-forms/${name}`);
    const marked = await highlightedTexts(page);
    const letters = [...SHORT_FORMS_NEAR, ...EVERYDAY_LETTERS];
    expect(marked.filter((text) => letters.some((form) => containsWord(text, form)))).toEqual([]);
    if (name === 'charity-run.html') expect(marked, 'the page is judged to be about cancer').toContain('relapse');
  });
}
