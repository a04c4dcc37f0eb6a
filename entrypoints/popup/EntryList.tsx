import type { CompiledEntry } from '../../glossary/runtime/entry';

export interface EntryListItem {
  readonly entry: CompiledEntry;
  /** A few words after the term, such as "3 times". */
  readonly note?: string;
}

export interface EntryListProps {
  readonly items: readonly EntryListItem[];
  readonly onSelect: (id: string) => void;
}

/** Glossary entries as a list of buttons, each with its short definition. */
export function EntryList({ items, onSelect }: EntryListProps) {
  return (
    <ul class="entry-list">
      {items.map(({ entry, note }) => (
        <li key={entry.id}>
          <button type="button" class="entry-list__button" data-entry={entry.id} onClick={() => onSelect(entry.id)}>
            <span class="entry-list__term">
              {entry.term}
              {note && <span class="entry-list__note"> · {note}</span>}
            </span>
            <span class="entry-list__definition">{entry.definition}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
