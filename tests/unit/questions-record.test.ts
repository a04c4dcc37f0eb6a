import { describe, expect, it } from 'vitest';
import { type Migration, parseRecord, readStored, type SavedWord, sameSave } from '../../utils/questions/record';

const WORD: SavedWord = {
  id: 'a1',
  entryId: 'neuroblastoma',
  term: 'neuroblastoma',
  sentence: 'Neuroblastoma is a cancer of immature nerve cells.',
  title: 'About neuroblastoma',
  savedAt: 1_700_000_000_000,
  question: 'Is it the same in adults?',
  asked: false,
};

describe('parseRecord', () => {
  it('keeps a valid record as it is, with or without an address', () => {
    expect(parseRecord(WORD)).toEqual(WORD);
    expect(parseRecord({ ...WORD, url: 'https://portal.example/x' })).toEqual({
      ...WORD,
      url: 'https://portal.example/x',
    });
  });

  const broken: Record<string, unknown>[] = [
    { id: '' },
    { id: 7 },
    { entryId: null },
    { term: undefined },
    { sentence: 5 },
    { sentence: 'x'.repeat(400) },
    { title: [] },
    { savedAt: '2026-11-30' },
    { savedAt: Number.NaN },
    { question: null },
    { question: 'q'.repeat(5_000) },
    { asked: 'yes' },
    { url: 42 },
  ];
  it.each(broken.map((change) => ({ change })))('rejects a record with $change', ({ change }) => {
    expect(parseRecord({ ...WORD, ...change })).toBeNull();
  });

  it.each([null, undefined, 'word', 3, []].map((value) => ({ value })))('rejects $value', ({ value }) => {
    expect(parseRecord(value)).toBeNull();
  });
});

describe('readStored', () => {
  it('reads nothing stored as an empty list', () => {
    expect(readStored(undefined)).toEqual({ words: [], skipped: 0, newer: false });
    expect(readStored(null)).toEqual({ words: [], skipped: 0, newer: false });
  });

  it('skips and counts damaged records, keeps the rest newest first', () => {
    const older = { ...WORD, id: 'a0', savedAt: WORD.savedAt - 10 };
    const read = readStored({ version: 1, records: [older, { ...WORD, asked: 1 }, 'junk', WORD] });
    expect(read.words.map((word) => word.id)).toEqual(['a1', 'a0']);
    expect(read.skipped).toBe(2);
  });

  it.each(
    ['a string', 12, { records: [] }, { version: 1, records: {} }, { version: 0, records: [] }].map((stored) => ({
      stored,
    })),
  )('counts a value that is no store ($stored) as one skipped record', ({ stored }) => {
    expect(readStored(stored)).toEqual({ words: [], skipped: 1, newer: false });
  });

  it('reads a list from a newer version and says so', () => {
    expect(readStored({ version: 9, records: [WORD] })).toEqual({ words: [WORD], skipped: 0, newer: true });
  });

  it('migrates version 1 to the current version step by step', () => {
    const v1 = { version: 1, records: [{ ...WORD, question: 'old' }] };
    expect(readStored(v1).words).toEqual([{ ...WORD, question: 'old' }]);
    const toV2: Migration = ({ records }) => ({
      version: 2,
      records: records.map((record) => ({ ...(record as object), question: 'moved' })),
    });
    const toV3: Migration = ({ records }) => ({
      version: 3,
      records: records.map((r) => ({ ...(r as object), asked: true })),
    });
    expect(readStored(v1, { 1: toV2, 2: toV3 }, 3).words).toEqual([{ ...WORD, question: 'moved', asked: true }]);
  });

  it('skips every record of a version it cannot migrate', () => {
    expect(readStored({ version: 1, records: [WORD, WORD] }, {}, 2)).toEqual({ words: [], skipped: 2, newer: false });
  });
});

describe('sameSave', () => {
  it('merges the same entry and sentence, whatever the spaces and case', () => {
    expect(
      sameSave(WORD, { entryId: WORD.entryId, sentence: `  ${WORD.sentence.toUpperCase().replace(/ /g, '\n ')}` }),
    ).toBe(true);
  });

  it('keeps another sentence or another entry apart', () => {
    expect(sameSave(WORD, { entryId: WORD.entryId, sentence: 'Another sentence.' })).toBe(false);
    expect(sameSave(WORD, { entryId: 'mycn', sentence: WORD.sentence })).toBe(false);
  });
});
