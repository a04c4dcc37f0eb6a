/**
 * Decides what card to open and where: for a term on the page, for the
 * reader's selection (keyboard command), for words from the context menu,
 * and for the keyboard's next / previous term.
 */

import { entryAt, entryOfMatch, glossary, glossaryMatcher } from '../../../glossary/runtime/bundled';
import { searchGlossary } from '../../../glossary/runtime/search';
import type { TermOccurrence } from '../finding/find-terms';
import { sentenceOf } from '../finding/term-sentence';
import type { PageHighlights } from '../highlights/page-highlights';
import { liveRange, rectsOf } from '../highlights/range-geometry';
import type { TermNavigator } from '../highlights/term-navigator';
import type { PageCard } from './page-card';

/** Longest text from a selection that is worth looking up. */
const MAX_LOOKUP_LENGTH = 200;
const MAX_SUGGESTIONS = 4;

export class CardOpener {
  private lastTerm: TermOccurrence | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlights: PageHighlights,
    private readonly card: PageCard,
    private readonly navigator: TermNavigator,
    /** Whether the page is judged to be about neuroblastoma (cards then add what holds only there). */
    private readonly aboutNeuroblastoma: () => boolean,
    /** The sentence a term was read in (saved with it to "My questions"). */
    private readonly sentenceOfTerm: (occurrence: TermOccurrence) => string = sentenceOf,
  ) {}

  /** The term whose card is open, if the card shows a term of the page. */
  get shown(): TermOccurrence | null {
    return this.card.isOpen ? this.lastTerm : null;
  }

  openTerm(occurrence: TermOccurrence, focus: boolean): void {
    const entry = entryAt(occurrence.entry);
    if (!entry) return;
    this.lastTerm = occurrence;
    const anchor = () => rectsOf(this.doc, occurrence.range)[0] ?? new DOMRect();
    const live = liveRange(this.doc, occurrence.range);
    const chosenText = live.toString().replace(/\s+/g, ' ');
    void this.card.open({
      content: {
        kind: 'entry',
        entry,
        chosenText,
        aboutNeuroblastoma: this.aboutNeuroblastoma(),
        sentence: this.sentenceOfTerm(occurrence),
      },
      anchor,
      focus,
      block: live.commonAncestorContainer,
    });
  }

  /** Moves to the next or previous term, marks it and opens its card with keyboard focus. */
  step(direction: 1 | -1): void {
    const target = this.navigator.step(direction);
    if (target) this.openTerm(target, true);
  }

  /** Brings the first occurrence of an entry into view and opens its card; false when the page lacks it. */
  reveal(id: string): boolean {
    const target = this.navigator.reveal(id);
    if (target) this.openTerm(target, false);
    return target !== null;
  }

  /** Explains the term at the selection, or the selected words themselves. */
  explainSelection(): void {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const occurrence = this.highlights.at(range.startContainer, range.startOffset);
    if (occurrence) this.openTerm(occurrence, true);
    else this.explainText(selection.toString());
  }

  /** Explains some words: their entry when they are a glossary term, else a kind "not in this glossary". */
  explainText(text: string): void {
    const words = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_LENGTH);
    if (words.length === 0) return;
    const matcher = glossaryMatcher();
    const index = matcher.lookup(words);
    const entry = index === undefined ? undefined : entryOfMatch(index);
    const selection = this.doc.getSelection();
    const block = selection?.rangeCount ? selection.getRangeAt(0).commonAncestorContainer : undefined;
    const place = { anchor: selectionAnchor(this.doc), focus: true, block };
    if (entry) {
      const content = {
        kind: 'entry',
        entry,
        chosenText: words,
        aboutNeuroblastoma: this.aboutNeuroblastoma(),
      } as const;
      void this.card.open({ content, ...place });
      return;
    }
    const suggestions = searchGlossary(words, glossary.entries, matcher, MAX_SUGGESTIONS);
    void this.card.open({ content: { kind: 'missing', text: words, suggestions }, ...place });
  }
}

/** Where the selection is on screen (it follows the page as it scrolls), or the top of the view. */
function selectionAnchor(doc: Document): () => DOMRect {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const width = doc.defaultView?.innerWidth ?? 0;
  return () => (range ? range.getBoundingClientRect() : new DOMRect(width / 2, 16, 0, 0));
}
