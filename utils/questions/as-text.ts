/** "My questions" grouped by word, and as plain text for a message to the care team. */
import type { SavedWord } from './record';

/** One word's saves: every sentence it was saved from, newest first. */
export interface WordGroup {
  readonly entryId: string;
  readonly term: string;
  readonly saves: readonly SavedWord[];
}

/** Groups saves by entry, groups in the order of their newest save (words come newest first). */
export function groupByWord(words: readonly SavedWord[], termOf: (word: SavedWord) => string): WordGroup[] {
  const groups = new Map<string, { entryId: string; term: string; saves: SavedWord[] }>();
  for (const word of words) {
    const group = groups.get(word.entryId) ?? { entryId: word.entryId, term: termOf(word), saves: [] };
    group.saves.push(word);
    groups.set(word.entryId, group);
  }
  return [...groups.values()];
}

export interface TextOptions {
  readonly termOf: (word: SavedWord) => string;
  readonly definitionOf: (entryId: string) => string | undefined;
  readonly formatDate: (time: number) => string;
  readonly today: number;
}

/** The list as plain text: each word with its meaning, where it was read, and the reader's questions. */
export function questionsAsText(words: readonly SavedWord[], options: TextOptions): string {
  const lines = [
    'My questions for the care team',
    `Written down with MedTerm Explainer, ${options.formatDate(options.today)}`,
  ];
  groupByWord(words, options.termOf).forEach((group, index) => {
    lines.push('', `${index + 1}. ${group.term}`);
    const definition = options.definitionOf(group.entryId);
    if (definition) lines.push(`   What it means: ${definition}`);
    for (const save of group.saves) {
      if (save.sentence) lines.push(`   Where I read it: “${save.sentence}”${source(save)}`);
      else if (save.title || save.url)
        lines.push(`   Saved from: ${[save.title, save.url].filter(Boolean).join(', ')}`);
      for (const question of save.question.split('\n').filter((line) => line.trim())) {
        lines.push(`   ${save.asked ? '[asked] ' : ''}Question: ${question.trim()}`);
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

function source(save: SavedWord): string {
  const parts = [save.title, save.url].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
