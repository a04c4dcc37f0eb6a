/** Questions "My questions" offers for a saved word: the entry's own, else a few that fit any word. */
import type { CompiledEntry } from './entry';

/** Checked with the entries' questions (tests/unit/questions-glossary.test.ts). */
export const GENERIC_QUESTIONS: readonly string[] = [
  'What does this mean for my child?',
  'Why does this matter for my child’s treatment?',
  'Is there something we should watch for at home?',
];

export function suggestedQuestions(entry: CompiledEntry | undefined): readonly string[] {
  return entry && entry.questions.length > 0 ? entry.questions : GENERIC_QUESTIONS;
}
