/**
 * Cards in the reader, composed from the content script's parts: pointer
 * triggers (hover, tap, double-click, selection) find the term under the
 * pointer through the reader's highlights, the card opener and page card show
 * it, the navigator steps through terms, and Esc closes the card.
 */
import { sendToBackground } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { CardOpener } from '../content/card/card-opener';
import type { SavedFrom } from '../content/card/card-request';
import { PageCard } from '../content/card/page-card';
import { pageMount } from '../content/card/page-mount';
import { listenToPointer } from '../content/card/pointer-triggers';
import { termAt } from '../content/highlights/term-at-point';
import { TermNavigator } from '../content/highlights/term-navigator';
import { pageSentence } from './page-sentence';
import { READER_HIGHLIGHTS, type ReaderMarks } from './reader-marks';

export function readerCards(
  doc: Document,
  marks: ReaderMarks,
  settings: () => Settings,
  savedFrom: SavedFrom,
  signal: AbortSignal,
): CardOpener {
  const navigator = new TermNavigator(doc, marks.highlights, READER_HIGHLIGHTS.focus, (node) => card.isHost(node));
  const card = new PageCard(doc, {
    createMount: () => pageMount(doc),
    onOpenOverview: (id) => void sendToBackground('open-overview', { id }).catch(() => null),
    onClose: () => navigator.blur(),
    savedFrom,
  });
  const cards = new CardOpener(
    doc,
    marks.highlights,
    card,
    navigator,
    () => marks.topic === 'neuroblastoma',
    ({ block, range }) => pageSentence(marks.textOf(block), range),
  );
  listenToPointer(
    doc,
    {
      termAt: (x, y) => termAt(doc, marks.highlights, x, y),
      termAtCaret: (node, offset) => marks.highlights.at(node, offset),
      open: (occurrence) => cards.openTerm(occurrence, false),
      close: () => card.close(),
      shown: () => cards.shown,
      isPinned: () => card.isPinned,
      isInCard: (event) => card.contains(event),
      hoverDelayMs: () => settings().hoverDelayMs,
    },
    signal,
  );
  const view = doc.defaultView ?? window;
  view.addEventListener('scroll', () => card.reposition(), { passive: true, signal });
  view.addEventListener('resize', () => card.reposition(), { passive: true, signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !card.isOpen) return;
      event.stopPropagation();
      card.close();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => card.destroy());
  return cards;
}
