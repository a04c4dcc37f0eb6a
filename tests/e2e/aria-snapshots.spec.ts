/**
 * What these tests prove: the popup's five tabs and the page's card expose
 * the structure a screen reader announces — roles, names and states — as
 * written below. The popup's tabs are matched with Playwright's ARIA
 * snapshots (inline; long lists by their first items). The card lives in a
 * closed shadow root, which those snapshots cannot pierce, so its tree is
 * read from the browser's accessibility tree over the DevTools protocol
 * (card-ax-tree.ts) and compared with the outline it must have.
 */
import { dialogOutline } from './card-ax-tree';
import { cardOf, hoverTerm } from './content-helpers';
import { expect, test } from './fixtures';
import { PopupPage } from './popup-page';

test.describe('the popup, with a page of terms in the active tab', () => {
  let popup: PopupPage;

  test.beforeEach(async ({ context, extensionId, openFixture }) => {
    const article = await openFixture('article.html');
    popup = await PopupPage.open(context, extensionId);
    await article.bringToFront();
    await popup.page.reload();
  });

  test('On this page: the header, the tabs and the page’s words', async () => {
    await expect(popup.page.getByRole('banner')).toMatchAriaSnapshot(`
      - banner:
        - /children: equal
        - heading "MedTerm Explainer" [level=1]
        - search:
          - searchbox "Look up a word"
        - tablist "Sections":
          - /children: equal
          - tab "On this page" [selected]
          - tab "Glossary"
          - tab "My questions"
          - tab "Overview"
          - tab "Settings"
    `);
    await expect(popup.panel()).toMatchAriaSnapshot(`
      - tabpanel "On this page":
        - heading /^\\d+ words explained on this page$/ [level=2]
        - paragraph: Choose a word to see it on the page.
        - list:
          - listitem:
            - button /^multimodal treatment · once Using several kinds of treatment/
          - listitem:
            - button /^high-risk neuroblastoma · once/
          - listitem:
            - button /^neuroblastoma · 3 times A cancer that starts in young nerve cells/
    `);
  });

  test('Glossary: the kinds of words, the count, and the words under their letters', async () => {
    await popup.tab('Glossary').click();
    await expect(popup.panel()).toMatchAriaSnapshot(`
      - tabpanel "Glossary":
        - heading "All words, A to Z" [level=2]
        - group "Show only one kind of word":
          - radio "All words" [checked]
          - radio "The illness"
          - radio "Body and cells"
          - radio "Treatment"
          - radio "Medicine"
          - radio "Tests and tumour biology"
          - radio "Symptom or sign"
          - radio "Outlook"
          - radio "Care and care team"
        - status: /^\\d+ words, A to Z\\.$/
        - region "Numbers":
          - heading "Numbers" [level=3]
          - list:
            - listitem:
              - button /^17q gain /
        - region "A":
          - heading "A" [level=3]
          - list:
            - listitem:
              - button /^abdomen The belly\\./
    `);
  });

  test('My questions: an empty list says how to fill it', async () => {
    await popup.tab('My questions').click();
    await expect(popup.panel()).toMatchAriaSnapshot(`
      - tabpanel "My questions":
        - /children: equal
        - heading "My questions" [level=2]
        - paragraph: Words you saved from cards, to ask your child’s care team about. They stay in this browser only.
        - paragraph:
          - text: No saved words yet. When a word’s card is open, choose
          - strong: Save to my questions
          - text: .
        - checkbox "Also keep the page’s address with each word I save" [checked=false]
        - text: Also keep the page’s address with each word I save
        - paragraph: "Off unless you turn it on: addresses of patient portals can hold record numbers."
    `);
  });

  test('Overview: the whole overview, its terms as buttons', async () => {
    await popup.tab('Overview').click();
    await expect(popup.panel()).toMatchAriaSnapshot(`
      - tabpanel "Overview":
        - paragraph:
          - button "Open it in a full tab"
        - article "Stage 4 Neuroblastoma":
          - heading "Stage 4 Neuroblastoma" [level=2]
          - paragraph:
            - button "Stage 4 Neuroblastoma"
            - text: is an
            - button "aggressive form of cancer"
          - region "Key Takeaways":
            - heading "Key Takeaways" [level=3]
            - list:
              - listitem:
                - button "Stage 4 Neuroblastoma"
          - region "What is Stage 4 Neuroblastoma?":
            - heading "What is Stage 4 Neuroblastoma?" [level=3]
    `);
  });

  test('Settings: every group, switch and choice, named, and the shortcuts the browser has now', async () => {
    await popup.tab('Settings').click();
    await expect(popup.panel()).toMatchAriaSnapshot(`
      - tabpanel "Settings":
        - /children: equal
        - heading "Settings" [level=2]
        - group "Where words are explained":
          - checkbox "Explain words on 127.0.0.1" [checked]
          - checkbox "Pause everywhere" [checked=false]
          - paragraph: Pausing stops the marking on every site until you switch it off again.
        - group "How marked words look":
          - radio "Dotted underline" [checked]
          - radio "Solid underline" [checked=false]
          - radio "Highlighter" [checked=false]
        - group "Card opening time":
          - slider "How long the pointer rests on a word before its card opens": "300"
        - group "Which mentions are marked":
          - radio "Every time it appears" [checked]
          - radio "Only the first time in each part of a page" [checked=false]
        - group "Pinned cards":
          - checkbox "Move a pinned card to the side of the page" [checked=false]
          - paragraph: /beside the text instead of over it/
        - group "Keyboard":
          - checkbox "Open a card when Tab reaches a marked link" [checked]
          - term: /^(Alt\\+Shift\\+E|no key set)$/
          - definition: Explain the selected term
          - term: /^(Alt\\+Shift\\+N|no key set)$/
          - definition: Go to the next explained term on the page
          - term: /^(Alt\\+Shift\\+O|no key set)$/
          - definition: Open this PDF in the MedTerm reader
          - term: /^(Alt\\+Shift\\+P|no key set)$/
          - definition: Go to the previous explained term on the page
          - paragraph:
            - button "Change the keys"
        - group "PDFs":
          - checkbox "Open PDFs in the MedTerm reader" [checked=false]
          - paragraph: /opens in the reader instead of the browser’s viewer/
    `);
  });
});

test('the card is a dialog named by its term, with its heading, named items and buttons', async ({ openFixture }) => {
  const page = await openFixture('article.html');
  await hoverTerm(page, 'MYCN amplification', { nth: 1 });
  await expect(cardOf(page)).toBeVisible();
  expect(await dialogOutline(page)).toBe(
    [
      '- dialog "MYCN amplification" [modal=false]',
      '  - article "MYCN amplification"',
      '    - heading "MYCN amplification" [level=2]',
      '    - button "Pin this card open" [pressed=false]',
      '    - button "Close"',
      '    - DescriptionList',
      '      - term "Say it"',
      '      - definition: MIK-en am-plih-fih-KAY-shun',
      '      - term "Category"',
      '      - definition: TESTS AND TUMOUR BIOLOGY',
      '    - group',
      '      - DisclosureTriangle "More detail" [expanded=false]',
      '    - figure',
      '    - navigation "Related terms"',
      '      - list',
      '        - listitem',
      '          - button "MYCN"',
      '        - listitem',
      '          - button "MYCN non-amplified"',
      '        - listitem',
      '          - button "high-risk neuroblastoma"',
      '        - listitem',
      '          - button "tumor biology"',
      '        - listitem',
      '          - button "genetic changes"',
      '    - button "Save to my questions" [pressed=false]',
      '    - button "Read it in the full overview →"',
    ].join('\n'),
  );
});
