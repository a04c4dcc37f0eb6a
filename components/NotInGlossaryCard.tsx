import { CloseButton } from './CloseButton';
import type { RelatedTerm } from './TermCard';

export interface NotInGlossaryCardProps {
  /** The words the reader asked about. */
  readonly text: string;
  /** The closest entries, best first. */
  readonly suggestions: readonly RelatedTerm[];
  readonly onSelect: (id: string) => void;
  readonly onClose?: (() => void) | undefined;
}

/** Says kindly that the glossary has no entry for some words, and offers the closest ones. */
export function NotInGlossaryCard({ text, suggestions, onSelect, onClose }: NotInGlossaryCardProps) {
  return (
    <article class="term-card" aria-labelledby="medterm-missing-heading" tabIndex={-1}>
      <header class="term-card__header">
        <h2 class="term-card__term" id="medterm-missing-heading">
          “{text}” is not in this glossary
        </h2>
        {onClose && <CloseButton onClose={onClose} />}
      </header>
      <p class="term-card__definition">
        This glossary explains words from an overview of stage 4 neuroblastoma. Your care team can explain other words.
      </p>
      {suggestions.length > 0 && (
        <nav class="term-card__related" aria-label="Closest entries">
          <span>Did you mean:</span>
          <ul>
            {suggestions.map(({ id, term }) => (
              <li key={id}>
                <button type="button" class="term-card__chip" onClick={() => onSelect(id)}>
                  {term}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
