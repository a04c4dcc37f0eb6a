import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useQuestions } from '../../components/use-questions';
import { entryById } from '../../glossary/runtime/bundled';
import { NEWER_VERSION } from '../../utils/questions/store';
import { closePopup } from './browser-actions';
import { SavedWordItem } from './SavedWordItem';

export interface QuestionsPanelProps {
  /** Whether saved words keep the page's address (a setting, off by default). */
  readonly keepAddresses: boolean;
  readonly onKeepAddresses: (keep: boolean) => void;
}

async function openQuestionsPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/questions.html') });
  await closePopup();
}

/** "My questions": the words the reader saved, newest first, with their own questions for the care team. */
export function QuestionsPanel({ keepAddresses, onKeepAddresses }: QuestionsPanelProps) {
  const { read, saveError, removed, update, remove, undo, clear } = useQuestions();
  const [confirming, setConfirming] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The removed word's button is gone: keyboard focus moves to "Undo".
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  if (!read) {
    return (
      <p class="notice" role="status">
        Loading your saved words…
      </p>
    );
  }
  const { words, skipped, newer } = read;
  const removedTerm = removed ? (entryById(removed.entryId)?.term ?? removed.term) : '';

  return (
    <div class="questions">
      <h2 class="panel-heading">My questions</h2>
      <p class="panel-hint">
        Words you saved from cards, to ask your child’s care team about. They stay in this browser only.
      </p>
      {saveError && (
        <p class="save-error questions__error" role="alert">
          {saveError}
        </p>
      )}
      {newer && !saveError && <p class="warning">{NEWER_VERSION}</p>}
      {skipped > 0 && (
        <p class="warning">
          {skipped === 1 ? 'One saved item' : `${skipped} saved items`} could not be read (the stored data is damaged),
          so {skipped === 1 ? 'it is' : 'they are'} not shown.
        </p>
      )}
      <div class="questions__undo" role="status">
        {removed && (
          <>
            “{removedTerm}” removed.{' '}
            <button type="button" class="text-button" ref={undoButton} onClick={undo}>
              Undo
            </button>
          </>
        )}
      </div>
      {words.length === 0 && (
        <p class="questions__empty">
          No saved words yet. When a word’s card is open, choose <strong>Save to my questions</strong>.
        </p>
      )}
      {(words.length > 0 || skipped > 0) && (
        <>
          <div class="questions__toolbar">
            {words.length > 0 && (
              <button type="button" class="primary-button" onClick={() => void openQuestionsPage()}>
                Print, copy or download
              </button>
            )}
            <button type="button" class="text-button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
              Clear all
            </button>
          </div>
          {confirming && (
            <fieldset class="questions__confirm">
              <legend>Remove everything saved here, with your questions? This cannot be undone.</legend>
              <button
                type="button"
                class="primary-button"
                onClick={() => {
                  setConfirming(false);
                  clear();
                }}
              >
                Remove all
              </button>{' '}
              <button type="button" class="text-button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </fieldset>
          )}
          <ul class="questions__list">
            {words.map((word) => (
              <SavedWordItem
                key={word.id}
                word={word}
                onChange={(change) => update(word.id, change)}
                onRemove={() => remove(word)}
              />
            ))}
          </ul>
        </>
      )}
      <label class="switch questions__addresses">
        <input
          type="checkbox"
          checked={keepAddresses}
          onChange={(event) => onKeepAddresses(event.currentTarget.checked)}
        />
        <span>Also keep the page’s address with each word I save</span>
      </label>
      <p class="settings__hint">Off unless you turn it on: addresses of patient portals can hold record numbers.</p>
    </div>
  );
}
