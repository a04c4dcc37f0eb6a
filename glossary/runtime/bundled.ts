/**
 * The compiled glossary bundled at build time, with the lookups every part
 * of the extension needs. Nothing is parsed until first used: the content
 * script runs in every frame of every page, and most frames never need it.
 */
import { glossaryJson, matcherJson, scanJson } from 'virtual:medterm-glossary';
import type { CompiledEntry, CompiledGlossary } from './entry';
import { TermMatcher } from './matcher';
import type { SenseTarget } from './senses';
import type { TrieData } from './trie';

let parsed: CompiledGlossary | null = null;
let byId: Map<string, CompiledEntry> | null = null;
let matcher: TermMatcher | null = null;
let scan: ScanData | null = null;
let everyday: ReadonlySet<number> | null = null;

/**
 * What scanning a page needs of the entries, built with the glossary, so
 * that marking a page never parses the whole glossary (definitions, the
 * document): only opening a card does.
 */
export interface ScanData {
  /** What each match number of glossaryMatcher() means (senses.ts). */
  readonly targets: readonly SenseTarget[];
  /** Each entry's id, by entry index. */
  readonly entryIds: readonly string[];
  /** Indexes of the entries of everyday words (shown in the quiet style). */
  readonly everyday: readonly number[];
}

function scanData(): ScanData {
  scan ??= JSON.parse(scanJson) as ScanData;
  return scan;
}

function compiled(): CompiledGlossary {
  parsed ??= JSON.parse(glossaryJson) as CompiledGlossary;
  return parsed;
}

function entriesById(): Map<string, CompiledEntry> {
  byId ??= new Map(compiled().entries.map((entry) => [entry.id, entry]));
  return byId;
}

export const glossary: CompiledGlossary = {
  get document() {
    return compiled().document;
  },
  get entries() {
    return compiled().entries;
  },
  get topicCues() {
    return compiled().topicCues;
  },
};

/**
 * The one matcher over every form of every entry, and the phrases and cue
 * words that decide senses. A match's number is a sense target (see
 * glossaryTargets); below the entry count it indexes `glossary.entries`.
 */
export function glossaryMatcher(): TermMatcher {
  matcher ??= TermMatcher.fromData(JSON.parse(matcherJson) as TrieData);
  return matcher;
}

/** What each match number of glossaryMatcher() means. */
export function glossaryTargets(): readonly SenseTarget[] {
  return scanData().targets;
}

/** The id of the entry at `index` (a match's entry), without parsing the glossary. */
export function entryIdAt(index: number): string | undefined {
  return scanData().entryIds[index];
}

/** The index of the entry with this id, or -1, without parsing the glossary. */
export function entryIndexOf(id: string): number {
  return scanData().entryIds.indexOf(id);
}

/** Whether the entry at `index` is an everyday word, without parsing the glossary. */
export function isEverydayEntry(index: number): boolean {
  everyday ??= new Set(scanData().everyday);
  return everyday.has(index);
}

/** The entry a match explains on a page about its topic; undefined for phrases in another sense and cue words. */
export function entryOfMatch(match: number): CompiledEntry | undefined {
  const entry = glossaryTargets()[match]?.entry;
  return entry === null || entry === undefined ? undefined : glossary.entries[entry];
}

export function entryById(id: string): CompiledEntry | undefined {
  return entriesById().get(id);
}

export function entryAt(index: number): CompiledEntry | undefined {
  return glossary.entries[index];
}

/** The entry's related terms, for the card's links. */
export function relatedTerms(entry: CompiledEntry): { id: string; term: string }[] {
  return entry.related.flatMap((id) => {
    const other = entriesById().get(id);
    return other ? [{ id, term: other.term }] : [];
  });
}
