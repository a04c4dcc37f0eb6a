/**
 * The numbers the glossary's authors watch: size, readability and what the
 * document still says that no entry explains.
 */
import type { CompiledGlossary } from '../runtime/entry';
import { TermMatcher } from '../runtime/matcher';
import { searchableForms } from '../runtime/search';
import { type UncoveredWord, uncoveredMedicalWords } from './coverage';
import { documentSentences } from './parse-document';
import { gradeLevel } from './readability';

export interface GlossaryReport {
  readonly entries: number;
  readonly additions: number;
  readonly forms: number;
  readonly entriesPerCategory: Readonly<Record<string, number>>;
  readonly definitionGrade: { readonly median: number; readonly max: number; readonly maxEntry: string };
  readonly sentencesWithTerms: { readonly covered: number; readonly total: number };
  readonly uncovered: readonly UncoveredWord[];
}

export function reportGlossary(glossary: CompiledGlossary): GlossaryReport {
  const { entries } = glossary;
  const grades = entries.map((entry) => ({ id: entry.id, grade: gradeLevel(entry.definition) }));
  const sorted = [...grades].sort((a, b) => a.grade - b.grade);
  const hardest = sorted.at(-1);
  const sentences = documentSentences(glossary.document);
  // Guarded and short forms count too: the overview is about neuroblastoma, where they all apply.
  const matcher = TermMatcher.forEntries(entries.map((entry) => searchableForms(entry)));
  const entriesPerCategory: Record<string, number> = {};
  for (const entry of entries) entriesPerCategory[entry.category] = (entriesPerCategory[entry.category] ?? 0) + 1;
  return {
    entries: entries.length,
    additions: entries.filter((entry) => entry.addition).length,
    forms: entries.reduce((total, entry) => total + searchableForms(entry).length, 0),
    entriesPerCategory,
    definitionGrade: {
      median: median(sorted.map(({ grade }) => grade)),
      max: hardest?.grade ?? 0,
      maxEntry: hardest?.id ?? '',
    },
    sentencesWithTerms: {
      covered: sentences.filter(({ sentence }) => matcher.findAll(sentence).length > 0).length,
      total: sentences.length,
    },
    uncovered: uncoveredMedicalWords(sentences, matcher),
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function formatReport(report: GlossaryReport): string {
  const categories = Object.entries(report.entriesPerCategory)
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
  const uncovered =
    report.uncovered.length === 0
      ? '  none'
      : report.uncovered.map(({ word, count, example }) => `  ${word} (${count}×) — "${example}"`).join('\n');
  return [
    `Entries: ${report.entries} (${report.additions} additions not in the document)`,
    `By category: ${categories}`,
    `Forms matched: ${report.forms}`,
    `Definition reading grade: median ${report.definitionGrade.median}, max ${report.definitionGrade.max} (${report.definitionGrade.maxEntry})`,
    `Document sentences with at least one term: ${report.sentencesWithTerms.covered} of ${report.sentencesWithTerms.total}`,
    `Medical-looking words no entry covers: ${report.uncovered.length}`,
    uncovered,
  ].join('\n');
}
