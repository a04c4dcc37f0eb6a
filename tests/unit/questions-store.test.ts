import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearWords,
  findSaved,
  loadQuestions,
  NEWER_VERSION,
  removeWord,
  restoreWord,
  saveWord,
  updateWord,
  watchQuestions,
} from '../../utils/questions/store';
import { saveSettings } from '../../utils/settings';

const ON_PAGE = {
  entryId: 'neuroblastoma',
  term: 'neuroblastoma',
  sentence: 'Neuroblastoma is a cancer of immature nerve cells.',
  title: '  About\n neuroblastoma ',
  url: 'https://portal.example/patient/12345',
};

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('questions')).questions;
}

describe('the questions store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('saves a word with its sentence and title in local storage, never sync, without the address by default', async () => {
    const saved = await saveWord(ON_PAGE, 1000);
    expect(saved).toMatchObject({ entryId: 'neuroblastoma', title: 'About neuroblastoma', question: '', asked: false });
    expect(saved).not.toHaveProperty('url');
    expect(await stored()).toEqual({ version: 1, records: [saved] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps the address only when the reader allows it', async () => {
    await saveSettings({ keepAddresses: true });
    expect((await saveWord(ON_PAGE)).url).toBe(ON_PAGE.url);
  });

  it('merges a second save of the same word from the same sentence', async () => {
    const first = await saveWord(ON_PAGE, 1000);
    await updateWord(first.id, { question: 'Mine' });
    const again = await saveWord({ ...ON_PAGE, sentence: ` ${ON_PAGE.sentence}\n` }, 2000);
    expect(again).toMatchObject({ id: first.id, question: 'Mine' });
    await saveWord({ ...ON_PAGE, sentence: 'Another sentence about neuroblastoma.' }, 3000);
    await saveWord({ entryId: 'neuroblastoma', term: 'neuroblastoma' }, 4000);
    expect((await loadQuestions()).words.map((word) => word.savedAt)).toEqual([4000, 3000, 1000]);
    expect(await findSaved('neuroblastoma')).toMatchObject({ savedAt: 4000, sentence: '' });
  });

  it('edits, removes, restores and clears', async () => {
    const word = await saveWord(ON_PAGE);
    await updateWord(word.id, { question: 'q'.repeat(3000), asked: true });
    expect((await findSaved(word.entryId, word.sentence))?.question).toHaveLength(2000);
    await removeWord(word.id);
    expect((await loadQuestions()).words).toEqual([]);
    await restoreWord(word);
    expect((await loadQuestions()).words).toEqual([word]);
    await clearWords();
    expect(await stored()).toBeUndefined();
  });

  it('keeps damaged records aside when it writes, and counts them', async () => {
    await fakeBrowser.storage.local.set({ questions: { version: 1, records: [{ id: 'broken' }, 'junk'] } });
    await saveWord(ON_PAGE);
    const read = await loadQuestions();
    expect(read).toMatchObject({ skipped: 2, newer: false });
    expect(read.words).toHaveLength(1);
    expect(await stored()).toMatchObject({ records: [read.words[0], { id: 'broken' }, 'junk'] });
  });

  it('never overwrites a list a newer version saved', async () => {
    await fakeBrowser.storage.local.set({ questions: { version: 5, records: [] } });
    await expect(saveWord(ON_PAGE)).rejects.toThrow(NEWER_VERSION);
    await expect(clearWords()).rejects.toThrow(NEWER_VERSION);
    expect(await stored()).toEqual({ version: 5, records: [] });
  });

  it('rejects when the browser refuses to store, and leaves the list as it was', async () => {
    const word = await saveWord(ON_PAGE);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateWord(word.id, { question: 'lost' })).rejects.toThrow('QUOTA');
    expect((await loadQuestions()).words).toEqual([word]);
  });

  it('reports changes to watchers, read back and validated', async () => {
    const seen = vi.fn();
    const unwatch = watchQuestions(seen);
    await saveWord(ON_PAGE);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ skipped: 0 })));
    unwatch();
  });
});
