import { useDraft } from '../../components/use-draft';
import { entryById } from '../../glossary/runtime/bundled';
import { suggestedQuestions } from '../../glossary/runtime/suggested-questions';
import type { SavedWord } from '../../utils/questions/record';

export interface SavedWordItemProps {
  readonly word: SavedWord;
  /** Resolves to whether the change was stored. */
  readonly onChange: (change: Partial<Pick<SavedWord, 'question' | 'asked'>>) => Promise<boolean>;
  readonly onRemove: () => void;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One saved word: what it means, where it was read, the reader's question, suggestions, asked, remove. */
export function SavedWordItem({ word, onChange, onRemove }: SavedWordItemProps) {
  const entry = entryById(word.entryId);
  const term = entry?.term ?? word.term;
  const draft = useDraft(word.question, (question) => onChange({ question }));
  const headingId = `saved-${word.id}`;
  const boxId = `question-${word.id}`;
  const add = (suggestion: string) => {
    draft.type(draft.text.trim() ? `${draft.text.trimEnd()}\n${suggestion}` : suggestion);
    draft.flush();
  };

  return (
    <li class={`saved-word${word.asked ? ' saved-word--asked' : ''}`} aria-labelledby={headingId}>
      <h3 class="saved-word__term" id={headingId}>
        {term}
      </h3>
      <p class="saved-word__definition">{entry?.definition ?? 'This word is no longer in the glossary.'}</p>
      {word.sentence && (
        <blockquote class="saved-word__sentence">
          <span class="visually-hidden">Where you read it: </span>
          {word.sentence}
        </blockquote>
      )}
      <p class="saved-word__source">
        {word.url ? (
          <a href={word.url} target="_blank" rel="noreferrer">
            {word.title || word.url}
          </a>
        ) : (
          word.title
        )}
        {word.title || word.url ? ' · ' : ''}
        Saved {DATE.format(word.savedAt)}
      </p>
      <label class="saved-word__label" for={boxId}>
        My question about “{term}”
      </label>
      <textarea
        id={boxId}
        class="saved-word__question"
        rows={2}
        value={draft.text}
        onInput={(event) => draft.type(event.currentTarget.value)}
        onBlur={draft.flush}
      />
      <details class="saved-word__suggestions">
        <summary>Suggested questions</summary>
        <ul>
          {suggestedQuestions(entry).map((suggestion) => (
            <li key={suggestion}>
              <button type="button" class="saved-word__suggestion" onClick={() => add(suggestion)}>
                <span class="visually-hidden">Add: </span>
                {suggestion}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <div class="saved-word__actions">
        <label class="saved-word__asked">
          <input
            type="checkbox"
            checked={word.asked}
            onChange={(event) => void onChange({ asked: event.currentTarget.checked })}
          />
          Asked
        </label>
        <button type="button" class="saved-word__remove" onClick={onRemove}>
          Remove<span class="visually-hidden"> “{term}”</span>
        </button>
      </div>
    </li>
  );
}
