/**
 * The keyboard shortcuts as the browser has them now: the reader (or the
 * browser, when a key was taken) may have changed or left them unassigned,
 * so they are read from commands.getAll() rather than repeated from the
 * manifest.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_COMMANDS } from '../utils/messages';
import { OPEN_IN_READER_COMMAND } from '../utils/reader-address';

/** Our commands (getAll() lists the browser's own too, such as _execute_action). */
const COMMANDS: readonly string[] = [...PAGE_COMMANDS, OPEN_IN_READER_COMMAND];

export interface Shortcut {
  readonly command: string;
  readonly description: string;
  /** The keys, or '' when the browser left the command without one. */
  readonly keys: string;
}

export function useShortcuts(): readonly Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[] | null>(null);
  useEffect(() => {
    let live = true;
    void browser.commands
      .getAll()
      .then((commands) =>
        commands.flatMap(({ name, description, shortcut }) => {
          const command = COMMANDS.find((known) => known === name);
          return command ? [{ command, description: description ?? command, keys: shortcut ?? '' }] : [];
        }),
      )
      .catch(() => [])
      .then((found) => {
        if (live) setShortcuts(found);
      });
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}
