/**
 * Compiles the curated entries against the overview document: validates every
 * entry, checks the glossary as a whole (unique ids and forms, related links,
 * document mentions) and links each entry to the sentences that mention it.
 * Pure: file reading lives in load.ts, so this runs anywhere.
 */

import type { CompiledEntry, CompiledGlossary, EntrySource, GlossaryEntry } from '../runtime/entry';
import { TermMatcher } from '../runtime/matcher';
import { normalizeText } from '../runtime/normalize';
import { defaultEvidence } from '../runtime/topic';
import { type DocumentSentence, documentSentences, parseDocument } from './parse-document';
import { GlossaryProblem, validateEntryFile } from './schema';
import { checkCuesAgainstForms, checkNotWhen, formsOf, readTopicCues } from './sense-checks';

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export class GlossaryBuildError extends Error {
  constructor(readonly problems: readonly GlossaryProblem[]) {
    super(`The glossary has ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'GlossaryBuildError';
  }
}

interface LocatedEntry {
  readonly file: string;
  readonly entry: GlossaryEntry;
}

/** Builds the glossary, or throws a GlossaryBuildError listing every problem found. */
export function buildGlossary(
  documentFile: SourceFile,
  entryFiles: readonly SourceFile[],
  cuesFile?: SourceFile,
): CompiledGlossary {
  const problems: GlossaryProblem[] = [];
  const located = entryFiles.flatMap((file) => readEntryFile(file, problems));
  checkUniqueIds(located, problems);
  const formOwners = checkUniqueForms(located, problems);
  checkRelated(located, problems);
  for (const { file, entry } of located) checkNotWhen(file, entry, problems);
  const topicCues = readTopicCues(cuesFile, problems);
  if (cuesFile) checkCuesAgainstForms(cuesFile.path, topicCues, formOwners, problems);

  const document = parseDocument(documentFile.text);
  const sources = findSources(
    located.map(({ entry }) => entry),
    documentSentences(document),
  );
  located.forEach(({ file, entry }, index) => {
    const mentioned = (sources[index]?.length ?? 0) > 0;
    if (!mentioned && !entry.addition) {
      const message = `the document (${documentFile.path}) never mentions it or its forms; mark it "addition": true if it is deliberately extra`;
      problems.push(new GlossaryProblem(file, entry.id, 'term', message));
    }
    if (mentioned && entry.addition) {
      const message = `is true, but the document mentions it: "${sources[index]?.[0]?.sentence}"`;
      problems.push(new GlossaryProblem(file, entry.id, 'addition', message));
    }
  });
  if (problems.length > 0) throw new GlossaryBuildError(problems);

  const entries = located.map(({ entry }, index) => compileEntry(entry, sources[index] ?? []));
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { document, entries, topicCues };
}

function readEntryFile(file: SourceFile, problems: GlossaryProblem[]): LocatedEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    problems.push(
      new GlossaryProblem(
        file.path,
        null,
        null,
        `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
    return [];
  }
  const category = file.path.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  const result = validateEntryFile(file.path, category, data);
  problems.push(...result.problems);
  return result.entries.map((entry) => ({ file: file.path, entry }));
}

function checkUniqueIds(located: readonly LocatedEntry[], problems: GlossaryProblem[]): void {
  const seen = new Map<string, string>();
  for (const { file, entry } of located) {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, file);
    else problems.push(new GlossaryProblem(file, entry.id, 'id', `is used twice (also in ${first})`));
  }
}

/** Checks that no form is claimed twice; returns each folded form's entry id. */
function checkUniqueForms(located: readonly LocatedEntry[], problems: GlossaryProblem[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const { file, entry } of located) {
    for (const { form, field } of formsOf(entry)) {
      const key = normalizeText(form);
      const claimedBy = owner.get(key);
      if (claimedBy === undefined) owner.set(key, entry.id);
      else if (claimedBy === entry.id)
        problems.push(new GlossaryProblem(file, entry.id, field, `"${form}" is listed twice`));
      else problems.push(new GlossaryProblem(file, entry.id, field, `"${form}" is already a form of "${claimedBy}"`));
    }
  }
  return owner;
}

/** Ids named in `related` and `formsNear` must be entries. */
function checkRelated(located: readonly LocatedEntry[], problems: GlossaryProblem[]): void {
  const ids = new Set(located.map(({ entry }) => entry.id));
  for (const { file, entry } of located) {
    for (const id of entry.related) {
      if (!ids.has(id)) problems.push(new GlossaryProblem(file, entry.id, 'related', `"${id}" is not an entry id`));
    }
    for (const [form, near] of Object.entries(entry.formsNear ?? {})) {
      for (const id of near.filter((other) => !ids.has(other))) {
        problems.push(
          new GlossaryProblem(file, entry.id, 'formsNear', `"${form}" names "${id}", which is not an entry id`),
        );
      }
    }
  }
}

/** For each entry, the document sentences that mention it, in reading order, each once. */
function findSources(entries: readonly GlossaryEntry[], sentences: readonly DocumentSentence[]): EntrySource[][] {
  const matcher = TermMatcher.forEntries(
    entries.map((entry) => [entry.term, ...entry.forms, ...Object.values(entry.formsOnlyOn ?? {}).flat()]),
  );
  const sources = entries.map((): EntrySource[] => []);
  for (const { section, sentence } of sentences) {
    matcher.scan(sentence, (_start, _end, entry) => {
      const list = sources[entry];
      if (list && !list.some((source) => source.sentence === sentence)) list.push({ section, sentence });
    });
  }
  return sources;
}

function compileEntry(entry: GlossaryEntry, sources: readonly EntrySource[]): CompiledEntry {
  return {
    id: entry.id,
    term: entry.term,
    category: entry.category,
    forms: [entry.term, ...entry.forms],
    definition: entry.definition,
    detail: entry.detail,
    parentNote: entry.parentNote ?? null,
    pronunciation: entry.pronunciation,
    sources,
    related: entry.related,
    addition: entry.addition === true,
    scope: entry.scope,
    evidence: entry.evidence ?? defaultEvidence(entry.scope),
    formsOnlyOn: {
      health: entry.formsOnlyOn?.health ?? [],
      cancer: entry.formsOnlyOn?.cancer ?? [],
      neuroblastoma: entry.formsOnlyOn?.neuroblastoma ?? [],
    },
    formsNear: entry.formsNear ?? {},
    notWhen: entry.notWhen ?? [],
    inNeuroblastoma: entry.inNeuroblastoma ?? null,
    questions: entry.questions ?? [],
  };
}
