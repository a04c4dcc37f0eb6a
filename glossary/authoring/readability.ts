/**
 * Flesch–Kincaid grade level, used to keep definitions readable for parents.
 * Syllables are estimated with the usual vowel-group heuristic; it is close
 * enough to rank short definitions, which is all the builder needs.
 */

const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function sentenceCount(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

export function syllables(word: string): number {
  return word
    .split(/[-’']/)
    .filter((part) => part.length > 0)
    .reduce((total, part) => total + partSyllables(part.toLowerCase()), 0);
}

function partSyllables(part: string): number {
  if (/^\d+$/.test(part)) return part.length;
  const letters = part.replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0] ?? '');
  const groups = trimmed.replace(/^y/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export function gradeLevel(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllableTotal = list.reduce((total, word) => total + syllables(word), 0);
  const grade = 0.39 * (list.length / sentenceCount(text)) + 11.8 * (syllableTotal / list.length) - 15.59;
  return Math.round(grade * 10) / 10;
}
