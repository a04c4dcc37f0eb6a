import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../utils/questions/sentence';

function around(text: string, word: string, max?: number): string {
  const start = text.indexOf(word);
  return sentenceAround(text, start, start + word.length, max);
}

describe('sentenceAround', () => {
  it('keeps the sentence the word is in', () => {
    const text = 'Scans came back. The tumour shows MYCN amplification in most cells. We meet on Monday.';
    expect(around(text, 'MYCN')).toBe('The tumour shows MYCN amplification in most cells.');
  });

  it('does not end a sentence at an abbreviation or a decimal point', () => {
    const text = 'She takes isotretinoin, e.g. after transplant, at 2.5 mg per kg. Then rest.';
    expect(around(text, 'isotretinoin')).toBe('She takes isotretinoin, e.g. after transplant, at 2.5 mg per kg.');
  });

  it('tidies line breaks, separators and soft hyphens into single spaces', () => {
    const text = 'First.\u0001The   neuro\u00adblastoma\nwas   stage 4.';
    const start = text.indexOf('neuro');
    expect(sentenceAround(text, start, text.indexOf('\nwas'))).toBe('The neuroblastoma was stage 4.');
  });

  it('cuts a long sentence to the limit around the word, at word breaks', () => {
    const before = 'word '.repeat(100);
    const after = ' more'.repeat(100);
    const text = `${before}neuroblastoma${after}.`;
    const sentence = around(text, 'neuroblastoma', 80);
    expect(sentence.length).toBeLessThanOrEqual(80);
    expect(sentence).toMatch(/^…word word .*neuroblastoma more .*more…$/);
  });

  it('keeps a word at the very start or end of a long sentence', () => {
    const tail = ' filler'.repeat(80);
    expect(around(`Neuroblastoma${tail}`, 'Neuroblastoma', 60)).toMatch(/^Neuroblastoma filler.*…$/);
    expect(around(`${tail} neuroblastoma`, 'neuroblastoma', 60)).toMatch(/^….* filler neuroblastoma$/);
  });

  it('holds the whole text when there is no sentence break', () => {
    expect(around('MYCN amplified', 'MYCN')).toBe('MYCN amplified');
  });
});
