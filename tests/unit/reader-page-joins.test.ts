import { describe, expect, it } from 'vitest';
import { EDGE_CHARS, edgesOf, type Scan, termsAcross, termsInside } from '../../entrypoints/reader/page-joins';
import { entryOfMatch, glossaryMatcher } from '../../glossary/runtime/bundled';

const scan: Scan = (text, visit) => glossaryMatcher().scan(text, visit);
const idOf = (match: number) => entryOfMatch(match)?.id;

describe('terms across a page break', () => {
  it('joins a word hyphenated at the foot of a page with its end on the next', () => {
    const [crossing, ...rest] = termsAcross(scan, 'Scans showed a neuro\u2010', 'blastoma in the adrenal gland.');
    expect(rest).toEqual([]);
    expect(crossing && idOf(crossing.entry)).toBe('neuroblastoma');
    expect(crossing).toMatchObject({ beforeBreak: 'neuro\u2010'.length, afterBreak: 'blastoma'.length });
  });

  it('reads the longer term across a break between words', () => {
    const [crossing] = termsAcross(scan, 'Children with high-risk', 'neuroblastoma need intense therapy.');
    expect(crossing && idOf(crossing.entry)).toBe('high-risk-neuroblastoma');
    expect(crossing).toMatchObject({ beforeBreak: 'high-risk'.length, afterBreak: 'neuroblastoma'.length });
  });

  it("keeps a compound's own hyphen at the break", () => {
    const [crossing] = termsAcross(scan, 'She has high-', 'risk neuroblastoma.');
    expect(crossing && idOf(crossing.entry)).toBe('high-risk-neuroblastoma');
    expect(crossing).toMatchObject({ beforeBreak: 'high-'.length, afterBreak: 'risk neuroblastoma'.length });
  });

  it('finds nothing across a break that ends a term or a sentence', () => {
    expect(termsAcross(scan, 'It is a neuroblastoma', 'Treatment starts soon.')).toEqual([]);
    expect(termsAcross(scan, 'Scans showed a neuro\u2010', 'Blastoma')).toEqual([]);
    expect(termsAcross(scan, '', 'neuroblastoma')).toEqual([]);
  });
});

describe('terms inside a page', () => {
  const text = 'blastoma was found. Chemotherapy began for high-risk';
  const found = termsInside(scan, text, 'Scans showed a neuro\u2010', 'neuroblastoma and more.');

  it('leaves the terms across either break to the breaks', () => {
    expect(found.map(({ entry }) => idOf(entry))).toEqual(['chemotherapy']);
  });

  it('gives offsets in the page text', () => {
    const [chemo] = found;
    expect(chemo && text.slice(chemo.start, chemo.end)).toBe('Chemotherapy');
  });

  it('reads a page alone as before when its neighbours have no text', () => {
    const alone = termsInside(scan, 'Neuroblastoma is rare.');
    expect(alone.map(({ entry }) => idOf(entry))).toEqual(['neuroblastoma']);
  });
});

describe('page edges', () => {
  it('keeps the first and last characters of a page', () => {
    const text = `${'a'.repeat(EDGE_CHARS)}middle${'z'.repeat(EDGE_CHARS)}`;
    expect(edgesOf(text)).toEqual({ head: 'a'.repeat(EDGE_CHARS), tail: 'z'.repeat(EDGE_CHARS) });
  });
});
