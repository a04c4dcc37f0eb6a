/** The list as text, copied or downloaded: both stay on the device (a Blob download, no request). */
import { entryById } from '../../glossary/runtime/bundled';
import { questionsAsText } from '../../utils/questions/as-text';
import type { SavedWord } from '../../utils/questions/record';

export const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

export function termOf(word: SavedWord): string {
  return entryById(word.entryId)?.term ?? word.term;
}

export function listAsText(words: readonly SavedWord[]): string {
  return questionsAsText(words, {
    termOf,
    definitionOf: (id) => entryById(id)?.definition,
    formatDate: (time) => DATE.format(time),
    today: Date.now(),
  });
}

export function downloadText(text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = `my-questions-${new Date().toISOString().slice(0, 10)}.txt`;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
