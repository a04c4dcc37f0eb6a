import { entryById } from '../../glossary/runtime/bundled';
import { HOW_TO_USE_SHORT } from '../../utils/how-to-use';
import type { Settings } from '../../utils/settings';
import { EntryList } from './EntryList';
import type { PageInfoState } from './page-info';
import { TopicNotice } from './TopicNotice';

export interface OnThisPagePanelProps {
  readonly state: PageInfoState;
  readonly settings: Settings | null;
  readonly onReveal: (id: string) => void;
  readonly onRetry: () => void;
  readonly onResume: () => void;
  readonly onTurnOnSite: (host: string) => void;
  /** Marks every word on the site (true), or only the words that fit each page (false). */
  readonly onMarkAll: (host: string, markAll: boolean) => void;
  /** The term that could not be found on the page any more, if any. */
  readonly missingId: string | null;
}

/** The glossary terms on the page in the active tab, in reading order; choosing one shows it there. */
export function OnThisPagePanel({
  state,
  settings,
  onReveal,
  onRetry,
  onResume,
  onTurnOnSite,
  onMarkAll,
  missingId,
}: OnThisPagePanelProps) {
  if (state.status === 'loading') {
    return (
      <p class="notice" role="status">
        Looking at this page…
      </p>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <div class="notice">
        <h2>This page can’t be read</h2>
        {state.localFile ? (
          <p>
            This is a file on your computer. To explain words in files, turn on “Allow access to file URLs” for MedTerm
            Explainer on the browser’s extensions page, then reload the file.
          </p>
        ) : (
          <p>
            MedTerm Explainer works on ordinary web pages. The browser’s own pages, the extension store and pages that
            are still loading are out of its reach.
          </p>
        )}
        <p>You can still look up any word with the search box above.</p>
        <button type="button" class="text-button" onClick={onRetry}>
          Try this page again
        </button>
      </div>
    );
  }
  const { host, active, terms, topic, withholding } = state.info;
  if (!active) {
    const paused = settings?.enabled === false;
    return (
      <div class="notice">
        <h2>{paused ? 'Paused everywhere' : `Turned off on ${host}`}</h2>
        <p>
          {paused
            ? 'MedTerm Explainer is not marking words on any site right now.'
            : 'You turned MedTerm Explainer off for this site, so no words are marked here.'}
        </p>
        <button type="button" class="primary-button" onClick={() => (paused ? onResume() : onTurnOnSite(host))}>
          {paused ? 'Turn it back on' : 'Turn on for this site'}
        </button>
      </div>
    );
  }
  const known = terms.flatMap(({ id, count }) => {
    const entry = entryById(id);
    return entry ? [{ entry, note: count === 1 ? 'once' : `${count} times` }] : [];
  });
  const notice = (
    <TopicNotice
      host={host || 'this site'}
      topic={topic}
      withholding={withholding}
      markingAll={settings?.markAllSites.includes(host) ?? false}
      onMarkAll={(markAll) => onMarkAll(host, markAll)}
    />
  );
  return (
    <>
      <h2 class="panel-heading">
        {known.length > 0
          ? `${wordCount(known.length)} explained on this page`
          : withholding
            ? 'No words marked on this page'
            : 'No glossary words on this page'}
      </h2>
      {notice}
      {known.length === 0 ? (
        !withholding && (
          <div class="notice">
            <p>
              Nothing on {host || 'this page'} matches the glossary. When a page mentions one of its words, it is marked
              and listed here.
            </p>
            <p>{HOW_TO_USE_SHORT}</p>
          </div>
        )
      ) : (
        <>
          <p class="panel-hint">Choose a word to see it on the page.</p>
          {missingId && (
            <p class="warning" role="alert">
              “{entryById(missingId)?.term ?? missingId}” is not on the page any more. The page may have changed.
            </p>
          )}
          <EntryList items={known} onSelect={onReveal} />
        </>
      )}
    </>
  );
}

function wordCount(count: number): string {
  return count === 1 ? '1 word' : `${count} words`;
}
