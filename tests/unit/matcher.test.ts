import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatcherForm, TermMatcher } from '../../glossary/runtime/matcher';
import { naiveFindAll } from './naive-matcher';

const FORMS: MatcherForm[] = [
  { text: 'neuroblastoma', entry: 0 },
  { text: 'stage 4 neuroblastoma', entry: 1 },
  { text: 'MYCN', entry: 2 },
  { text: 'MYCN amplification', entry: 3 },
  { text: 'anti-GD2 antibodies', entry: 4 },
  { text: 'GD2', entry: 5 },
  { text: "Wilms' tumour", entry: 6 },
  { text: 'bone marrow', entry: 7 },
  { text: 'ASCT', entry: 8 },
];
const matcher = TermMatcher.compile(FORMS);

/** Words, forms and separators that random texts are made of. */
const PIECES = [
  'neuroblastoma',
  'Neuroblastoma',
  'stage',
  'Stage 4',
  '4',
  'MYCN',
  'mycn',
  'amplification',
  'anti',
  'GD2',
  'antibodies',
  "Wilms'",
  'Wilms’',
  'tumour',
  'bone',
  'marrow',
  'ASCT',
  'x',
  'é',
  '😀',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  '\u2013',
  '\u2011',
  '\u00ad',
  '\u200b',
  ',',
  '.',
  '(',
  ')',
  "'",
];

function found(text: string): string[] {
  return matcher.findAll(text).map(({ start, end, entry }) => `${entry}:${text.slice(start, end)}`);
}

describe('TermMatcher', () => {
  it('finds the leftmost-longest form', () => {
    expect(found('Stage 4 neuroblastoma and neuroblastoma')).toEqual(['1:Stage 4 neuroblastoma', '0:neuroblastoma']);
    expect(found('tumours with MYCN amplification or MYCN gain')).toEqual(['3:MYCN amplification', '2:MYCN']);
  });

  it('matches whole words only', () => {
    expect(found('neuroblastomas, preneuroblastoma, neuroblastoma2')).toEqual([]);
    expect(found('(neuroblastoma), neuroblastoma-related, neuroblastoma’s')).toEqual([
      '0:neuroblastoma',
      '0:neuroblastoma',
      '0:neuroblastoma',
    ]);
  });

  it('matches all-capitals forms case-sensitively and others in any case', () => {
    expect(found('Mycn mycn MYCN asct ASCT')).toEqual(['2:MYCN', '8:ASCT']);
    expect(found('NEUROBLASTOMA Neuroblastoma')).toEqual(['0:NEUROBLASTOMA', '0:Neuroblastoma']);
    expect(found('Mycn amplification, MYCN Amplification')).toEqual(['3:MYCN Amplification']);
  });

  it('folds dashes, apostrophes, spaces, line breaks and invisible characters', () => {
    expect(found('anti\u2011GD2\u00a0antibodies')).toEqual(['4:anti\u2011GD2\u00a0antibodies']);
    expect(found('anti–GD2 \n\t antibodies')).toEqual(['4:anti–GD2 \n\t antibodies']);
    expect(found('Wilms’ tumour')).toEqual(['6:Wilms’ tumour']);
    expect(found('neuro\u00adblas\u200btoma')).toEqual(['0:neuro\u00adblas\u200btoma']);
    expect(found('bone\r\nmarrow')).toEqual(['7:bone\r\nmarrow']);
  });

  it('falls back to a shorter form when the longer one does not end a word', () => {
    expect(found('anti-GD2 antibodiesx')).toEqual(['5:GD2']);
    expect(found('stage 4 neuroblastomatous')).toEqual([]);
  });

  it('scans only the given range', () => {
    const text = 'GD2 neuroblastoma GD2';
    const seen: number[] = [];
    matcher.scan(text, (_start, _end, entry) => seen.push(entry), 4, 17);
    expect(seen).toEqual([0]);
  });

  it('looks up a whole string as one form', () => {
    expect(matcher.lookup('  Bone  Marrow ')).toBe(7);
    expect(matcher.lookup('bone marrow biopsy')).toBeUndefined();
  });

  // Thousands of property runs take longer than vitest's default 5 s on a busy machine.
  it('agrees with a naive reference on arbitrary text', { timeout: 30_000 }, () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(matcher.findAll(sample)).toEqual(naiveFindAll(sample, FORMS));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the same after a round trip through its bundled data form', () => {
    const restored = TermMatcher.fromData(JSON.parse(JSON.stringify(matcher.toData())));
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(restored.findAll(sample)).toEqual(matcher.findAll(sample));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with a naive reference for random glossaries', { timeout: 30_000 }, () => {
    const letters = fc.constantFrom('a', 'b', 'A', 'B', '1');
    const word = fc.array(letters, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
    const form = fc
      .tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', '-', "'"), word), { maxLength: 2 }))
      .map(([first, rest]) => first + rest.map(([separator, next]) => separator + next).join(''));
    const forms = fc.uniqueArray(form, { minLength: 1, maxLength: 8, selector: (text) => text.toLowerCase() });
    const separators = fc.constantFrom(' ', '\u00a0 ', '-', '\u2014', '’', '\u00ad', ',', '\n');
    const text = fc.array(fc.oneof(word, separators), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(forms, text, (formTexts, sample) => {
        const glossary = formTexts.map((formText, entry) => ({ text: formText, entry }));
        expect(TermMatcher.compile(glossary).findAll(sample)).toEqual(naiveFindAll(sample, glossary));
      }),
      { numRuns: 3000 },
    );
  });
});
