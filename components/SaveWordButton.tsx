import type { WordToSave } from '../utils/questions/store';
import { useSavedWord } from './use-saved-word';

export interface SaveWordButtonProps {
  readonly word: WordToSave;
}

/** "Save to my questions": a toggle button, pressed while the word (from this sentence) is saved. */
export function SaveWordButton({ word }: SaveWordButtonProps) {
  const { saved, error, toggle } = useSavedWord(word);
  const pressed = Boolean(saved);
  return (
    <div class="term-card__save">
      <button
        type="button"
        class="term-card__save-button"
        aria-pressed={pressed}
        disabled={saved === undefined}
        title={pressed ? 'Saved in My questions (in the toolbar popup). Press again to remove it.' : undefined}
        onClick={toggle}
      >
        {pressed ? 'Saved to my questions ✓' : 'Save to my questions'}
      </button>
      {/* An alert only when there is one: the page card's host already has the card's one status region. */}
      {error && (
        <span class="term-card__save-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
