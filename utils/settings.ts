/**
 * The reader's settings, stored in storage.sync as one versioned item. Every
 * read goes through parseSettings, so a corrupt or outdated stored value
 * falls back to the defaults, field by field, instead of breaking anything.
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
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'dotted',
  hoverDelayMs: HOVER_DELAY.default,
  occurrences: 'all',
  markAllSites: [],
};

const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

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
