/** Glossary sources for build tests: the real overview document, a valid entry to vary, and a build's problems. */
import { readFileSync } from 'node:fs';
import { GlossaryBuildError, type SourceFile } from '../../glossary/authoring/build';
import { DOCUMENT_FILE } from '../../glossary/authoring/load';

export const OVERVIEW_DOCUMENT: SourceFile = {
  path: 'glossary/source/overview.txt',
  text: readFileSync(DOCUMENT_FILE, 'utf8'),
};

/** A valid entry ("bone marrow"), with some fields changed or removed (undefined). */
export function marrowEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'bone-marrow',
    term: 'bone marrow',
    category: 'body',
    scope: 'everyday',
    forms: ['marrow'],
    definition: 'The soft, spongy inside of bones, where new blood cells are made.',
    detail: 'Marrow makes red cells, white cells and platelets. Cancer cells there can crowd out healthy ones.',
    pronunciation: 'BOHN MAIR-oh',
    related: [],
    ...overrides,
  };
}

/** The problems a build reports, as text; none when it builds. */
export function buildProblems(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof GlossaryBuildError) return error.problems.map(String);
    throw error;
  }
  return [];
}
