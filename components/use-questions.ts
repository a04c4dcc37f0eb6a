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

export interface QuestionsState {
  /** Null until storage has been read. */
  readonly read: ReadQuestions | null;
  readonly saveError: string | null;
  /** The word removed last, which `undo` puts back. */
  readonly removed: SavedWord | null;
  readonly update: (id: string, change: Partial<Pick<SavedWord, 'question' | 'asked'>>) => void;
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

  /** Shows a change at once, stores it, and on failure shows what is stored and why. */
  const apply = useCallback(
    (change: (words: readonly SavedWord[]) => readonly SavedWord[], store: () => Promise<void>, after?: () => void) => {
      setRead((current) => (current ? { ...current, words: change(current.words) } : current));
      store().then(
        () => {
          setSaveError(null);
          after?.();
        },
        async (reason: unknown) => {
          setRead(await loadQuestions());
          setSaveError(
            reason instanceof Error && reason.message === NEWER_VERSION ? NEWER_VERSION : QUESTION_SAVE_FAILED,
          );
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
