/**
 * The card and what opens it, built together: the part of a page's explainer
 * that needs the whole glossary, Preact and tippy.js. It is its own script
 * (entrypoints/card-ui.ts), loaded into a frame only when a card first opens
 * there (lazy-cards.ts), so that marking a page never parses it.
 */
import { sendToBackground } from '../../../utils/messages';
import { prepareSentenceBreaks } from '../../../utils/questions/sentence';
import type { PageHighlights } from '../highlights/page-highlights';
import type { TermNavigator } from '../highlights/term-navigator';
import { CardOpener } from './card-opener';
import { PageCard } from './page-card';
import { pageMount } from './page-mount';

/** What the card needs of the explainer that opens it. */
export interface CardUiParts {
  readonly doc: Document;
  readonly highlights: PageHighlights;
  readonly navigator: TermNavigator;
  /** Whether the page is judged to be about neuroblastoma (cards then add what holds only there). */
  readonly aboutNeuroblastoma: () => boolean;
  /** Whether a pinned card docks at the side of the page (the reader's setting). */
  readonly dockPinned: () => boolean;
}

/** What the explainer uses of the card itself. */
export type CardView = Pick<
  PageCard,
  'isOpen' | 'isPinned' | 'isGivingFocusBack' | 'contains' | 'isHost' | 'close' | 'reposition' | 'destroy'
>;
/** What the explainer asks of the card's opener. */
export type CardActions = Pick<CardOpener, 'shown' | 'openTerm' | 'step' | 'explainSelection' | 'explainText'>;

export interface CardUi {
  readonly card: CardView;
  readonly cards: CardActions;
}

export type CreateCardUi = (parts: CardUiParts) => CardUi;

export const createCardUi: CreateCardUi = ({ doc, highlights, navigator, aboutNeuroblastoma, dockPinned }) => {
  // Usually built while the pointer rests on a term (LazyCards.prepare): the hover delay hides this too.
  prepareSentenceBreaks();
  const card = new PageCard(doc, {
    createMount: () => pageMount(doc),
    // The background may be restarting or gone (extension disabled): nothing to open then.
    onOpenOverview: (id) => void sendToBackground('open-overview', { id }).catch(() => null),
    onClose: () => navigator.blur(),
    dockPinned,
  });
  return { card, cards: new CardOpener(doc, highlights, card, navigator, aboutNeuroblastoma) };
};
