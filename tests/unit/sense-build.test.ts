import { describe, expect, it } from 'vitest';
import { buildGlossary, type SourceFile } from '../../glossary/authoring/build';
import { buildProblems, OVERVIEW_DOCUMENT } from './glossary-sources';

const document = OVERVIEW_DOCUMENT;

function kidney(overrides: Record<string, unknown> = {}): SourceFile {
  const entry = {
    id: 'kidney',
    term: 'kidney',
    category: 'body',
    scope: 'everyday',
    forms: ['kidneys'],
    definition: 'One of two organs that clean the blood and make urine.',
    detail: 'The kidneys sit in the back of the belly. The adrenal glands sit on top of them.',
    pronunciation: 'KID-nee',
    related: [],
    ...overrides,
  };
  return { path: 'entries/body.json', text: JSON.stringify([entry]) };
}

function cues(value: unknown): SourceFile {
  return { path: 'topic-cues.json', text: typeof value === 'string' ? value : JSON.stringify(value) };
}

function problemsOf(entries: SourceFile, cuesFile?: SourceFile): string[] {
  return buildProblems(() => buildGlossary(document, [entries], cuesFile));
}

describe('sense fields of an entry', () => {
  it('compiles scope, evidence, guarded forms, phrases in another sense and the neuroblastoma line', () => {
    const glossary = buildGlossary(
      document,
      [
        kidney({
          formsOnlyOn: { cancer: ['renal'] },
          notWhen: ['kidney beans', 'kidney bean'],
          inNeuroblastoma: 'The tumor often starts in the gland on top of a kidney.',
        }),
      ],
      cues({ health: ['patients'], cancer: ['oncologist'], neuroblastoma: [] }),
    );
    const [entry] = glossary.entries;
    expect(entry?.scope).toBe('everyday');
    expect(entry?.evidence).toBe('other');
    expect(entry?.formsOnlyOn).toEqual({ health: [], cancer: ['renal'], neuroblastoma: [] });
    expect(entry?.notWhen).toEqual(['kidney beans', 'kidney bean']);
    expect(entry?.inNeuroblastoma).toMatch(/^The tumor/);
    expect(glossary.topicCues).toEqual({ health: ['patients'], cancer: ['oncologist'], neuroblastoma: [] });
  });

  it('takes the evidence from the scope unless the entry names one', () => {
    const general = buildGlossary(document, [kidney({ scope: 'general' })]).entries[0];
    expect(general?.evidence).toBe('health');
    const named = buildGlossary(document, [kidney({ scope: 'general', evidence: 'cancer' })]).entries[0];
    expect(named?.evidence).toBe('cancer');
  });

  it('reports a missing or unknown scope and an unknown evidence topic', () => {
    expect(problemsOf(kidney({ scope: undefined }))).toEqual([
      'entries/body.json: entry "kidney": field "scope": must be one of specific, general, everyday',
    ]);
    expect(problemsOf(kidney({ scope: 'rare', evidence: 'sport' }))).toEqual([
      'entries/body.json: entry "kidney": field "scope": must be one of specific, general, everyday',
      'entries/body.json: entry "kidney": field "evidence": must be one of other, health, cancer, neuroblastoma',
    ]);
  });

  it('reports guarded forms under an unknown topic, empty lists and forms that are too short', () => {
    expect(problemsOf(kidney({ formsOnlyOn: { sport: ['renal'], cancer: [] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsOnlyOn": "sport" is not a topic (health, cancer, neuroblastoma)',
      'entries/body.json: entry "kidney": field "formsOnlyOn": "cancer" must list at least one form',
    ]);
    expect(problemsOf(kidney({ formsOnlyOn: { cancer: ['kd'] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsOnlyOn": "kd" is too short to match safely (at least 4 characters, or all capitals)',
    ]);
  });

  it('reports a guarded form that another field already claims', () => {
    expect(problemsOf(kidney({ formsOnlyOn: { health: ['kidneys'] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsOnlyOn": "kidneys" is listed twice',
    ]);
  });

  it('reports a phrase in another sense that does not hold one of the forms in a longer phrase', () => {
    expect(problemsOf(kidney({ notWhen: ['baked beans', 'kidneys'] }))).toEqual([
      'entries/body.json: entry "kidney": field "notWhen": "kidneys" is listed twice',
      'entries/body.json: entry "kidney": field "notWhen": "baked beans" must hold one of the entry\'s forms inside a longer phrase (it guards that form)',
      'entries/body.json: entry "kidney": field "notWhen": "kidneys" must hold one of the entry\'s forms inside a longer phrase (it guards that form)',
    ]);
  });

  it('reports a neuroblastoma line that is long, hard to read or repeats its label', () => {
    const long = Array.from({ length: 10 }, () => 'It sits on top.').join(' ');
    expect(problemsOf(kidney({ inNeuroblastoma: long }))).toEqual([
      'entries/body.json: entry "kidney": field "inNeuroblastoma": has 40 words; the limit is 35',
    ]);
    expect(problemsOf(kidney({ inNeuroblastoma: 'In neuroblastoma the tumor can press on it.' }))).toEqual([
      'entries/body.json: entry "kidney": field "inNeuroblastoma": must not start with "In neuroblastoma" (the card adds it)',
    ]);
    const hard =
      'Catecholamine-secreting retroperitoneal malignancies characteristically displace contralateral genitourinary structures.';
    expect(problemsOf(kidney({ inNeuroblastoma: hard }))[0]).toMatch(
      /field "inNeuroblastoma": reads at grade [\d.]+; the limit is 8$/,
    );
  });
});

describe('short forms that need a neighbour', () => {
  it('compiles a two-capital form with the entries it must stand near', () => {
    const [entry] = buildGlossary(document, [kidney({ formsNear: { CKD: ['kidney'] } })]).entries;
    expect(entry?.formsNear).toEqual({ CKD: ['kidney'] });
  });

  it('takes short forms with small letters (Hb, Hgb) and up to six characters (VGPR), and phrases that guard them', () => {
    const formsNear = { Hb: ['kidney'], Hgb: ['kidney'], VGPR: ['kidney'], PD: ['kidney'] };
    const [entry] = buildGlossary(document, [kidney({ formsNear, notWhen: ['PD-L1'] })]).entries;
    expect(Object.keys(entry?.formsNear ?? {})).toEqual(['Hb', 'Hgb', 'VGPR', 'PD']);
    expect(problemsOf(kidney({ formsNear: { 'O S': ['kidney'], ABCDEFG: ['kidney'] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsNear": "O S" must be a short form of 2 to 6 letters or digits starting with a capital, such as "OS" or "Hb"',
      'entries/body.json: entry "kidney": field "formsNear": "ABCDEFG" must be a short form of 2 to 6 letters or digits starting with a capital, such as "OS" or "Hb"',
    ]);
  });

  it('reports a form that is not short capitals and a neighbour that is not an entry', () => {
    expect(problemsOf(kidney({ formsNear: { os: ['kidney'], OS: ['survival'], KD: [] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsNear": "os" must be a short form of 2 to 6 letters or digits starting with a capital, such as "OS" or "Hb"',
      'entries/body.json: entry "kidney": field "formsNear": "KD" must list the ids of entries it stands near',
    ]);
    expect(problemsOf(kidney({ formsNear: { OS: ['survival'] } }))).toEqual([
      'entries/body.json: entry "kidney": field "formsNear": "OS" names "survival", which is not an entry id',
    ]);
  });
});

describe('topic cues', () => {
  it('reports a cue that is an entry form, a cue listed twice, an unknown topic and a malformed file', () => {
    expect(problemsOf(kidney(), cues({ health: ['kidneys', 'patients'], cancer: ['patients'], sport: [] }))).toEqual([
      'topic-cues.json: entry "cues for sport": "sport" is not a topic (health, cancer, neuroblastoma)',
      'topic-cues.json: entry "cues for health": "kidneys" is a form of "kidney"',
      'topic-cues.json: entry "cues for cancer": "patients" is listed twice',
    ]);
    expect(problemsOf(kidney(), cues('{"health": '))).toEqual([
      expect.stringMatching(/^topic-cues\.json: is not valid JSON/),
    ]);
    expect(problemsOf(kidney(), cues({ health: 'patients' }))).toEqual([
      'topic-cues.json: entry "cues for health": must be an array of non-empty words',
    ]);
  });
});
