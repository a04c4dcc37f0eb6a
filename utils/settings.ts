/**
 * The reader's settings, stored as one item in storage.local, never
 * storage.sync: the lists of sites turned off or marked in full are host
 * names of hospital portals and health sites, which must not travel through
 * browser sync, and local storage has room for them (10 MB, where one sync
 * item holds 8 KB). The other preferences stay local with them, so there is
 * one store to read and nothing about the family's reading leaves the device.
 * Settings an earlier version kept in storage.sync move here once, and leave
 * sync. Every read goes through parseSettings, so a corrupt or outdated
 * stored value falls back to the defaults, field by field.
 */
import { storage } from 'wxt/utils/storage';

export const HIGHLIGHT_STYLES = ['dotted', 'solid', 'marker'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const OCCURRENCE_MODES = ['all', 'first-per-section'] as const;
export type OccurrenceMode = (typeof OCCURRENCE_MODES)[number];

export const HOVER_DELAY = { min: 100, max: 1500, default: 300 } as const;

export interface Settings {
  /** False pauses the extension everywhere. */
  readonly enabled: boolean;
  /** Host names where the extension is turned off. */
  readonly disabledSites: readonly string[];
  readonly highlightStyle: HighlightStyle;
  /** How long the pointer rests on a term before its card opens. */
  readonly hoverDelayMs: number;
  readonly occurrences: OccurrenceMode;
  /** Host names where every glossary word is marked, whatever the page seems to be about. */
  readonly markAllSites: readonly string[];
  /** Whether moving keyboard focus to a marked link opens its card. */
  readonly openOnFocus: boolean;
  /** Whether "My questions" keeps the address of the page a word was saved from (portal addresses can carry record numbers). */
  readonly keepAddresses: boolean;
  /** Whether a pinned card moves to a panel at the side of the page, beside the text instead of over it. */
  readonly dockPinned: boolean;
  /** Whether pages that turn out to be PDFs open in the MedTerm reader (see utils/pdf-links.ts). */
  readonly openPdfLinks: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'dotted',
  hoverDelayMs: HOVER_DELAY.default,
  occurrences: 'all',
  markAllSites: [],
  openOnFocus: true,
  keepAddresses: false,
  dockPinned: false,
  openPdfLinks: false,
};

const SETTINGS_KEY = 'local:settings';
/** Where earlier versions kept the settings. */
const SYNCED_KEY = 'sync:settings';
const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });

/** Reads any stored value into valid settings; each invalid field takes its default. */
export function parseSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const { hoverDelayMs } = value;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: siteList(value.disabledSites) ?? DEFAULT_SETTINGS.disabledSites,
    highlightStyle: oneOf(HIGHLIGHT_STYLES, value.highlightStyle) ?? DEFAULT_SETTINGS.highlightStyle,
    hoverDelayMs:
      typeof hoverDelayMs === 'number' && hoverDelayMs >= HOVER_DELAY.min && hoverDelayMs <= HOVER_DELAY.max
        ? hoverDelayMs
        : DEFAULT_SETTINGS.hoverDelayMs,
    occurrences: oneOf(OCCURRENCE_MODES, value.occurrences) ?? DEFAULT_SETTINGS.occurrences,
    markAllSites: siteList(value.markAllSites) ?? DEFAULT_SETTINGS.markAllSites,
    openOnFocus: typeof value.openOnFocus === 'boolean' ? value.openOnFocus : DEFAULT_SETTINGS.openOnFocus,
    keepAddresses: typeof value.keepAddresses === 'boolean' ? value.keepAddresses : DEFAULT_SETTINGS.keepAddresses,
    dockPinned: typeof value.dockPinned === 'boolean' ? value.dockPinned : DEFAULT_SETTINGS.dockPinned,
    openPdfLinks: typeof value.openPdfLinks === 'boolean' ? value.openPdfLinks : DEFAULT_SETTINGS.openPdfLinks,
  };
}

function siteList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((site: unknown) => typeof site === 'string') ? value : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Moves settings an earlier version kept in storage.sync to storage.local
 * (unless local ones exist) and deletes them from sync. The background runs
 * it when the extension is installed or updated.
 */
export async function moveSettingsOutOfSync(): Promise<void> {
  const synced = await storage.getItem<unknown>(SYNCED_KEY);
  if (synced === null) return;
  if ((await storage.getItem<unknown>(SETTINGS_KEY)) === null) await settingsItem.setValue(parseSettings(synced));
  await storage.removeItem(SYNCED_KEY, { removeMeta: true });
}

/** Saves a change; rejects when the browser refuses to store it (the caller tells the reader). */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with valid settings whenever they change; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(parseSettings(stored)));
}

/** Whether the extension should run on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
