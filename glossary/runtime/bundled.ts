/** The compiled glossary bundled at build time, with the lookups every part of the extension needs. */
import glossary, { matcherData } from 'virtual:medterm-glossary';
import type { CompiledEntry } from './entry';
import { TermMatcher } from './matcher';

export { glossary };

const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));
let matcher: TermMatcher | null = null;

/** The one matcher over every form of every entry; match entries index `glossary.entries`. */
export function glossaryMatcher(): TermMatcher {
  matcher ??= TermMatcher.fromData(matcherData);
  return matcher;
}

export function entryById(id: string): CompiledEntry | undefined {
  return byId.get(id);
}

export function entryAt(index: number): CompiledEntry | undefined {
  return glossary.entries[index];
}

/** The entry's related terms, for the card's links. */
export function relatedTerms(entry: CompiledEntry): { id: string; term: string }[] {
  return entry.related.flatMap((id) => {
    const other = byId.get(id);
    return other ? [{ id, term: other.term }] : [];
  });
}
