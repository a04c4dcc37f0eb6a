/**
 * "My questions" as Preact state: read once, kept in step with storage, and
 * the reader's changes saved at once. A change the browser refuses to store
 * (storage full) is undone on screen and explained, as with the settings.
 * A removed word can be put back (undo) until the next removal.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadQuestions, SavedWord } from '../utils/questions/record';
import {
  clearWords,
  loadQuestions,
  NEWER_VERSION,
  removeWord,
  restoreWord,
  updateWord,
  watchQuestions,
} from '../utils/questions/store';

export const QUESTION_SAVE_FAILED =
  'That change could not be saved, so it was undone. Your browser’s storage for extensions may be full.';
export const QUESTION_TEXT_NOT_SAVED =
  'Your question could not be saved: your browser’s storage for extensions may be full. It stays in the box for now; copy it somewhere safe.';

export interface QuestionsState {
  /** Null until storage has been read. */
  readonly read: ReadQuestions | null;
  readonly saveError: string | null;
  /** The word removed last, which `undo` puts back. */
  readonly removed: SavedWord | null;
  /** Resolves to whether the change was stored. */
  readonly update: (id: string, change: Partial<Pick<SavedWord, 'question' | 'asked'>>) => Promise<boolean>;
  readonly remove: (word: SavedWord) => void;
  readonly undo: () => void;
  readonly clear: () => void;
}

export function useQuestions(): QuestionsState {
  const [read, setRead] = useState<ReadQuestions | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<SavedWord | null>(null);

  useEffect(() => {
    let live = true;
    void loadQuestions().then((loaded) => {
      if (live) setRead(loaded);
    });
    const unwatch = watchQuestions((changed) => {
      if (live) setRead(changed);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /**
   * Shows a change at once and stores it; on failure shows what is stored
   * and why (`failed`, or the newer-version notice). Resolves to whether the
   * change was stored.
   */
  const apply = useCallback(
    (
      change: (words: readonly SavedWord[]) => readonly SavedWord[],
      store: () => Promise<void>,
      after?: () => void,
      failed = QUESTION_SAVE_FAILED,
    ): Promise<boolean> => {
      setRead((current) => (current ? { ...current, words: change(current.words) } : current));
      return store().then(
        () => {
          setSaveError(null);
          after?.();
          return true;
        },
        async (reason: unknown) => {
          setRead(await loadQuestions());
          setSaveError(reason instanceof Error && reason.message === NEWER_VERSION ? NEWER_VERSION : failed);
          return false;
        },
      );
    },
    [],
  );

  const update = useCallback<QuestionsState['update']>(
    (id, change) =>
      apply(
        (words) => words.map((word) => (word.id === id ? { ...word, ...change } : word)),
        () => updateWord(id, change),
        undefined,
        change.question === undefined ? QUESTION_SAVE_FAILED : QUESTION_TEXT_NOT_SAVED,
      ),
    [apply],
  );
  const remove = useCallback(
    (word: SavedWord) =>
      apply(
        (words) => words.filter((other) => other.id !== word.id),
        () => removeWord(word.id),
        () => setRemoved(word),
      ),
    [apply],
  );
  const undo = useCallback(() => {
    if (!removed) return;
    apply(
      (words) => [...words, removed].sort((a, b) => b.savedAt - a.savedAt),
      () => restoreWord(removed),
      () => setRemoved(null),
    );
  }, [apply, removed]);
  const clear = useCallback(
    () =>
      apply(
        () => [],
        clearWords,
        () => setRemoved(null),
      ),
    [apply],
  );

  return { read, saveError, removed, update, remove, undo, clear };
}
