import type { CompiledEntry } from '../glossary/runtime/entry';
import { looseKey } from '../glossary/runtime/search';
import type { WordToSave } from '../utils/questions/store';
import { CloseButton } from './CloseButton';
import { CATEGORY_LABELS } from './categories';
import { PinIcon } from './icons';
import { SaveWordButton } from './SaveWordButton';

export interface RelatedTerm {
  readonly id: string;
  readonly term: string;
}

export interface TermCardProps {
  readonly entry: CompiledEntry;
  /** The words the reader chose on the page; named above the term when they are not just a form of it. */
  readonly chosenText?: string | undefined;
  readonly related: readonly RelatedTerm[];
  readonly onSelectRelated: (id: string) => void;
  /** Opens the full overview at this entry; without it the card shows no link. */
  readonly onOpenOverview?: ((id: string) => void) | undefined;
  /** Pin and close buttons appear only when these are given (the floating card). */
  readonly pinned?: boolean;
  readonly onTogglePin?: (() => void) | undefined;
  readonly onClose?: (() => void) | undefined;
  /**
   * Whether the card is read beside a text about neuroblastoma (the overview,
   * the popup, a page judged to be about it): only then does it show what holds
   * for neuroblastoma alone, and the overview's sentence.
   */
  readonly aboutNeuroblastoma?: boolean;
  /** What "Save to my questions" keeps; without it the card has no save button. */
  readonly save?: WordToSave | undefined;
}

/** One glossary entry explained: the card on pages, in the popup and in the overview. */
export function TermCard({
  entry,
  chosenText,
  related,
  onSelectRelated,
  onOpenOverview,
  pinned = false,
  onTogglePin,
  onClose,
  aboutNeuroblastoma = true,
  save,
}: TermCardProps) {
  const headingId = `medterm-card-${entry.id}`;
  const source = entry.sources[0];
  return (
    <article class="term-card" aria-labelledby={headingId} data-entry={entry.id} tabIndex={-1}>
      {chosenText !== undefined && !sameWord(chosenText, entry.term) && (
        <p class="term-card__chosen">“{chosenText}” is explained under:</p>
      )}
      <header class="term-card__header">
        <h2 class="term-card__term" id={headingId}>
          {entry.term}
        </h2>
        {onTogglePin && (
          <button
            type="button"
            class="term-card__icon-button"
            aria-pressed={pinned}
            aria-label={pinned ? 'Unpin this card' : 'Pin this card open'}
            title={pinned ? 'Unpin' : 'Keep open'}
            onClick={onTogglePin}
          >
            <PinIcon filled={pinned} />
          </button>
        )}
        {onClose && <CloseButton onClose={onClose} />}
      </header>
      <dl class="term-card__meta">
        <div>
          <dt class="visually-hidden">Say it</dt>
          <dd class="term-card__pronunciation">{entry.pronunciation}</dd>
        </div>
        <div>
          <dt class="visually-hidden">Category</dt>
          <dd class="term-card__category">{CATEGORY_LABELS[entry.category]}</dd>
        </div>
      </dl>
      <p class="term-card__definition">{entry.definition}</p>
      {aboutNeuroblastoma && entry.inNeuroblastoma && (
        <p class="term-card__context">
          <strong>In neuroblastoma: </strong>
          {entry.inNeuroblastoma}
        </p>
      )}
      {entry.parentNote && (
        <p class="term-card__note">
          <strong>For parents: </strong>
          {entry.parentNote}
        </p>
      )}
      <details class="term-card__detail">
        <summary>More detail</summary>
        <p>{entry.detail}</p>
      </details>
      {aboutNeuroblastoma && source && (
        <figure class="term-card__source">
          <figcaption>In the overview, under “{source.section}”:</figcaption>
          <blockquote>{source.sentence}</blockquote>
        </figure>
      )}
      {related.length > 0 && (
        <nav class="term-card__related" aria-label="Related terms">
          <span>Related:</span>
          <ul>
            {related.map(({ id, term }) => (
              <li key={id}>
                <button type="button" class="term-card__chip" onClick={() => onSelectRelated(id)}>
                  {term}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {save && <SaveWordButton key={`${save.entryId} ${save.sentence ?? ''}`} word={save} />}
      {onOpenOverview && (
        <p class="term-card__footer">
          <button type="button" class="term-card__link" onClick={() => onOpenOverview(entry.id)}>
            Read it in the full overview →
          </button>
        </p>
      )}
    </article>
  );
}

/** "Symptoms" is the same word as "symptom"; "immature nerve cells" is not "neuroblast". */
function sameWord(chosen: string, term: string): boolean {
  const [a, b] = [looseKey(chosen), looseKey(term)];
  return a.startsWith(b) || b.startsWith(a);
}
