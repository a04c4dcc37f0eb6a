import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY,
  isActiveOn,
  loadSettings,
  moveSettingsOutOfSync,
  parseSettings,
  type Settings,
  saveSettings,
  watchSettings,
} from '../../utils/settings';

const VALID: Settings = {
  enabled: false,
  disabledSites: ['example.org', 'news.example'],
  highlightStyle: 'marker',
  hoverDelayMs: 800,
  occurrences: 'first-per-section',
  markAllSites: ['forum.example'],
  openOnFocus: false,
  keepAddresses: true,
  dockPinned: true,
  openPdfLinks: true,
};

/** Invalid values for each field; every one must fall back to that field's default alone. */
const INVALID: { [K in keyof Settings]: unknown[] } = {
  enabled: ['yes', 1, 0, null, undefined, {}],
  disabledSites: ['all', 'example.org', [1], ['example.org', 2], [null], {}, null],
  highlightStyle: [42, 'bold', 'DOTTED', '', null, ['dotted']],
  hoverDelayMs: [-5, 0, HOVER_DELAY.min - 1, HOVER_DELAY.max + 1, Number.NaN, Number.POSITIVE_INFINITY, '300', null],
  occurrences: [null, 'some', 'ALL', 1, true],
  markAllSites: ['all', [1], ['forum.example', null], {}, null],
  openOnFocus: ['yes', 1, null, {}],
  keepAddresses: ['yes', 1, null, {}],
  dockPinned: ['yes', 1, null, {}],
  openPdfLinks: ['yes', 1, null, {}],
};

describe('parseSettings', () => {
  // Wrapped in objects: it.each would spread an array case into arguments.
  it.each([undefined, null, 'x', '', 42, true, [], ['enabled'], () => VALID].map((stored) => ({ stored })))(
    'reads $stored as the defaults',
    ({ stored }) => {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps a fully valid value as it is', () => {
    expect(parseSettings(VALID)).toEqual(VALID);
  });

  for (const field of Object.keys(INVALID) as (keyof Settings)[]) {
    it.each(INVALID[field].map((bad) => ({ bad })))(
      `falls back to the default ${field} alone when it is $bad`,
      ({ bad }) => {
        expect(parseSettings({ ...VALID, [field]: bad })).toEqual({ ...VALID, [field]: DEFAULT_SETTINGS[field] });
      },
    );
  }

  it('falls back field by field when every field is wrong at once', () => {
    const stored = { enabled: 'yes', highlightStyle: 42, hoverDelayMs: -5, disabledSites: 'all', occurrences: null };
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts the hover delay range inclusive of its ends', () => {
    expect(parseSettings({ hoverDelayMs: HOVER_DELAY.min }).hoverDelayMs).toBe(HOVER_DELAY.min);
    expect(parseSettings({ hoverDelayMs: HOVER_DELAY.max }).hoverDelayMs).toBe(HOVER_DELAY.max);
  });

  it('keeps only the known fields', () => {
    expect(Object.keys(parseSettings({ ...VALID, extra: 1, version: 2 })).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS).sort(),
    );
  });

  it('keeps a page active under the defaults it falls back to', () => {
    expect(isActiveOn(parseSettings({ enabled: 'yes', disabledSites: 'all' }), 'example.org')).toBe(true);
  });
});

describe('stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads garbage written by anything else as the defaults, field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: 'x' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { ...VALID, highlightStyle: 42, hoverDelayMs: -5 } });
    expect(await loadSettings()).toEqual({ ...VALID, highlightStyle: 'dotted', hoverDelayMs: 300 });
  });

  it('hands watchers validated settings when garbage is written', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { enabled: 'no', disabledSites: 'all', hoverDelayMs: '9' } });
    unwatch();
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });

  it('moves settings an earlier version synced into local storage, and deletes them from sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: VALID });
    await moveSettingsOutOfSync();
    expect(await loadSettings()).toEqual(VALID);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps local settings over older synced ones, and still clears sync', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...VALID, hoverDelayMs: 500 } });
    await fakeBrowser.storage.sync.set({ settings: VALID });
    await moveSettingsOutOfSync();
    expect((await loadSettings()).hoverDelayMs).toBe(500);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('saves thousands of sites, far past what one synced item could hold', async () => {
    const disabledSites = Array.from({ length: 5_000 }, (_, index) => `portal-${index}.hospital.example`);
    await saveSettings({ disabledSites });
    expect((await loadSettings()).disabledSites).toHaveLength(5_000);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
