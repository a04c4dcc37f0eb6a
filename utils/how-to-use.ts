/** How to use the extension, said once for the welcome page and the popup's empty states. */
export const HOW_TO_USE: readonly { readonly way: string; readonly how: string }[] = [
  {
    way: 'Mouse',
    how: 'rest the pointer on an underlined word for a moment; move into the card to read or click in it.',
  },
  { way: 'Touch', how: 'tap an underlined word. If the word is a link, tap it again to follow the link.' },
  {
    way: 'Keyboard',
    how: 'use the shortcuts below to explain selected words or move from one word to the next; Esc closes the card.',
  },
  { way: 'Any words', how: 'select them, right-click, and choose “Explain”.' },
  {
    way: 'PDFs',
    how: 'on a tab that shows a PDF, choose “Open in MedTerm reader” in the toolbar popup or the right-click menu.',
  },
  {
    way: 'Questions',
    how: 'press “Save to my questions” on a card. The toolbar popup keeps the words, your questions and a list to print for the next appointment.',
  },
];

/** One line for empty states. */
export const HOW_TO_USE_SHORT =
  'Point at or tap an underlined word to see what it means, or select words and right-click “Explain”.';

export const CARE_TEAM_NOTE =
  'This is general information to help you follow what you read and talk with your child’s care team. It is not advice about your child: their doctors and nurses know their situation.';
