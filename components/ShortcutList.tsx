import { browser } from 'wxt/browser';
import { useShortcuts } from './use-shortcuts';

/** Where each browser lets the reader change an extension's keys. */
const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

/** The keyboard shortcuts the browser has now, with a way to change them and a note for any left unassigned. */
export function ShortcutList() {
  const shortcuts = useShortcuts();
  if (shortcuts === null) return null;
  const unassigned = shortcuts.some(({ keys }) => keys === '');
  return (
    <div class="shortcuts">
      <dl class="shortcuts__list">
        {shortcuts.map(({ command, description, keys }) => (
          <div key={command} class="shortcuts__item">
            <dt>{keys ? <kbd>{keys}</kbd> : <span class="shortcuts__none">no key set</span>}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      {unassigned && (
        <p class="shortcuts__note">
          Your browser left a shortcut without keys, often because another extension uses them. You can choose your own.
        </p>
      )}
      <p class="shortcuts__change">
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE }).catch(() => undefined)}
        >
          Change the keys
        </button>
        <span class="shortcuts__where"> ({SHORTCUTS_PAGE})</span>
      </p>
    </div>
  );
}
