import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { InlineTermCard } from '../../components/InlineTermCard';
import { NotInGlossaryCard } from '../../components/NotInGlossaryCard';
import { glossary, glossaryMatcher } from '../../glossary/runtime/bundled';
import { searchGlossary } from '../../glossary/runtime/search';
import { type CategoryChoice, CategoryFilter } from './CategoryFilter';
import { GlossaryList } from './GlossaryList';

const RESULT_LIMIT = 100;

export interface GlossaryPanelProps {
  readonly query: string;
  readonly category: CategoryChoice;
  readonly onCategory: (category: CategoryChoice) => void;
  /** The entry whose card is shown instead of the list, if any. */
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onOpenOverview: (id: string) => void;
}

/** The glossary: an A–Z list or search results, narrowed by kind, and the card of the chosen entry. */
export function GlossaryPanel({
  query,
  category,
  onCategory,
  selectedId,
  onSelect,
  onOpenOverview,
}: GlossaryPanelProps) {
  const listScroll = useRef(0);
  const previousId = useRef<string | null>(null);
  /** The entry first opened from the list (related terms may have switched the card since). */
  const openedId = useRef<string | null>(null);
  const goingBack = useRef(false);
  const searching = query.trim().length > 0;
  const found = useMemo(
    () => (searching ? searchGlossary(query, glossary.entries, glossaryMatcher(), RESULT_LIMIT) : glossary.entries),
    [query, searching],
  );
  const shown = category === 'all' ? found : found.filter((entry) => entry.category === category);

  // A card replaces the list and shows from its top; going back restores the list's scroll and focus.
  useLayoutEffect(() => {
    const previous = previousId.current;
    previousId.current = selectedId;
    if (previous === null && selectedId !== null) {
      openedId.current = selectedId;
      window.scrollTo(0, 0);
    }
    if (previous === null || selectedId !== null || !goingBack.current) return;
    goingBack.current = false;
    window.scrollTo(0, listScroll.current);
    const buttons = [...document.querySelectorAll<HTMLElement>('.entry-list__button')];
    const target = buttons.find((button) => button.dataset.entry === openedId.current) ?? buttons[0];
    target?.focus({ preventScroll: true });
  }, [selectedId]);

  const select = (id: string) => {
    listScroll.current = window.scrollY;
    onSelect(id);
  };
  const back = () => {
    goingBack.current = true;
    onSelect(null);
  };

  if (selectedId !== null) {
    return (
      <div class="glossary-card">
        <button type="button" class="back-button" onClick={back}>
          ← {searching ? 'Back to the results' : 'Back to all words'}
        </button>
        <InlineTermCard
          id="glossary-card"
          entryId={selectedId}
          onSelectRelated={onSelect}
          onClose={back}
          onOpenOverview={onOpenOverview}
        />
      </div>
    );
  }

  return (
    <>
      <h2 class="visually-hidden">{searching ? 'Search results' : 'All words, A to Z'}</h2>
      <CategoryFilter value={category} onChange={onCategory} />
      <p class="result-count" role="status">
        {resultMessage(searching, found.length, shown.length)}
      </p>
      {searching && found.length === 0 ? (
        <div class="inline-card">
          <NotInGlossaryCard text={query.trim()} suggestions={[]} onSelect={select} />
        </div>
      ) : (
        <GlossaryList entries={shown} grouped={!searching} onSelect={select} />
      )}
      {shown.length === 0 && found.length > 0 && (
        <button type="button" class="text-button" onClick={() => onCategory('all')}>
          Show all kinds of words
        </button>
      )}
    </>
  );
}

function resultMessage(searching: boolean, found: number, shown: number): string {
  if (searching && found === 0) return 'No matching words.';
  if (shown === 0) return 'None of the matching words is of this kind.';
  const words = shown === 1 ? '1 word' : `${shown} words`;
  return searching ? `${words} found, best match first.` : `${words}, A to Z.`;
}
