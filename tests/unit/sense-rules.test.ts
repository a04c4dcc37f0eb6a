// @vitest-environment happy-dom
/**
 * The glossary's sense rules on real sentences: what the page marks, given
 * what the page is about, with the real entries, the one matcher and the
 * content script's own PageSense.
 */
import { describe, expect, it } from 'vitest';
import { marks } from './page-marks';

describe('sense rules on real sentences', () => {
  it('never marks phrases in another sense, whatever the page is about', () => {
    for (const topic of ['other', 'health', 'neuroblastoma'] as const) {
      expect(marks('Drain and rinse the kidney beans.', topic)).toEqual([]);
      expect(marks('Most people have relapsing-remitting MS at first.', topic)).toEqual([]);
      expect(marks('In end-stage MS people need help every day.', topic)).toEqual([]);
      expect(marks('Umbilical cord compression can slow the baby’s heart rate.', topic)).toEqual([]);
    }
  });

  it('gives negated MYCN results their own entry, never the amplification card', () => {
    for (const sentence of [
      'The tumour was MYCN non-amplified.',
      'Patients with MYCN-nonamplified disease did well.',
      'All had non-MYCN-amplified tumours.',
    ]) {
      expect(marks(sentence, 'neuroblastoma').join()).toMatch(/=mycn-non-amplified/);
      expect(marks(sentence, 'neuroblastoma').join()).not.toMatch(/=mycn-amplification/);
    }
  });

  it('marks everyday words only on pages about health', () => {
    expect(marks('Wear a hat to protect your skin.', 'other')).toEqual([]);
    expect(marks('The rash spread over the skin.', 'health')).toEqual(['skin=skin']);
  });

  it('marks short abbreviations and other-sense words only on pages about cancer', () => {
    expect(marks('The Netherlands (NED) beat Spain 2–1.', 'other')).toEqual([]);
    expect(marks('The scan showed no evidence of disease (NED).', 'cancer')).toContain('NED=remission');
    expect(marks('He had a relapse after a year sober.', 'health')).toEqual([]);
    expect(marks('The cancer came back: a relapse after two years.', 'cancer')).toContain('relapse=relapse');
    expect(marks('CBC News reported the result.', 'other')).toEqual([]);
    expect(marks('The VMA awards were held in New York.', 'other')).toEqual([]);
  });

  it('explains childhood-cancer terms on every page', () => {
    expect(marks('A fundraiser for neuroblastoma research.', 'other')).toEqual(['neuroblastoma=neuroblastoma']);
  });
});
