/**
 * Figures for the sense corpus (tests/fixtures/sense): what a page's
 * highlights say about marking in the right sense, and a per-group table.
 * Pure functions over texts, so the spec only loads pages and asserts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const SENSE_DIR = resolve(import.meta.dirname, '../fixtures/sense');

export type SenseGroup = 'everyday' | 'other-condition' | 'neuroblastoma';

export interface PageExpectation {
  readonly group: SenseGroup;
  /** Surface texts that must not be highlighted anywhere on the page. */
  readonly mustNotMark: readonly string[];
  /** Surface texts a parent would want explained there, in the glossary's sense (not on everyday pages). */
  readonly wanted?: readonly string[];
  /** The judgement behind the two lists. */
  readonly why?: string;
}

export interface PageFigures {
  readonly path: string;
  readonly group: SenseGroup;
  readonly words: number;
  readonly marks: number;
  /** Highlighted texts that contain a mustNotMark text. */
  readonly wrongSense: readonly string[];
  readonly wantedFound: readonly string[];
  readonly wantedMissed: readonly string[];
}

export const MAX_EVERYDAY_MARKS_PER_1000_WORDS = 0.5;
export const MIN_RECALL: Record<SenseGroup, number> = { everyday: 0, 'other-condition': 0.9, neuroblastoma: 0.95 };

export function loadExpectations(): Record<string, PageExpectation> {
  const parsed: { pages: Record<string, PageExpectation> } = JSON.parse(
    readFileSync(join(SENSE_DIR, 'expectations.json'), 'utf8'),
  );
  return parsed.pages;
}

/** Every .html file under tests/fixtures/sense, as a path relative to it. */
export function corpusPages(dir = SENSE_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => relative(SENSE_DIR, join(dir, name)))
    .sort();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds `word` as a whole word, ignoring case and runs of spaces. */
export function containsWord(text: string, word: string): boolean {
  const pattern = escapeRegExp(word.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export function pageFigures(path: string, expected: PageExpectation, marked: string[], words: number): PageFigures {
  const wanted = expected.wanted ?? [];
  return {
    path,
    group: expected.group,
    words,
    marks: marked.length,
    wrongSense: marked.filter((text) => expected.mustNotMark.some((word) => containsWord(text, word))),
    wantedFound: wanted.filter((word) => marked.some((text) => containsWord(text, word))),
    wantedMissed: wanted.filter((word) => !marked.some((text) => containsWord(text, word))),
  };
}

export const marksPer1000Words = (figures: Pick<PageFigures, 'marks' | 'words'>) =>
  figures.words === 0 ? 0 : (figures.marks / figures.words) * 1000;

export function recall(figures: Pick<PageFigures, 'wantedFound' | 'wantedMissed'>): number {
  const total = figures.wantedFound.length + figures.wantedMissed.length;
  return total === 0 ? 1 : figures.wantedFound.length / total;
}

/** "CBC ×28, cbc" – each distinct text once, with its count. */
function tally(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, count]) => (count > 1 ? `${text} ×${count}` : text)).join(', ');
}

/** Why a page fails the sense contract, or nothing when it passes. */
export function failures(figures: PageFigures): string[] {
  const found: string[] = [];
  if (figures.wrongSense.length > 0) found.push(`marks in the wrong sense: ${tally(figures.wrongSense)}`);
  const rate = marksPer1000Words(figures);
  if (figures.group === 'everyday' && rate > MAX_EVERYDAY_MARKS_PER_1000_WORDS) {
    found.push(`${rate.toFixed(2)} marks per 1,000 words (at most ${MAX_EVERYDAY_MARKS_PER_1000_WORDS})`);
  }
  if (recall(figures) < MIN_RECALL[figures.group]) {
    found.push(
      `recall ${recall(figures).toFixed(2)} (at least ${MIN_RECALL[figures.group]}), missed: ${figures.wantedMissed.join(', ')}`,
    );
  }
  return found;
}

/** One line per group: pages, words, marks, marks per 1,000 words, wrong-sense marks, recall, failing pages. */
export function summaryTable(all: readonly PageFigures[]): string {
  const groups: SenseGroup[] = ['everyday', 'other-condition', 'neuroblastoma'];
  const rows = groups.map((group) => {
    const pages = all.filter((figures) => figures.group === group);
    const sum = (pick: (figures: PageFigures) => number) => pages.reduce((total, figures) => total + pick(figures), 0);
    const found = sum((figures) => figures.wantedFound.length);
    const wanted = found + sum((figures) => figures.wantedMissed.length);
    return [
      group,
      String(pages.length),
      String(sum((figures) => figures.words)),
      String(sum((figures) => figures.marks)),
      marksPer1000Words({ marks: sum((figures) => figures.marks), words: sum((figures) => figures.words) }).toFixed(2),
      String(sum((figures) => figures.wrongSense.length)),
      wanted === 0 ? '-' : `${(found / wanted).toFixed(3)} (${found}/${wanted})`,
      String(pages.filter((figures) => failures(figures).length > 0).length),
    ];
  });
  const header = ['group', 'pages', 'words', 'marks', 'marks/1k words', 'wrong-sense marks', 'recall', 'failing'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** One line per failing page: its path and why it fails. */
export function failingPages(all: readonly PageFigures[]): string {
  return all
    .flatMap((figures) => {
      const reasons = failures(figures);
      return reasons.length > 0 ? [`${figures.path}: ${reasons.join('; ')}`] : [];
    })
    .join('\n');
}
