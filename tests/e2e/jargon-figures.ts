/**
 * The share of a page's jargon that has a card: which hand-listed jargon
 * words the glossary covers (in one of an entry's forms) and which of them the
 * page marks. Pure functions over texts, so the spec only loads pages.
 */
import { loadGlossary } from '../../glossary/authoring/load';
import { TermMatcher } from '../../glossary/runtime/matcher';
import { searchableForms } from '../../glossary/runtime/search';
import { containsWord } from './sense-figures';

const glossary = loadGlossary();
const everyForm = TermMatcher.forEntries(glossary.entries.map((entry) => searchableForms(entry)));

/** Every short form that must stand near a neighbour (PR, OS, Hb…), from the glossary. */
export const SHORT_FORMS_NEAR: readonly string[] = glossary.entries.flatMap((entry) => Object.keys(entry.formsNear));

export interface JargonFigures {
  readonly page: string;
  readonly jargon: number;
  /** Jargon the glossary explains in some form. */
  readonly covered: readonly string[];
  /** Covered jargon with at least one highlight on the page. */
  readonly marked: readonly string[];
  /** Covered jargon the page leaves unmarked. */
  readonly missed: readonly string[];
  readonly uncovered: readonly string[];
}

export function jargonFigures(page: string, jargon: readonly string[], highlighted: readonly string[]): JargonFigures {
  const covered = jargon.filter((word) => everyForm.lookup(word) !== undefined);
  const isMarked = (word: string) => highlighted.some((text) => containsWord(text, word));
  return {
    page,
    jargon: jargon.length,
    covered,
    marked: covered.filter(isMarked),
    missed: covered.filter((word) => !isMarked(word)),
    uncovered: jargon.filter((word) => !covered.includes(word)),
  };
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** One line per page and a total: jargon words, covered, marked, and the share with a card. */
export function jargonTable(all: readonly JargonFigures[]): string {
  const lines = all.map(
    (figures) =>
      `${figures.page}: ${figures.marked.length} of ${figures.jargon} jargon words have a card (${percent(figures.marked.length, figures.jargon)}); ` +
      `no entry: ${figures.uncovered.join(', ')}`,
  );
  const jargon = all.reduce((total, figures) => total + figures.jargon, 0);
  const marked = all.reduce((total, figures) => total + figures.marked.length, 0);
  return [...lines, `all pages: ${marked} of ${jargon} jargon words have a card (${percent(marked, jargon)})`].join(
    '\n',
  );
}
