/**
 * "My questions" in storage.local, never storage.sync: the sentences come
 * from hospital portals and papers a family reads, which must not travel
 * through browser sync. One item holds the versioned list; every read goes
 * through readStored, so a damaged record is skipped and counted, never
 * thrown. Writes keep the records that could not be read as they were
 * (a later version may read them), and reject when the browser refuses to
 * store (full): callers tell the reader.
 */
import { storage } from 'wxt/utils/storage';
import { loadSettings } from '../settings';
import { LIMITS, QUESTIONS_VERSION, type ReadQuestions, readStored, type SavedWord, sameSave } from './record';

const QUESTIONS_KEY = 'local:questions';
const questionsItem = storage.defineItem<unknown>(QUESTIONS_KEY);

/** What a card saves: the word, and where it was read when it was read on a page. */
export interface WordToSave {
  readonly entryId: string;
  readonly term: string;
  readonly sentence?: string;
  readonly title?: string;
  /** Kept only when the reader allows addresses in the settings. */
  readonly url?: string;
}

export const NEWER_VERSION =
  'These questions were saved by a newer version of MedTerm Explainer, so they can be read here but not changed.';

export async function loadQuestions(): Promise<ReadQuestions> {
  try {
    return readStored(await questionsItem.getValue());
  } catch {
    return { words: [], skipped: 0, newer: false };
  }
}

/** Calls `onChange` with the words read back whenever they change; returns the unsubscribe function. */
export function watchQuestions(onChange: (read: ReadQuestions) => void): () => void {
  return questionsItem.watch((stored) => onChange(readStored(stored)));
}

/**
 * Rewrites the list through `change`, keeping records it could not read.
 * Rejects when the stored list is from a newer version or storage is full.
 */
async function rewrite(change: (words: readonly SavedWord[]) => readonly SavedWord[]): Promise<readonly SavedWord[]> {
  const stored = await questionsItem.getValue();
  const read = readStored(stored);
  if (read.newer) throw new Error(NEWER_VERSION);
  const unreadable = read.skipped > 0 ? keptUnreadable(stored) : [];
  const words = change(read.words);
  await questionsItem.setValue({ version: QUESTIONS_VERSION, records: [...words, ...unreadable] });
  return words;
}

/** Records of the stored list that do not read as words (left as they are, for a later version). */
function keptUnreadable(stored: unknown): unknown[] {
  const records = (stored as { records?: unknown }).records;
  if (!Array.isArray(records)) return [];
  return records.filter((record: unknown) => readStored({ version: QUESTIONS_VERSION, records: [record] }).skipped);
}

/** Saves a word, or finds it already saved from the same sentence; returns the saved word. */
export async function saveWord(word: WordToSave, now = Date.now()): Promise<SavedWord> {
  const { keepAddresses } = await loadSettings();
  const draft: SavedWord = {
    id: randomId(),
    entryId: word.entryId,
    term: word.term.slice(0, LIMITS.term),
    sentence: (word.sentence ?? '').slice(0, LIMITS.sentence),
    title: (word.title ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.title),
    ...(keepAddresses && word.url && word.url.length <= LIMITS.url ? { url: word.url } : {}),
    savedAt: now,
    question: '',
    asked: false,
  };
  let saved = draft;
  await rewrite((words) => {
    const existing = words.find((other) => sameSave(other, draft));
    if (existing) saved = existing;
    return existing ? words : [draft, ...words];
  });
  return saved;
}

/** crypto.randomUUID needs a secure context, and the page card also saves from plain http pages. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The saved word for this entry and sentence, if there is one. */
export async function findSaved(entryId: string, sentence = ''): Promise<SavedWord | undefined> {
  const { words } = await loadQuestions();
  return words.find((word) => sameSave(word, { entryId, sentence }));
}

export async function updateWord(id: string, change: Partial<Pick<SavedWord, 'question' | 'asked'>>): Promise<void> {
  const question = change.question?.slice(0, LIMITS.question);
  await rewrite((words) =>
    words.map((word) =>
      word.id === id ? { ...word, ...change, ...(question === undefined ? {} : { question }) } : word,
    ),
  );
}

export async function removeWord(id: string): Promise<void> {
  await rewrite((words) => words.filter((word) => word.id !== id));
}

/** Puts back a removed word (undo), unless the same save exists again. */
export async function restoreWord(word: SavedWord): Promise<void> {
  await rewrite((words) => (words.some((other) => sameSave(other, word)) ? words : [...words, word]));
}

/** Removes every word, the unreadable records too: the reader asked for an empty list. */
export async function clearWords(): Promise<void> {
  const read = await loadQuestions();
  if (read.newer) throw new Error(NEWER_VERSION);
  await questionsItem.removeValue();
}
