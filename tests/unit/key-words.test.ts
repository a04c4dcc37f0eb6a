import { keyWords } from 'virtual:medterm-glossary';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryMatcher, glossaryTargets } from '../../glossary/runtime/bundled';
import { holdsKeyWord, keyWordOf } from '../../glossary/runtime/key-words';
import { senseTargets } from '../../glossary/runtime/senses';

const KEYS = new Set(keyWords.split(' '));

/** Every form a page can have marked (entries' own, topic-guarded and neighbour-needing forms). */
const MARKABLE = senseTargets(glossary.entries, glossary.topicCues)
  .filter(({ target }) => target.entry !== null)
  .flatMap(({ forms }) => forms);

describe('key words', () => {
  it('are the longest folded word of a form', () => {
    expect(keyWordOf('a limp')).toBe('limp');
    expect(keyWordOf('13-cis-retinoic acid')).toBe('retinoic');
    expect(keyWordOf('MYCN amplification')).toBe('amplification');
    expect(keyWordOf('Wilms’ tumour')).toBe('tumour');
    expect(keyWordOf('neuro\u00adblastoma')).toBe('neuroblastoma');
  });

  it('find every markable form of the glossary, written as it is, in capitals, or split across nodes', () => {
    expect(MARKABLE.length).toBeGreaterThan(1_000);
    for (const form of MARKABLE) {
      expect.soft(holdsKeyWord([`See ${form}.`], KEYS), form).toBe(true);
      expect.soft(holdsKeyWord([form.toUpperCase()], KEYS), form).toBe(true);
      const half = Math.ceil(form.length / 2);
      expect.soft(holdsKeyWord(['Read: ', form.slice(0, half), form.slice(half), ' now'], KEYS), form).toBe(true);
    }
  });

  it('find a word split across nodes even when a neighbouring block ends without a space', () => {
    expect(holdsKeyWord(['Results', 'neuro', 'blastoma'], KEYS)).toBe(true);
    expect(holdsKeyWord(['Sponsored\u00ad', 'isotre', 'tinoin', 'Shop'], KEYS)).toBe(true);
  });

  it('are not found in ad labels and everyday chrome', () => {
    for (const label of ['Advertisement', 'Learn more ›', 'Sponsored', 'AdChoices', 'Close ×', 'Shop now', '3 for 2']) {
      expect(holdsKeyWord([label], KEYS), label).toBe(false);
    }
  });

  it('are found in every stretch of the overview document the matcher marks', () => {
    const texts = glossary.document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'list' ? block.items.map((item) => item.text) : [block.text])),
    );
    let checked = 0;
    for (const text of texts) {
      for (const { start, end, entry } of glossaryMatcher().findAll(text)) {
        if (glossaryTargets()[entry]?.entry === null) continue;
        checked++;
        expect.soft(holdsKeyWord([text.slice(start, end)], KEYS), text.slice(start, end)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
