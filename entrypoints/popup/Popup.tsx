import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OpenTerm } from '../../components/OverviewArticle';
import { useSettings } from '../../components/use-settings';
import { glossary, glossaryMatcher } from '../../glossary/runtime/bundled';
import { searchGlossary } from '../../glossary/runtime/search';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { closePopup, openOverview } from './browser-actions';
import type { CategoryChoice } from './CategoryFilter';
import { GlossaryPanel } from './GlossaryPanel';
import { OnThisPagePanel } from './OnThisPagePanel';
import { OpenInReader } from './OpenInReader';
import { OverviewPanel } from './OverviewPanel';
import { PopupTabs, panelId, tabId } from './PopupTabs';
import { revealOnPage, usePageInfo } from './page-info';
import { QuestionsPanel } from './QuestionsPanel';
import { SettingsPanel } from './SettingsPanel';

type TabId = 'page' | 'glossary' | 'questions' | 'overview' | 'settings';

const TABS = [
  { id: 'page', label: 'On this page' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'questions', label: 'My questions' },
  { id: 'overview', label: 'Overview' },
  { id: 'settings', label: 'Settings' },
] as const satisfies readonly { id: TabId; label: string }[];

/** The toolbar popup: the page's terms, the glossary, the overview and the settings, under one search box. */
export function Popup() {
  const [tab, setTab] = useState<TabId>('page');
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryChoice>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [overviewOpen, setOverviewOpen] = useState<OpenTerm | null>(null);
  const [missingId, setMissingId] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const { settings, saveError, update } = useSettings();
  const activity = settings
    ? `${settings.enabled}|${settings.disabledSites.join(' ')}|${settings.markAllSites.join(' ')}`
    : '';
  const page = usePageInfo(activity);
  const host = page.state.status === 'ready' ? page.state.info.host : null;

  useEffect(() => search.current?.focus(), []);

  const showGlossary = (id: string | null) => {
    setSelectedId(id);
    setTab('glossary');
  };
  const reveal = async (id: string) => {
    if (page.state.status !== 'ready') return;
    const shown = await revealOnPage(page.state.tabId, id);
    setMissingId(shown ? null : id);
    if (shown) await closePopup();
  };

  const panels: Record<TabId, () => ComponentChildren> = {
    page: () => (
      <>
        <OpenInReader />
        <OnThisPagePanel
          state={page.state}
          settings={settings}
          onReveal={(id) => void reveal(id)}
          onRetry={page.refresh}
          onResume={() => update({ enabled: true })}
          onTurnOnSite={(site) =>
            update({ disabledSites: (settings ?? DEFAULT_SETTINGS).disabledSites.filter((other) => other !== site) })
          }
          onMarkAll={(site, markAll) => {
            const others = (settings ?? DEFAULT_SETTINGS).markAllSites.filter((other) => other !== site);
            update({ markAllSites: markAll ? [...others, site] : others });
          }}
          missingId={missingId}
        />
      </>
    ),
    glossary: () => (
      <GlossaryPanel
        query={query}
        category={category}
        onCategory={setCategory}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onOpenOverview={(id) => void openOverview(id)}
      />
    ),
    questions: () => (
      <QuestionsPanel
        keepAddresses={settings?.keepAddresses ?? DEFAULT_SETTINGS.keepAddresses}
        onKeepAddresses={(keepAddresses) => update({ keepAddresses })}
      />
    ),
    overview: () => (
      <OverviewPanel
        open={overviewOpen}
        onOpenChange={setOverviewOpen}
        occurrences={settings?.occurrences ?? DEFAULT_SETTINGS.occurrences}
        onOpenOverview={(id) => void openOverview(id)}
      />
    ),
    settings: () =>
      settings ? (
        <SettingsPanel settings={settings} host={host} onChange={update} />
      ) : (
        <p class="notice" role="status">
          Loading your settings…
        </p>
      ),
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">MedTerm Explainer</h1>
        <search class="popup__search">
          <label for="search" class="popup__search-label">
            Look up a word
          </label>
          <input
            id="search"
            ref={search}
            type="search"
            autoComplete="off"
            spellcheck={false}
            placeholder="For example: isotretinoin"
            aria-controls={panelId('glossary')}
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              showGlossary(null);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              const [best] = searchGlossary(query, glossary.entries, glossaryMatcher(), 1);
              if (best) showGlossary(best.id);
            }}
          />
        </search>
        <PopupTabs tabs={TABS} selected={tab} onSelect={setTab} label="Sections" />
      </header>
      <main class="popup__main">
        {saveError && (
          <p class="save-error" role="alert">
            {saveError}
          </p>
        )}
        {TABS.map(({ id }) => (
          <section
            key={id}
            role="tabpanel"
            id={panelId(id)}
            aria-labelledby={tabId(id)}
            class="popup__panel"
            hidden={id !== tab}
          >
            {id === tab && panels[id]()}
          </section>
        ))}
      </main>
    </div>
  );
}
