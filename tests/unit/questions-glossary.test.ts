import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../glossary/authoring/build';
import { loadGlossary } from '../../glossary/authoring/load';
import { questionProblems } from '../../glossary/authoring/questions-schema';
import { GENERIC_QUESTIONS, suggestedQuestions } from '../../glossary/runtime/suggested-questions';
import { buildProblems, marrowEntry, OVERVIEW_DOCUMENT } from './glossary-sources';

function build(questions: unknown) {
  const entries = [{ path: 'entries/body.json', text: JSON.stringify([marrowEntry({ questions })]) }];
  return buildGlossary(OVERVIEW_DOCUMENT, entries);
}

function problemsOf(questions: unknown): string[] {
  return buildProblems(() => build(questions));
}

describe('suggested questions in the glossary', () => {
  it('compiles an entry’s questions, and none when it has none', () => {
    expect(build(['Is the marrow clear now?']).entries[0]?.questions).toEqual(['Is the marrow clear now?']);
    expect(build(undefined).entries[0]?.questions).toEqual([]);
  });

  it.each([
    [[], 'must be an array of 1 to 4 questions'],
    ['Is it clear?', 'must be an array of 1 to 4 questions'],
    [['a?', 'b?', 'c?', 'd?', 'e?'], 'must be an array of 1 to 4 questions'],
    [[42], 'question 1 must be a string'],
    [['Is the marrow clear now.'], 'must be one question ending in "?"'],
    [['Is it clear? Is it safe?'], 'must be one question ending in "?"'],
    [[' Is it clear?'], 'without spaces at either end'],
    [['Is it clear?', 'Is it clear?'], 'is listed twice'],
    [[`Can we ${'go and '.repeat(9)}stay?`], 'has 21 words; the limit is 20'],
    [['Does hematopoietic reconstitution necessitate immunosuppressive prophylaxis?'], 'reads at grade'],
  ])('reports %j naming the file, the entry and the field', (questions, message) => {
    const problems = problemsOf(questions);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('entries/body.json: entry "bone-marrow": field "questions": ');
    expect(problems[0]).toContain(message);
  });

  it('offers the generic questions, which pass the same checks, for entries without their own', () => {
    for (const question of GENERIC_QUESTIONS) expect(questionProblems(question)).toEqual([]);
    const glossary = loadGlossary();
    const withOwn = glossary.entries.filter((entry) => entry.questions.length > 0);
    expect(withOwn.length).toBeGreaterThanOrEqual(10);
    expect(suggestedQuestions(withOwn[0])).toBe(withOwn[0]?.questions);
    expect(suggestedQuestions(glossary.entries.find((entry) => entry.questions.length === 0))).toBe(GENERIC_QUESTIONS);
    expect(suggestedQuestions(undefined)).toBe(GENERIC_QUESTIONS);
  });
});
