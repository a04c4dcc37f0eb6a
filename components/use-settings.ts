/**
 * The reader's settings as Preact state: loaded once, kept in step with
 * storage, saved on change. A change the browser refuses to store (storage
 * full, extension being updated) is undone on screen and explained, so the
 * popup never shows a switch in a state that was not saved.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../utils/settings';

export interface SettingsState {
  /** Null until the stored settings have been read. */
  readonly settings: Settings | null;
  /** Why the last change could not be saved (it was undone), or null. */
  readonly saveError: string | null;
  readonly update: (change: Partial<Settings>) => void;
}

export const SAVE_FAILED =
  'That change could not be saved, so it was undone. Your browser’s storage for extensions may be full.';

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    const unwatch = watchSettings((changed) => {
      if (live) setSettings(changed);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...change } : current));
    saveSettings(change).then(
      (saved) => {
        setSettings(saved);
        setSaveError(null);
      },
      async () => {
        setSettings(await loadSettings());
        setSaveError(SAVE_FAILED);
      },
    );
  }, []);

  return { settings, saveError, update };
}
