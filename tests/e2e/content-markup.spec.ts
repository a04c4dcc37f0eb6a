/**
 * What these tests prove, through the page-world contract only:
 * - a research article gets exactly the expected highlights, each range over
 *   exactly the term's text (also across <i>, <em>, <a>, <span> and comments),
 *   registered under "medterm-dotted", with one "medterm:ready" mark;
 * - <br>, <sup>, <sub> and nested blocks separate words;
 * - no text inside script, style, noscript, template, textarea, input,
 *   select/option, code, pre, kbd, samp or contenteditable regions is
 *   highlighted, while read-only and label text beside them is;
 * - with a card open, each page's DOM (shadow roots included) serializes
 *   exactly as in a plain Chromium without the extension, apart from the one
 *   host appended to <html>, and no text node is split.
 */

import { highlightedTexts, highlightedTextsIn, highlightNames, readyMarks } from '../contract/page-contract';
import { cardOf, hoverTerm, rangesTouching, type Target } from './content-helpers';
import { type DomSnapshot, domSnapshot, plainSnapshots } from './content-snapshots';
import { expect, test } from './fixtures';

const ARTICLE_TERMS = [
  'multimodal therapy',
  'high-risk neuroblastoma',
  'neuroblastoma',
  'MYCN amplification',
  'anti-GD2 antibodies',
  'isotretinoin',
  'older than 18 months',
  'stage 4 neuroblastoma',
  'induction chemotherapy',
  'surgery',
  'high-dose chemotherapy',
  'autologous stem cell rescue',
  'radiation therapy',
  'immunotherapy',
  'tumours',
  'MYCN amplification',
  'Event-free survival',
  'EFS',
  'overall survival',
  'dinutuximab',
  'GM-CSF',
  '13-cis-retinoic acid',
  'relapsed',
  'Bone marrow',
  'diagnosis',
  'relapse',
  'Neuroblastoma',
  'neuroblasts',
  'sympathetic nervous system',
  'adrenal glands',
  'Metastatic disease',
  'bone marrow',
  'bone',
  'liver',
  'lymph nodes',
  'periorbital ecchymosis',
  'raccoon eyes',
  'skin nodules',
  'infants',
  'Anti\u2011GD2 antibodies',
  'naxitamab',
  'stem-cell transplant',
  'ASCT',
  'high\u2011dose chemotherapy',
  'anemia',
  'pallor',
  'MYCN-amplified',
  'Bone marrow',
  'metastases',
  'Relapse',
  'Immunotherapy',
  'neuroblastoma',
  'Retinoid therapy',
];

test('highlights every term of a research article as one range over exactly its text', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('article.html');

  expect(await highlightedTexts(page)).toEqual(ARTICLE_TERMS);
  expect(await highlightNames(page)).toEqual(['medterm-dotted', 'medterm-dotted-quiet']);
  expect(await readyMarks(page)).toBe(1);
  // Terms across inline elements are single ranges over exactly the term.
  expect(await rangesTouching(page, ['.kwd a[href="#k2"]', '#cell-mycn', '#split .hl'])).toEqual({
    '.kwd a[href="#k2"]': 1,
    '#cell-mycn': 1,
    '#split .hl': 1,
  });
  // Nothing in the code-and-forms section, and nothing joined across the <br>.
  expect(await rangesTouching(page, ['#pre', '#code', '#textarea', '#select', '#editable', '#br-split'])).toEqual({
    '#pre': 0,
    '#code': 0,
    '#textarea': 0,
    '#select': 0,
    '#editable': 0,
    '#br-split': 0,
  });
  expect(pageErrors).toEqual([]);
});

test('joins a term across i, em, a and span into one range and separates words at br, sup, sub and blocks', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('contexts.html');
  const texts = (selector: string) => highlightedTextsIn(page, selector);

  expect(await texts('#join-i')).toEqual(['tumour', 'MYCN amplification']);
  expect(await texts('#join-em')).toEqual(['bone marrow']);
  expect(await texts('#join-a')).toEqual(['stem cell transplant']);
  expect(await texts('#join-span')).toEqual(['neuroblastoma']);
  expect(await texts('#join-nested')).toEqual(['High-risk neuroblastoma', 'intensive treatment']);
  expect(await texts('#join-comment')).toEqual(['CT scan']);
  expect(await texts('#join-wbr')).toEqual(['neuroblastoma']);

  expect(await texts('#sep-br')).toEqual([]);
  expect(await texts('#sep-sup')).toEqual(['Neuroblastoma']);
  expect(await texts('#sep-sub')).toEqual(['ferritin']);
  expect(await texts('#sep-blocks')).toEqual(['Bone', 'marrow']);
  expect(pageErrors).toEqual([]);
});

test('skips text inside script, style, noscript, template, form fields, code, pre, kbd, samp and editable regions', async ({
  openFixture,
  pageErrors,
}) => {
  const page = await openFixture('contexts.html');
  const excluded = [
    '#ex-noscript',
    '#ex-textarea',
    '#ex-select',
    '#ex-code',
    '#ex-pre',
    '#ex-kbd',
    '#ex-samp',
    '#ex-editable',
    '#ex-editable-empty',
    '#ex-editable-plain',
    '#ex-editable-nested',
    '#ex-script-body',
    'head',
  ];
  expect(await rangesTouching(page, excluded)).toEqual(Object.fromEntries(excluded.map((selector) => [selector, 0])));

  // The whole page: the terms in the excluded contexts (fever, pallor, fatigue, anemia, relapse,
  // remission, prognosis, biopsy, chemotherapy, surgery, bruising, infant, liver, spine, kidney,
  // neutropenia, tumor) never appear; read-only and label text beside them does.
  expect(await highlightedTexts(page)).toEqual([
    'tumour',
    'MYCN amplification',
    'bone marrow',
    'stem cell transplant',
    'neuroblastoma',
    'High-risk neuroblastoma',
    'intensive treatment',
    'CT scan',
    'neuroblastoma',
    'Neuroblastoma',
    'ferritin',
    'Bone',
    'marrow',
    'radiation therapy',
    'Weight loss',
  ]);
  expect(pageErrors).toEqual([]);
});

/** Waits for each fixture page's own scripts to finish changing it. */
async function settle(target: Target, path: string): Promise<void> {
  if (path.endsWith('shadow.html')) {
    await target.waitForFunction(() => window.shadowDemo.settled);
  }
  if (path.endsWith('portal.html')) {
    await target.waitForFunction(() => window.portal.renders === 4);
  }
}

test("leaves each page's DOM and text nodes as a plain browser builds them, apart from its one host", async ({
  openFixture,
  server,
  pageErrors,
}) => {
  // Every fixture page twice, once in a second, plain Chromium.
  test.slow();
  const pages = [
    { path: 'article.html', term: 'isotretinoin' },
    { path: 'contexts.html', term: 'MYCN amplification' },
    { path: 'shadow.html', term: 'neuroblastoma' },
    { path: 'portal.html', term: 'high-risk neuroblastoma' },
  ];
  const withExtension: DomSnapshot[] = [];
  for (const { path, term } of pages) {
    const page = await openFixture(path);
    await settle(page, path);
    // Open a card so the extension's host is in the page when it is compared.
    await hoverTerm(page, term);
    await expect(cardOf(page)).toBeVisible();
    expect(
      await page.evaluate(async () => {
        await window.__testRevealClosedRoots?.();
        const hosts = [...(window.__testClosedRoots ?? [])].filter((root) => root.host.isConnected);
        return { hosts: hosts.length, lastChildOfHtml: document.documentElement.lastElementChild === hosts[0]?.host };
      }),
      path,
    ).toEqual({ hosts: 1, lastChildOfHtml: true });
    withExtension.push(await domSnapshot(page));
  }

  const plain = await plainSnapshots(
    pages.map(({ path }) => `${server.origin}/${path}`),
    (page, url) => settle(page, url),
  );
  pages.forEach(({ path }, index) => {
    const ours = withExtension[index];
    const theirs = plain[index];
    expect(ours?.textNodes.length, `${path}: text-node count`).toBe(theirs?.textNodes.length);
    expect(ours, path).toEqual(theirs);
  });
  expect(pageErrors).toEqual([]);
});
