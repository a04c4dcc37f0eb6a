/**
 * The stored shape of "My questions" and its checks. What is read back is
 * data from disk, written by this or an earlier version (or damaged): every
 * record is validated on its own, so one bad record is skipped and counted,
 * and the rest still show. Stored versions older than the current one pass
 * through MIGRATIONS, one step at a time.
 */

/** One word the reader saved, with where it was read and their own question about it. */
export interface SavedWord {
  /** Random, for keys and edits; never derived from the page. */
  readonly id: string;
  readonly entryId: string;
  /** The entry's term when it was saved, shown if a later glossary drops the entry. */
  readonly term: string;
  /** The sentence the word appeared in, trimmed; empty when saved from the popup or overview. */
  readonly sentence: string;
  /** The page's title; empty when saved from the popup or overview. */
  readonly title: string;
  /** The page's address, kept only when the reader allowed it in the settings. */
  readonly url?: string;
  /** When it was saved (milliseconds since 1970). */
  readonly savedAt: number;
  /** The reader's own question. */
  readonly question: string;
  readonly asked: boolean;
}

export const QUESTIONS_VERSION = 1;

/** The value under the storage key. */
export interface StoredQuestions {
  readonly version: number;
  readonly records: readonly unknown[];
}

/** Records read back: the valid ones, and how many were skipped as damaged. */
export interface ReadQuestions {
  readonly words: readonly SavedWord[];
  readonly skipped: number;
  /** Written by a newer version of the extension: shown, but never overwritten. */
  readonly newer: boolean;
}

export const LIMITS = { sentence: 300, title: 300, url: 2_000, question: 2_000, term: 200, id: 100 } as const;

/** Moves a stored value of version `n` to version `n + 1`. */
export type Migration = (stored: StoredQuestions) => StoredQuestions;

/** One step per version; none yet (version 1 is the first). */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** A stored record as a SavedWord, or null when any field is missing or wrong. */
export function parseRecord(value: unknown): SavedWord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const id = text(record.id, LIMITS.id);
  const entryId = text(record.entryId, LIMITS.id);
  const term = text(record.term, LIMITS.term);
  const sentence = text(record.sentence, LIMITS.sentence + 1);
  const title = text(record.title, LIMITS.title + 1);
  const question = text(record.question, LIMITS.question);
  const url = record.url === undefined ? undefined : text(record.url, LIMITS.url);
  const { savedAt, asked } = record;
  if (
    !id ||
    !entryId ||
    !term ||
    sentence === undefined ||
    title === undefined ||
    question === undefined ||
    (record.url !== undefined && url === undefined) ||
    typeof savedAt !== 'number' ||
    !Number.isFinite(savedAt) ||
    typeof asked !== 'boolean'
  ) {
    return null;
  }
  return { id, entryId, term, sentence, title, ...(url === undefined ? {} : { url }), savedAt, question, asked };
}

/**
 * Reads whatever is stored into valid words, newest first. Nothing stored
 * reads as an empty list; a value that is not a store at all counts as one
 * skipped record, so the reader hears that something was lost.
 */
export function readStored(
  stored: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current = QUESTIONS_VERSION,
): ReadQuestions {
  if (stored === null || stored === undefined) return { words: [], skipped: 0, newer: false };
  const found = asStore(stored);
  if (!found) return { words: [], skipped: 1, newer: false };
  let value = found;
  while (value.version < current) {
    const step: Migration | undefined = migrations[value.version];
    if (!step) return { words: [], skipped: value.records.length, newer: false };
    value = step(value);
  }
  const words: SavedWord[] = [];
  for (const record of value.records) {
    const word = parseRecord(record);
    if (word) words.push(word);
  }
  words.sort((a, b) => b.savedAt - a.savedAt);
  return { words, skipped: value.records.length - words.length, newer: value.version > current };
}

function asStore(stored: unknown): StoredQuestions | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { version, records } = stored as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !Array.isArray(records)) return null;
  return { version, records };
}

/** Two saves of the same word from the same sentence are one record. */
export function sameSave(
  word: Pick<SavedWord, 'entryId' | 'sentence'>,
  other: Pick<SavedWord, 'entryId' | 'sentence'>,
) {
  return word.entryId === other.entryId && squash(word.sentence) === squash(other.sentence);
}

function squash(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim().toLowerCase();
}
