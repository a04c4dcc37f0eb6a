import { useEffect, useRef } from 'preact/hooks';
import { entryById, relatedTerms } from '../glossary/runtime/bundled';
import { TermCard } from './TermCard';

export interface InlineTermCardProps {
  readonly id: string;
  readonly entryId: string;
  /** The words the reader chose, when the card was opened from text; named when they differ from the term. */
  readonly chosenText?: string | undefined;
  /** Bring the card into view and move focus into it when it opens or changes. */
  readonly focusOnShow?: boolean;
  readonly onSelectRelated: (id: string) => void;
  readonly onClose: () => void;
  readonly onOpenOverview?: ((id: string) => void) | undefined;
}

/** A glossary entry's card shown in the flow of a page (the popup, the overview); Esc closes it. */
export function InlineTermCard({
  id,
  entryId,
  chosenText,
  focusOnShow = true,
  onSelectRelated,
  onClose,
  onOpenOverview,
}: InlineTermCardProps) {
  const frame = useRef<HTMLDivElement>(null);
  const entry = entryById(entryId);

  useEffect(() => {
    const card = frame.current?.querySelector<HTMLElement>('.term-card');
    if (!focusOnShow || !frame.current || !card) return;
    card.focus({ preventScroll: true });
    if (!topInView(frame.current)) frame.current.scrollIntoView({ block: 'start' });
  }, [entryId, focusOnShow]);

  // Esc closes the card from anywhere inside it.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  if (!entry) return null;
  return (
    <div id={id} ref={frame} class="inline-card">
      <TermCard
        entry={entry}
        chosenText={chosenText}
        related={relatedTerms(entry)}
        onSelectRelated={onSelectRelated}
        onOpenOverview={onOpenOverview}
        onClose={onClose}
        save={{ entryId: entry.id, term: entry.term }}
      />
    </div>
  );
}

/** Whether the card's top is on screen, below any sticky header (the page's scroll-padding-top) and not at the very bottom. */
function topInView(element: HTMLElement): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  const padding = Number.parseFloat(view.getComputedStyle(element.ownerDocument.documentElement).scrollPaddingTop) || 0;
  const { top } = element.getBoundingClientRect();
  return top >= padding && top <= view.innerHeight * 0.7;
}
