import { describe, expect, it } from 'vitest';
import { groupByWord, questionsAsText } from '../../utils/questions/as-text';
import type { SavedWord } from '../../utils/questions/record';

function saved(id: string, entryId: string, change: Partial<SavedWord> = {}): SavedWord {
  return { id, entryId, term: entryId, sentence: '', title: '', savedAt: 0, question: '', asked: false, ...change };
}

const WORDS = [
  saved('3', 'mycn', { sentence: 'MYCN was not amplified.', title: 'Portal', question: 'Is that good news?' }),
  saved('2', 'neuroblastoma', { question: 'Is it inherited?\n\nCan it come back?', asked: true }),
  saved('1', 'mycn', { url: 'https://portal.example/r/1', title: 'Results' }),
];

describe('groupByWord', () => {
  it('groups saves of one word in the order of their newest save', () => {
    const groups = groupByWord(WORDS, (word) => word.term.toUpperCase());
    expect(groups.map(({ term, saves }) => [term, saves.map((save) => save.id)])).toEqual([
      ['MYCN', ['3', '1']],
      ['NEUROBLASTOMA', ['2']],
    ]);
  });
});

describe('questionsAsText', () => {
  it('writes each word with its meaning, where it was read and each question', () => {
    const text = questionsAsText(WORDS, {
      termOf: (word) => word.term,
      definitionOf: (id) => (id === 'mycn' ? 'A growth gene.' : undefined),
      formatDate: () => '30 November 2026',
      today: 0,
    });
    expect(text).toBe(
      [
        'My questions for the care team',
        'Written down with MedTerm Explainer, 30 November 2026',
        '',
        '1. mycn',
        '   What it means: A growth gene.',
        '   Where I read it: “MYCN was not amplified.” (Portal)',
        '   Question: Is that good news?',
        '   Saved from: Results, https://portal.example/r/1',
        '',
        '2. neuroblastoma',
        '   [asked] Question: Is it inherited?',
        '   [asked] Question: Can it come back?',
        '',
      ].join('\n'),
    );
  });
});
