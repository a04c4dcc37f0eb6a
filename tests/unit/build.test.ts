import { describe, expect, it } from 'vitest';
import { buildGlossary, type SourceFile } from '../../glossary/authoring/build';
import { buildProblems, marrowEntry, OVERVIEW_DOCUMENT } from './glossary-sources';

const document = OVERVIEW_DOCUMENT;
const entry = marrowEntry;

function file(path: string, entries: unknown[]): SourceFile {
  return { path, text: JSON.stringify(entries) };
}

function problemsOf(files: SourceFile[]): string[] {
  return buildProblems(() => buildGlossary(document, files));
}

describe('buildGlossary', () => {
  it('compiles a valid entry with the document sentences that mention it', () => {
    const glossary = buildGlossary(document, [file('entries/body.json', [entry()])]);
    const [compiled] = glossary.entries;
    expect(compiled?.forms).toEqual(['bone marrow', 'marrow']);
    expect(compiled?.sources[0]).toEqual({
      section: 'What is Stage 4 Neuroblastoma?',
      sentence:
        'This stage indicates that the cancer has metastasized, meaning it has spread from its original location to distant lymph nodes, bone marrow, bone, liver, or other organs.',
    });
    expect(compiled?.sources.every(({ sentence }) => document.text.includes(sentence))).toBe(true);
    expect(glossary.document.title).toBe('Stage 4 Neuroblastoma');
  });

  it('names the file when it is not valid JSON', () => {
    expect(problemsOf([{ path: 'entries/body.json', text: '[{"id": ' }])).toEqual([
      expect.stringMatching(/^entries\/body\.json: is not valid JSON/),
    ]);
  });

  it('names the file when its name is not a category', () => {
    expect(problemsOf([file('entries/organs.json', [entry()])])).toEqual([
      expect.stringMatching(/^entries\/organs\.json: file name must be a category/),
    ]);
  });

  it('reports an unknown field', () => {
    expect(problemsOf([file('entries/body.json', [entry({ definiton: 'typo' })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "definiton": unknown field',
    ]);
  });

  it('reports a missing field', () => {
    const { pronunciation: _dropped, ...withoutPronunciation } = entry();
    expect(problemsOf([file('entries/body.json', [withoutPronunciation])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "pronunciation": is missing',
    ]);
  });

  it('reports a field of the wrong type and an entry without an id by position', () => {
    expect(problemsOf([file('entries/body.json', [entry({ id: 7, forms: 'marrow' })])])).toEqual([
      'entries/body.json: entry "#1": field "id": must be a non-empty string',
      'entries/body.json: entry "#1": field "forms": must be an array of non-empty strings',
    ]);
  });

  it('reports a category that does not match its file', () => {
    expect(problemsOf([file('entries/body.json', [entry({ category: 'symptom' })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "category": must be "body", the category of its file',
    ]);
  });

  it('reports duplicate ids across files', () => {
    const second = entry({ term: 'marrow cavity', forms: [], addition: true });
    expect(
      problemsOf([file('entries/body.json', [entry()]), file('entries/care.json', [{ ...second, category: 'care' }])]),
    ).toEqual(['entries/care.json: entry "bone-marrow": field "id": is used twice (also in entries/body.json)']);
  });

  it('reports one form claimed by two entries', () => {
    const liver = entry({ id: 'liver', term: 'liver', forms: ['Marrow'], related: [] });
    expect(problemsOf([file('entries/body.json', [entry(), liver])])).toEqual([
      'entries/body.json: entry "liver": field "forms": "Marrow" is already a form of "bone-marrow"',
    ]);
  });

  it('reports related ids that do not exist', () => {
    expect(problemsOf([file('entries/body.json', [entry({ related: ['blood-cells'] })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "related": "blood-cells" is not an entry id',
    ]);
  });

  it('reports a definition over the word limit', () => {
    const definition =
      'It is the soft part in the middle of big bones. It makes the red cells, white cells and small platelets that you need to stay well.';
    expect(problemsOf([file('entries/body.json', [entry({ definition })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "definition": has 27 words; the limit is 25',
    ]);
  });

  it('reports a definition over the reading grade limit', () => {
    const definition = 'Hematopoietic tissue occupying medullary cavities, responsible for erythropoiesis.';
    expect(problemsOf([file('entries/body.json', [entry({ definition })])])).toEqual([
      expect.stringMatching(
        /^entries\/body\.json: entry "bone-marrow": field "definition": reads at grade \d+(\.\d)?; the limit is 8/,
      ),
    ]);
  });

  it('reports a detail that is too short', () => {
    expect(problemsOf([file('entries/body.json', [entry({ detail: 'Marrow makes blood.' })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "detail": has 1 sentences; write 2 to 4',
    ]);
  });

  it('rejects a short form that would fire on ordinary words', () => {
    expect(problemsOf([file('entries/body.json', [entry({ forms: ['bm', 'BM'] })])])).toEqual([
      'entries/body.json: entry "bone-marrow": field "forms": "bm" is too short to match safely (at least 4 characters, or all capitals)',
      'entries/body.json: entry "bone-marrow": field "forms": "BM" is too short to match safely (at least 3 characters)',
    ]);
  });

  it('reports an entry the document never mentions unless it is an addition', () => {
    const mibg = entry({ id: 'mibg-scan', term: 'MIBG scan', forms: [], category: 'biology' });
    expect(problemsOf([file('entries/biology.json', [mibg])])).toEqual([
      'entries/biology.json: entry "mibg-scan": field "term": the document (glossary/source/overview.txt) never mentions it or its forms; mark it "addition": true if it is deliberately extra',
    ]);
    expect(problemsOf([file('entries/biology.json', [{ ...mibg, addition: true }])])).toEqual([]);
  });

  it('reports an addition the document does mention', () => {
    expect(problemsOf([file('entries/body.json', [entry({ addition: true })])])).toEqual([
      expect.stringMatching(
        /^entries\/body\.json: entry "bone-marrow": field "addition": is true, but the document mentions it/,
      ),
    ]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const broken = entry({ id: 'Bone Marrow', pronunciation: 'bohn mair oh' });
    expect(problemsOf([file('entries/body.json', [broken])])).toHaveLength(2);
  });
});
