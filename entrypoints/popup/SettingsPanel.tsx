import { useEffect, useState } from 'preact/hooks';
import { ShortcutList } from '../../components/ShortcutList';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  HOVER_DELAY,
  OCCURRENCE_MODES,
  type OccurrenceMode,
  type Settings,
} from '../../utils/settings';
import { ChoiceGroup } from './ChoiceGroup';
import { PdfLinksSwitch } from './PdfLinksSwitch';

const STYLE_LABELS: Readonly<Record<HighlightStyle, string>> = {
  dotted: 'Dotted underline',
  solid: 'Solid underline',
  marker: 'Highlighter',
};

const OCCURRENCE_LABELS: Readonly<Record<OccurrenceMode, string>> = {
  all: 'Every time it appears',
  'first-per-section': 'Only the first time in each part of a page',
};

export interface SettingsPanelProps {
  readonly settings: Settings;
  /** The site in the active tab, when its page answered. */
  readonly host: string | null;
  readonly onChange: (change: Partial<Settings>) => void;
}

/** The reader's settings; each change is saved at once and pages follow it live. */
export function SettingsPanel({ settings, host, onChange }: SettingsPanelProps) {
  const [delay, setDelay] = useState(settings.hoverDelayMs);
  useEffect(() => setDelay(settings.hoverDelayMs), [settings.hoverDelayMs]);
  const siteOn = host !== null && !settings.disabledSites.includes(host);
  const setSite = (on: boolean) => {
    if (host === null) return;
    const others = settings.disabledSites.filter((site) => site !== host);
    onChange({ disabledSites: on ? others : [...others, host] });
  };

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <h2 class="visually-hidden">Settings</h2>
      <fieldset class="settings__group">
        <legend>Where words are explained</legend>
        {host === null ? (
          <p class="settings__hint">The page in this tab can’t use MedTerm Explainer, so it has no on/off switch.</p>
        ) : (
          <label class="switch">
            <input type="checkbox" checked={siteOn} onChange={(event) => setSite(event.currentTarget.checked)} />
            <span>
              Explain words on <strong>{host || 'this page'}</strong>
            </span>
          </label>
        )}
        <label class="switch">
          <input
            type="checkbox"
            checked={!settings.enabled}
            onChange={(event) => onChange({ enabled: !event.currentTarget.checked })}
          />
          <span>Pause everywhere</span>
        </label>
        <p class="settings__hint">Pausing stops the marking on every site until you switch it off again.</p>
      </fieldset>
      <ChoiceGroup
        legend="How marked words look"
        name="highlight-style"
        options={HIGHLIGHT_STYLES.map((style) => ({
          value: style,
          label: STYLE_LABELS[style],
          preview: <span class={`style-preview style-preview--${style}`}>neuroblastoma</span>,
        }))}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
      />
      <fieldset class="settings__group">
        <legend>Card opening time</legend>
        <label class="settings__range">
          <span>How long the pointer rests on a word before its card opens</span>
          <input
            type="range"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={100}
            value={delay}
            aria-valuetext={seconds(delay)}
            onInput={(event) => setDelay(Number(event.currentTarget.value))}
            onChange={(event) => onChange({ hoverDelayMs: Number(event.currentTarget.value) })}
          />
        </label>
        <p class="settings__range-value" aria-hidden="true">
          <span>Quicker</span>
          <output>{seconds(delay)}</output>
          <span>Slower</span>
        </p>
      </fieldset>
      <ChoiceGroup
        legend="Which mentions are marked"
        name="occurrences"
        options={OCCURRENCE_MODES.map((mode) => ({ value: mode, label: OCCURRENCE_LABELS[mode] }))}
        value={settings.occurrences}
        onChange={(occurrences) => onChange({ occurrences })}
      />
      <fieldset class="settings__group">
        <legend>Pinned cards</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.dockPinned}
            onChange={(event) => onChange({ dockPinned: event.currentTarget.checked })}
          />
          <span>Move a pinned card to the side of the page</span>
        </label>
        <p class="settings__hint">
          It then sits beside the text instead of over it, and stays while you scroll. In a narrow window it stays by
          its word.
        </p>
      </fieldset>
      <fieldset class="settings__group">
        <legend>Keyboard</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.openOnFocus}
            onChange={(event) => onChange({ openOnFocus: event.currentTarget.checked })}
          />
          <span>Open a card when Tab reaches a marked link</span>
        </label>
        <ShortcutList />
      </fieldset>
      <PdfLinksSwitch on={settings.openPdfLinks} onChange={onChange} />
    </form>
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds`;
}
