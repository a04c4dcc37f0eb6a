/**
 * Whether a word is in "My questions", as Preact state kept in step with
 * storage, and a toggle that saves or removes it. A save the browser refuses
 * (storage full) leaves the state as it was and says why.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedWord } from '../utils/questions/record';
import {
  findSaved,
  NEWER_VERSION,
  removeWord,
  saveWord,
  type WordToSave,
  watchQuestions,
} from '../utils/questions/store';

export const WORD_SAVE_FAILED = 'This word could not be saved. Your browser’s storage for extensions may be full.';

export interface SavedWordState {
  /** Null until storage has been read. */
  readonly saved: SavedWord | null | undefined;
  readonly error: string | null;
  readonly toggle: () => void;
}

export function useSavedWord(word: WordToSave): SavedWordState {
  const [saved, setSaved] = useState<SavedWord | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const { entryId, sentence = '' } = word;

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void findSaved(entryId, sentence).then((found) => {
        if (live) setSaved(found ?? null);
      });
    refresh();
    const unwatch = watchQuestions(refresh);
    return () => {
      live = false;
      // On a page the card goes away when the extension is disabled or updated, and then its APIs throw.
      try {
        unwatch();
      } catch {
        // "Extension context invalidated": nothing is left to release.
      }
    };
  }, [entryId, sentence]);

  const toggle = useCallback(() => {
    if (saved === undefined) return;
    const change = saved ? removeWord(saved.id).then(() => null) : saveWord(word);
    change.then(
      (next) => {
        setSaved(next);
        setError(null);
      },
      (reason: unknown) =>
        setError(reason instanceof Error && reason.message === NEWER_VERSION ? NEWER_VERSION : WORD_SAVE_FAILED),
    );
  }, [saved, word]);

  return { saved, error, toggle };
}
