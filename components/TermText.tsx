import type { Run, TermPlace } from './overview-model';

export interface TermTextProps {
  readonly runs: readonly Run[];
  /** The key of the term whose card is open, if any. */
  readonly openKey: string | null;
  /** The id of the element holding the open card, for aria-controls. */
  readonly cardId: string;
  readonly onToggle: (place: TermPlace) => void;
}

/** Punctuation that must stay on the line of the term it touches: "(infants", "disease.", "therapy:". */
const OPENING = /[(["“‘]+$/u;
const CLOSING = /^[)\]"”’.,;:!?%]+/u;

/** Text with its glossary terms as buttons that open the term's card below the paragraph. */
export function TermText({ runs, openKey, cardId, onToggle }: TermTextProps) {
  return <>{glue(runs).map((piece) => (typeof piece === 'string' ? piece : termButton(piece)))}</>;

  function termButton({ before, term, after }: Glued) {
    const open = term.key === openKey;
    const button = (
      <button
        key={term.key}
        type="button"
        class="overview-term"
        data-entry={term.entryId}
        data-place={term.key}
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        onClick={() => onToggle(term)}
      >
        {term.text}
      </button>
    );
    if (!before && !after) return button;
    // A button is an atomic inline: without this, a full stop after it can wrap onto a line of its own.
    return (
      <span key={term.key} class="overview-term-group">
        {before}
        {button}
        {after}
      </span>
    );
  }
}

interface Glued {
  readonly before: string;
  readonly term: TermPlace;
  readonly after: string;
}

function glue(runs: readonly Run[]): (string | Glued)[] {
  const pieces: (string | Glued)[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    if (run === undefined) continue;
    if (typeof run === 'string') {
      pieces.push(run);
      continue;
    }
    const previous = pieces.at(-1);
    const before = typeof previous === 'string' ? (OPENING.exec(previous)?.[0] ?? '') : '';
    if (typeof previous === 'string' && before) {
      pieces.pop();
      if (previous.length > before.length) pieces.push(previous.slice(0, -before.length));
    }
    const next = runs[index + 1];
    const after = typeof next === 'string' ? (CLOSING.exec(next)?.[0] ?? '') : '';
    pieces.push({ before, term: run, after });
    if (typeof next === 'string' && after) {
      index++;
      if (next.length > after.length) pieces.push(next.slice(after.length));
    }
  }
  return pieces;
}
