/**
 * The curated entry format and its validation. Each problem becomes one
 * message naming the file, the entry and the field, so a typo in a glossary
 * file fails the build with a message that says exactly where to look.
 */
import { CATEGORIES, type Category, type GlossaryEntry } from '../runtime/entry';
import { checkQuestions } from './questions-schema';
import { gradeLevel, sentenceCount, words } from './readability';
import { SENSE_FIELDS, validateSenseFields } from './sense-schema';

export const LIMITS = {
  definitionWords: 25,
  definitionGrade: 8,
  detailSentences: { min: 2, max: 4 },
  /** Forms shorter than this match only when written in capitals (gene symbols, abbreviations). */
  minimumFormLength: 4,
  minimumCapitalsFormLength: 3,
} as const;

const REQUIRED_TEXT = ['id', 'term', 'definition', 'detail', 'pronunciation'] as const;
const FIELDS = new Set<string>([
  ...REQUIRED_TEXT,
  ...SENSE_FIELDS,
  'category',
  'forms',
  'related',
  'parentNote',
  'addition',
  'questions',
]);
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRONUNCIATION = /^[a-zA-Z' ]+(?:-[a-zA-Z' ]+)*$/;
const FORM_EDGES = /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;

/** A problem found in one place of the glossary. */
export class GlossaryProblem {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly field: string | null,
    readonly message: string,
  ) {}

  toString(): string {
    const where = [this.file, this.entry && `entry "${this.entry}"`, this.field && `field "${this.field}"`];
    return `${where.filter(Boolean).join(': ')}: ${this.message}`;
  }
}

/** Validates one parsed entry file; returns the well-formed entries and the problems found. */
export function validateEntryFile(
  file: string,
  category: string,
  data: unknown,
): { entries: GlossaryEntry[]; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  if (!isCategory(category)) {
    const message = `file name must be a category (${CATEGORIES.join(', ')})`;
    return { entries: [], problems: [new GlossaryProblem(file, null, null, message)] };
  }
  if (!Array.isArray(data)) {
    return { entries: [], problems: [new GlossaryProblem(file, null, null, 'must hold a JSON array of entries')] };
  }
  const entries: GlossaryEntry[] = [];
  data.forEach((value: unknown, index) => {
    const label = isRecord(value) && typeof value.id === 'string' ? value.id : `#${index + 1}`;
    const report = (field: string | null, message: string) =>
      problems.push(new GlossaryProblem(file, label, field, message));
    const entry = validateEntry(value, category, report);
    if (entry) entries.push(entry);
  });
  return { entries, problems };
}

type Report = (field: string | null, message: string) => void;

function validateEntry(value: unknown, category: Category, report: Report): GlossaryEntry | null {
  if (!isRecord(value)) {
    report(null, 'must be an object');
    return null;
  }
  let problemCount = 0;
  const counted: Report = (field, message) => {
    problemCount++;
    report(field, message);
  };
  for (const field of Object.keys(value)) if (!FIELDS.has(field)) counted(field, 'unknown field');
  const [id, term, definition, detail, pronunciation] = REQUIRED_TEXT.map((field) =>
    checkText(value[field], field, counted),
  );
  if (value.category !== category) counted('category', `must be "${category}", the category of its file`);
  const forms = checkTextList(value.forms, 'forms', counted);
  const related = checkTextList(value.related, 'related', counted);
  const parentNote = value.parentNote === undefined ? undefined : checkText(value.parentNote, 'parentNote', counted);
  if (value.addition !== undefined && value.addition !== true) counted('addition', 'must be true when present');
  const questions = checkQuestions(value.questions, counted);
  const sense = validateSenseFields(value, counted);
  if (problemCount > 0 || !sense || !id || !term || !definition || !detail || !pronunciation) return null;

  if (!KEBAB_CASE.test(id)) counted('id', 'must be kebab-case (lowercase words joined by "-")');
  if (!PRONUNCIATION.test(pronunciation) || pronunciation === pronunciation.toLowerCase()) {
    counted('pronunciation', 'must be a respelling like "noor-oh-blas-TOH-muh" with the stressed syllable in capitals');
  }
  checkDefinition(definition, counted);
  const detailSentences = sentenceCount(detail);
  const { min, max } = LIMITS.detailSentences;
  if (detailSentences < min || detailSentences > max) {
    counted('detail', `has ${detailSentences} sentences; write ${min} to ${max}`);
  }
  checkForm(term, 'term', counted);
  for (const form of forms) checkForm(form, 'forms', counted);
  for (const guarded of Object.values(sense.formsOnlyOn ?? {}))
    for (const form of guarded) checkForm(form, 'formsOnlyOn', counted);
  if (related.includes(id)) counted('related', 'must not list the entry itself');
  if (problemCount > 0) return null;
  return {
    id,
    term,
    category,
    forms,
    definition,
    detail,
    pronunciation,
    related,
    ...sense,
    ...(parentNote ? { parentNote } : {}),
    ...(value.addition === true ? { addition: true } : {}),
    ...(questions ? { questions } : {}),
  };
}

function checkDefinition(definition: string, report: Report): void {
  const count = words(definition).length;
  if (count > LIMITS.definitionWords) {
    report('definition', `has ${count} words; the limit is ${LIMITS.definitionWords}`);
  }
  const grade = gradeLevel(definition);
  if (grade > LIMITS.definitionGrade) {
    report(
      'definition',
      `reads at grade ${grade}; the limit is ${LIMITS.definitionGrade} (use shorter words and sentences)`,
    );
  }
}

function checkForm(form: string, field: string, report: Report): void {
  if (!FORM_EDGES.test(form)) report(field, `"${form}" must begin and end with a letter or digit`);
  const capitals = form !== form.toLowerCase() && form === form.toUpperCase();
  const minimum = capitals ? LIMITS.minimumCapitalsFormLength : LIMITS.minimumFormLength;
  if (form.length < minimum) {
    report(
      field,
      `"${form}" is too short to match safely (at least ${minimum} characters${capitals ? '' : ', or all capitals'})`,
    );
  }
}

function checkText(value: unknown, field: string, report: Report): string | null {
  if (value === undefined) report(field, 'is missing');
  else if (typeof value !== 'string' || value.trim().length === 0) report(field, 'must be a non-empty string');
  else if (value !== value.trim()) report(field, 'must not start or end with spaces');
  else return value;
  return null;
}

function checkTextList(value: unknown, field: string, report: Report): string[] {
  if (value === undefined) {
    report(field, 'is missing');
    return [];
  }
  if (!isTextList(value)) {
    report(field, 'must be an array of non-empty strings');
    return [];
  }
  return value;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item: unknown) => typeof item === 'string' && item.trim().length > 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
