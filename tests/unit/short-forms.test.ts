// @vitest-environment happy-dom
/**
 * Every short form that collides with an everyday abbreviation (PR, SD, PD,
 * OS, MR, KM, CR, ANC…) is marked only on pages about cancer and only beside
 * the right neighbours, on real-style sentences (short-form-cases.ts), with
 * the real glossary, the one matcher and the content script's PageSense.
 */
import { describe, expect, it } from 'vitest';
import { glossary, marks } from './page-marks';
import { SHORT_FORM_CASES, type ShortFormCase } from './short-form-cases';

/** Blocks of short forms alone, real in response tables and lists: no neighbour, so none is marked. */
const SHORT_FORMS_ALONE: readonly string[] = [
  'Best overall response after two cycles: CR, PR, MR, SD or PD.',
  'Responses were 2 PR, 3 MR and 6 SD among 20 patients.',
  'Hb ≥ 8 g/dL and ANC ≥ 750/µL.',
  'The 10 KM route is on OS Explorer map 161.',
  'OS at 5 years was 45%.',
  'OS in arm A was 60% and OS in arm B was 58%.',
];

/** Short forms guarded by the page's topic only (no neighbour needed): a cancer page is enough. */
const TOPIC_ONLY_CASES: readonly ShortFormCase[] = [
  {
    form: 'EFS',
    entry: 'event-free-survival',
    hits: ['3-year EFS was 52% in the tandem transplant arm.'],
    misses: ['Turn on EFS to encrypt the folder on your laptop.'],
  },
  {
    form: 'VGPR',
    entry: 'very-good-partial-response',
    hits: ['At least a VGPR in the metastatic sites was needed before transplant.'],
    misses: [],
  },
];

/** The marks of exactly `form` (as written) in `text`. */
const marksOf = (form: string, text: string, topic: Parameters<typeof marks>[1]) =>
  marks(text, topic).filter((mark) => mark.slice(0, mark.lastIndexOf('=')) === form);

describe('short forms that need a neighbour', () => {
  it('has cases for every short form with a neighbour rule in the glossary', () => {
    const inGlossary = glossary.entries.flatMap((entry) =>
      Object.keys(entry.formsNear).map((form) => `${form}=${entry.id}`),
    );
    expect(SHORT_FORM_CASES.map(({ form, entry }) => `${form}=${entry}`).sort()).toEqual(inGlossary.sort());
  });

  for (const { form, entry, hits, misses } of SHORT_FORM_CASES) {
    describe(`${form} (${entry})`, () => {
      it.each(hits)('marks it beside its neighbours on a page about cancer: %s', (text) => {
        expect(marksOf(form, text, 'cancer')).toEqual([`${form}=${entry}`]);
        expect(marksOf(form, text, 'neuroblastoma')).toEqual([`${form}=${entry}`]);
      });

      it.each(hits)('leaves it unmarked on pages not about cancer: %s', (text) => {
        expect(marksOf(form, text, 'other')).toEqual([]);
        expect(marksOf(form, text, 'health')).toEqual([]);
      });

      if (misses.length > 0) {
        it.each(misses)('never marks it in its everyday sense, even on a page about cancer: %s', (text) => {
          for (const topic of ['other', 'health', 'cancer', 'neuroblastoma'] as const) {
            expect(marksOf(form, text, topic), topic).toEqual([]);
          }
        });
      }
    });
  }

  it.each(SHORT_FORMS_ALONE)(
    'needs a neighbour in a form of its own: short forms cannot vouch for each other: %s',
    (text) => {
      expect(marks(text, 'cancer').filter((mark) => /^[A-Z][A-Za-z]{1,5}=/.test(mark))).toEqual([]);
    },
  );

  it('takes the spelled-out term as a neighbour', () => {
    expect(marksOf('OS', 'OS at 5 years was 45%, and 5-year survival without relapse was 38%.', 'cancer')).toEqual([
      'OS=survival-rate',
    ]);
  });
});

describe('short forms guarded by the topic alone', () => {
  for (const { form, entry, hits, misses } of TOPIC_ONLY_CASES) {
    it(`marks ${form} on pages about cancer, with or without a neighbour`, () => {
      for (const text of hits) expect(marksOf(form, text, 'cancer'), text).toEqual([`${form}=${entry}`]);
    });
    if (misses.length > 0) {
      it(`leaves ${form} unmarked on pages not about cancer`, () => {
        for (const text of misses) expect(marksOf(form, text, 'other'), text).toEqual([]);
      });
    }
  }
});
