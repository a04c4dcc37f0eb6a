import { useEffect, useMemo, useState } from 'preact/hooks';
import { InlineTermCard } from '../../components/InlineTermCard';
import { type OpenTerm, OverviewArticle } from '../../components/OverviewArticle';
import { markDocument } from '../../components/overview-model';
import { useSettings } from '../../components/use-settings';
import { entryById, entryOfMatch, glossary, glossaryMatcher } from '../../glossary/runtime/bundled';
import { useHash } from './use-hash';
import { WordList } from './WordList';

const ID_PREFIX = 'overview-';

/**
 * The overview in a full tab, for reading and printing. `#<entry-id>` opens
 * that entry's card at its first mention; an entry the document never
 * mentions is explained above the document instead.
 */
export function OverviewPage() {
  const { settings } = useSettings();
  const hash = useHash();
  const [open, setOpen] = useState<OpenTerm | null>(null);
  const [asideId, setAsideId] = useState<string | null>(null);
  const occurrences = settings?.occurrences ?? null;
  const marked = useMemo(
    () => (occurrences ? markDocument(glossary.document, entryOfMatch, glossaryMatcher(), occurrences) : null),
    [occurrences],
  );

  useEffect(() => {
    if (!marked || !entryById(hash)) return;
    const place = marked.firstPlaces.get(hash);
    if (place) {
      setAsideId(null);
      setOpen({ place, entryId: hash, reveal: true });
    } else {
      setOpen(null);
      setAsideId(hash);
    }
  }, [hash, marked]);

  if (!marked) return null;
  return (
    <>
      <header class="page-header">
        <p class="page-header__app">MedTerm Explainer</p>
        <button type="button" class="page-header__button" onClick={() => window.print()}>
          Print
        </button>
      </header>
      <main class="page-main">
        <nav class="contents" aria-label="Contents">
          <p class="contents__heading">Contents</p>
          <ul>
            {marked.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${ID_PREFIX}${section.id}`}>{section.heading}</a>
              </li>
            ))}
            <li>
              <a href="#word-list-heading">Words explained</a>
            </li>
          </ul>
        </nav>
        <div class="page-main__reading">
          {asideId && (
            <div class="aside-card">
              <p>“{entryById(asideId)?.term}” isn’t mentioned in this overview, but here is what it means:</p>
              <InlineTermCard
                id="aside-card"
                entryId={asideId}
                onSelectRelated={setAsideId}
                onClose={() => setAsideId(null)}
              />
            </div>
          )}
          <p class="page-main__hint">Choose any underlined word to see what it means, in plain language.</p>
          <OverviewArticle document={marked} open={open} onOpenChange={setOpen} idPrefix={ID_PREFIX} />
          <WordList document={marked} />
          <footer class="page-footer">
            <p>
              This overview and its explanations are general information. Your child’s care team knows your child’s
              situation best; bring your questions to them.
            </p>
          </footer>
        </div>
      </main>
    </>
  );
}
