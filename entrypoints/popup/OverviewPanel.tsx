import { useMemo } from 'preact/hooks';
import { type OpenTerm, OverviewArticle } from '../../components/OverviewArticle';
import { markDocument } from '../../components/overview-model';
import { entryOfMatch, glossary, glossaryMatcher } from '../../glossary/runtime/bundled';
import type { OccurrenceMode } from '../../utils/settings';

export interface OverviewPanelProps {
  readonly open: OpenTerm | null;
  readonly onOpenChange: (open: OpenTerm | null) => void;
  readonly occurrences: OccurrenceMode;
  readonly onOpenOverview: (id: string | null) => void;
}

/** The whole overview inside the popup, with a way out to the full page for reading or printing. */
export function OverviewPanel({ open, onOpenChange, occurrences, onOpenOverview }: OverviewPanelProps) {
  const marked = useMemo(
    () => markDocument(glossary.document, entryOfMatch, glossaryMatcher(), occurrences),
    [occurrences],
  );
  return (
    <>
      <p class="panel-hint">
        The overview this glossary is built from. Choose an underlined word to see what it means.{' '}
        <button type="button" class="text-button" onClick={() => onOpenOverview(null)}>
          Open it in a full tab
        </button>
      </p>
      <OverviewArticle
        document={marked}
        open={open}
        onOpenChange={onOpenChange}
        onOpenOverview={onOpenOverview}
        headingLevel={2}
        idPrefix="popup-overview-"
      />
    </>
  );
}
