import type { CompiledEntry } from '../../glossary/runtime/entry';
import { EntryList } from './EntryList';

export interface GlossaryListProps {
  readonly entries: readonly CompiledEntry[];
  /** A–Z with a heading per letter; otherwise in the given (best first) order. */
  readonly grouped: boolean;
  readonly onSelect: (id: string) => void;
}

/** Glossary entries A–Z under letter headings, or search results best first. */
export function GlossaryList({ entries, grouped, onSelect }: GlossaryListProps) {
  if (!grouped) return <EntryList items={entries.map((entry) => ({ entry }))} onSelect={onSelect} />;
  return (
    <>
      {byLetter(entries).map(([letter, group]) => (
        <section key={letter} class="letter-group" aria-labelledby={`letter-${letter}`}>
          <h3 id={`letter-${letter}`} class="letter-group__letter">
            {letter === '#' ? 'Numbers' : letter}
          </h3>
          <EntryList items={group.map((entry) => ({ entry }))} onSelect={onSelect} />
        </section>
      ))}
    </>
  );
}

function byLetter(entries: readonly CompiledEntry[]): [string, CompiledEntry[]][] {
  const groups = new Map<string, CompiledEntry[]>();
  for (const entry of entries) {
    const first = entry.term.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups];
}
