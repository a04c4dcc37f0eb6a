/** The reader's settings as Preact state: loaded once, kept in step with storage, saved on change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../utils/settings';

export interface SettingsState {
  /** Null until the stored settings have been read. */
  readonly settings: Settings | null;
  readonly update: (change: Partial<Settings>) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);

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
    void saveSettings(change).then(setSettings);
  }, []);

  return { settings, update };
}
