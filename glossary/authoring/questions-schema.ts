/**
 * An entry's suggested questions for the care team (shown in "My questions"),
 * held to the same plain-language bar as definitions: short, one question
 * each, at a reading grade the definitions meet.
 */
import { gradeLevel, sentenceCount, words } from './readability';

export const QUESTION_LIMITS = { count: 4, words: 20, grade: 8 } as const;

type Report = (field: string | null, message: string) => void;

/** The problems with one suggested question, each as a message (empty when it is fine). */
export function questionProblems(question: string): string[] {
  const problems: string[] = [];
  const quoted = `"${question}"`;
  if (question.trim().length === 0 || question !== question.trim()) {
    return [`${quoted} must be non-empty text without spaces at either end`];
  }
  if (!question.endsWith('?') || sentenceCount(question) !== 1)
    problems.push(`${quoted} must be one question ending in "?"`);
  const count = words(question).length;
  if (count > QUESTION_LIMITS.words)
    problems.push(`${quoted} has ${count} words; the limit is ${QUESTION_LIMITS.words}`);
  const grade = gradeLevel(question);
  if (grade > QUESTION_LIMITS.grade) {
    problems.push(`${quoted} reads at grade ${grade}; the limit is ${QUESTION_LIMITS.grade} (use shorter words)`);
  }
  return problems;
}

/** Checks an entry's optional `questions` field; returns the questions, or undefined when absent or wrong. */
export function checkQuestions(value: unknown, report: Report): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > QUESTION_LIMITS.count) {
    report('questions', `must be an array of 1 to ${QUESTION_LIMITS.count} questions`);
    return undefined;
  }
  let valid = true;
  value.forEach((question: unknown, index) => {
    const problems =
      typeof question === 'string' ? questionProblems(question) : [`question ${index + 1} must be a string`];
    if (typeof question === 'string' && value.indexOf(question) !== index)
      problems.push(`"${question}" is listed twice`);
    for (const problem of problems) report('questions', problem);
    if (problems.length > 0) valid = false;
  });
  return valid ? (value as string[]) : undefined;
}
