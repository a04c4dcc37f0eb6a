import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/authoring/load';
import type { CompiledEntry } from '../../glossary/runtime/entry';
import { TermMatcher } from '../../glossary/runtime/matcher';
import { damerauLevenshtein, searchGlossary } from '../../glossary/runtime/search';

const { entries } = loadGlossary();
const matcher = TermMatcher.forEntries(entries.map((entry) => entry.forms));

function ids(query: string, limit?: number): string[] {
  return searchGlossary(query, entries, matcher, limit).map((entry) => entry.id);
}

describe('searchGlossary', () => {
  it('finds a term despite a typo', () => {
    expect(ids('isotretinion')[0]).toBe('isotretinoin');
    expect(ids('nueroblastoma')[0]).toBe('neuroblastoma');
    expect(ids('bone marow')).toContain('bone-marrow');
  });

  it('finds a term from a misspelt start while it is being typed', () => {
    expect(ids('nuerobla')).toContain('neuroblastoma');
  });

  it('finds entries by alias and other forms', () => {
    expect(ids('13-cis')[0]).toBe('isotretinoin');
    expect(ids('DFMO')[0]).toBe('eflornithine');
    expect(ids('stage four')[0]).toBe('stage-4');
  });

  it('finds a medicine by its brand name in any case', () => {
    expect(ids('Unituxin')[0]).toBe('dinutuximab');
    expect(ids('unituxin')[0]).toBe('dinutuximab');
    expect(ids('Danyelza')[0]).toBe('naxitamab');
  });

  it('folds curly apostrophes, dashes and capitals like the page matcher', () => {
    expect(ids('Horner’s Syndrome')[0]).toBe('horner-syndrome');
    expect(ids('anti–GD2')[0]).toBe('anti-gd2-antibodies');
  });

  it('puts an exact term before the longer terms it starts', () => {
    const chemo = ids('chemo');
    expect(chemo[0]).toBe('chemotherapy');
    expect(chemo.slice(1, 3)).toEqual(expect.arrayContaining(['chemoimmunotherapy', 'high-dose-chemotherapy']));
    expect(ids('neuro')).toEqual(expect.arrayContaining(['neuroblast', 'neuroblastoma']));
  });

  it('finds a term named inside a longer question', () => {
    expect(ids('what is MIBG?')[0]).toBe('mibg-scan');
  });

  it('finds entries whose definition uses the words', () => {
    expect(ids('vitamin')).toContain('isotretinoin');
  });

  it('lists a whole category when the query names it', () => {
    const medicines = entries.filter((entry) => entry.category === 'medicine').map((entry) => entry.id);
    const found = ids('medicines', 50);
    expect(found.slice(0, medicines.length).sort()).toEqual([...medicines].sort());
  });

  it('keeps its order when the results are narrowed to one category', () => {
    const inCategory = (entry: CompiledEntry) => entry.category === 'disease';
    const narrowed = searchGlossary('neuroblastoma', entries, matcher).filter(inCategory);
    expect(narrowed[0]?.id).toBe('neuroblastoma');
    expect(narrowed.every(inCategory)).toBe(true);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   \n')).toEqual([]);
  });

  it('does not match words that are not in the glossary', () => {
    expect(ids('leukemia')).toEqual([]);
    expect(ids('diabetes')).toEqual([]);
    expect(ids('banana')).toEqual([]);
  });

  it('does not let a short word match another by one letter', () => {
    expect(ids('home')).not.toContain('bone');
    expect(ids('lung')).not.toContain('lump');
  });

  it('returns at most `limit` entries', () => {
    expect(ids('cancer', 3)).toHaveLength(3);
    expect(ids('cancer', 0)).toEqual([]);
  });
});

describe('damerauLevenshtein', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(damerauLevenshtein('isotretinion', 'isotretinoin')).toBe(1);
    expect(damerauLevenshtein('nueroblastoma', 'neuroblastoma')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('marow', 'marrow')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(damerauLevenshtein('neuroblastoma', 'dinutuximab', 2)).toBe(3);
  });
});
