import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILE } from '../../glossary/authoring/load';
import { documentSentences, parseDocument, splitSentences } from '../../glossary/authoring/parse-document';

const source = readFileSync(DOCUMENT_FILE, 'utf8');
const overview = parseDocument(source);

describe('parseDocument', () => {
  it('reads the title, the intro and the sections in order', () => {
    expect(overview.title).toBe('Stage 4 Neuroblastoma');
    expect(overview.intro).toHaveLength(1);
    expect(overview.sections.map((section) => section.heading)).toEqual([
      'Key Takeaways',
      'What is Stage 4 Neuroblastoma?',
      'Recognizing Stage 4 Neuroblastoma Symptoms',
      'Stage 4 Neuroblastoma Treatment and Prognosis',
    ]);
    expect(overview.sections.map((section) => section.id)).toEqual([
      'key-takeaways',
      'what-is-stage-4-neuroblastoma',
      'recognizing-stage-4-neuroblastoma-symptoms',
      'stage-4-neuroblastoma-treatment-and-prognosis',
    ]);
  });

  it('keeps bullet lists with their lead words', () => {
    const symptoms = overview.sections[2]?.blocks.find((block) => block.kind === 'list');
    expect(symptoms?.kind === 'list' && symptoms.items.map((item) => item.lead)).toEqual([
      'Bone pain',
      'Abdominal mass or swelling',
      'Fatigue and pallor',
      'Fever',
      'Weight loss',
      'Bruising around the eyes',
      'Lumps under the skin',
    ]);
    const takeaways = overview.sections[0]?.blocks[0];
    expect(takeaways?.kind === 'list' && takeaways.items.every((item) => item.lead === null)).toBe(true);
  });

  it('keeps every line of the document, word for word', () => {
    const lines = source.split('\n').filter((line) => line.trim().length > 0);
    const rendered = [
      overview.title,
      ...overview.intro.map((paragraph) => paragraph.text),
      ...overview.sections.flatMap((section) => [
        section.heading,
        ...section.blocks.flatMap((block) =>
          block.kind === 'paragraph' ? [block.text] : block.items.map((item) => `- ${item.text}`),
        ),
      ]),
    ];
    expect(rendered).toEqual(lines.map((line) => line.trim()));
  });

  it('splits paragraphs into verbatim sentences that rejoin into the paragraph', () => {
    for (const { sentence } of documentSentences(overview)) expect(source).toContain(sentence);
    for (const section of overview.sections) {
      for (const block of section.blocks) {
        if (block.kind === 'paragraph') expect(block.sentences.join(' ')).toBe(block.text);
      }
    }
    expect(documentSentences(overview)).toHaveLength(40);
  });

  it('does not split after abbreviations or inside quotations', () => {
    expect(splitSentences('Drugs (e.g. dinutuximab) help. Known as “raccoon eyes,” this can occur. Next one.')).toEqual(
      ['Drugs (e.g. dinutuximab) help.', 'Known as “raccoon eyes,” this can occur.', 'Next one.'],
    );
  });

  it('rejects an empty document', () => {
    expect(() => parseDocument('\n\n')).toThrow('The overview document is empty');
  });
});
