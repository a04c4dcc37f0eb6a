/**
 * Validates the fields that say where an entry is explained and in which
 * sense: scope, evidence, formsOnlyOn, notWhen and inNeuroblastoma (see
 * GlossaryEntry). Problems go through the same report as the other fields.
 */
import type { GlossaryEntry } from '../runtime/entry';
import { PAGE_TOPICS, type PageTopic, SCOPES, TOPICS } from '../runtime/topic';
import { gradeLevel, words } from './readability';

export const SENSE_FIELDS = ['scope', 'evidence', 'formsOnlyOn', 'formsNear', 'notWhen', 'inNeuroblastoma'] as const;
/**
 * A short form that needs a neighbour: one word of 2 to 6 letters or digits
 * that starts with a capital, such as "OS", "VGPR", "Hb" or "Hgb".
 */
const SHORT_FORM = /^[A-Z][A-Za-z0-9]{1,5}$/;
export const NEUROBLASTOMA_LINE_LIMITS = { words: 35, grade: 8 } as const;

type Report = (field: string | null, message: string) => void;
type SenseFields = Pick<GlossaryEntry, (typeof SENSE_FIELDS)[number]>;

export function validateSenseFields(value: Record<string, unknown>, report: Report): SenseFields | null {
  let problemCount = 0;
  const counted: Report = (field, message) => {
    problemCount++;
    report(field, message);
  };
  const scope = oneOf(SCOPES, value.scope);
  if (!scope) counted('scope', `must be one of ${SCOPES.join(', ')}`);
  const evidence = value.evidence === undefined ? undefined : oneOf(TOPICS, value.evidence);
  if (value.evidence !== undefined && !evidence) counted('evidence', `must be one of ${TOPICS.join(', ')}`);
  const formsOnlyOn = checkFormsOnlyOn(value.formsOnlyOn, counted);
  const formsNear = checkFormsNear(value.formsNear, counted);
  const notWhen = value.notWhen === undefined ? undefined : checkPhrases(value.notWhen, counted);
  const inNeuroblastoma = checkNeuroblastomaLine(value.inNeuroblastoma, counted);
  if (problemCount > 0 || !scope) return null;
  return {
    scope,
    ...(evidence ? { evidence } : {}),
    ...(formsOnlyOn ? { formsOnlyOn } : {}),
    ...(formsNear ? { formsNear } : {}),
    ...(notWhen ? { notWhen } : {}),
    ...(inNeuroblastoma ? { inNeuroblastoma } : {}),
  };
}

function checkFormsOnlyOn(value: unknown, report: Report): Partial<Record<PageTopic, string[]>> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('formsOnlyOn', `must be an object whose keys are topics (${PAGE_TOPICS.join(', ')})`);
    return undefined;
  }
  const result: Partial<Record<PageTopic, string[]>> = {};
  for (const [key, forms] of Object.entries(value)) {
    const topic = oneOf(PAGE_TOPICS, key);
    if (!topic) report('formsOnlyOn', `"${key}" is not a topic (${PAGE_TOPICS.join(', ')})`);
    else if (!isTextList(forms) || forms.length === 0) {
      report('formsOnlyOn', `"${key}" must list at least one form`);
    } else result[topic] = forms;
  }
  return result;
}

function checkFormsNear(value: unknown, report: Report): Record<string, string[]> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('formsNear', 'must be an object from a short form to the ids of the entries it must stand near');
    return undefined;
  }
  const result: Record<string, string[]> = {};
  for (const [form, ids] of Object.entries(value)) {
    if (!SHORT_FORM.test(form))
      report(
        'formsNear',
        `"${form}" must be a short form of 2 to 6 letters or digits starting with a capital, such as "OS" or "Hb"`,
      );
    else if (!isTextList(ids) || ids.length === 0)
      report('formsNear', `"${form}" must list the ids of entries it stands near`);
    else result[form] = ids;
  }
  return result;
}

function checkPhrases(value: unknown, report: Report): string[] | undefined {
  if (!isTextList(value) || value.length === 0) {
    report('notWhen', 'must be a non-empty array of phrases');
    return undefined;
  }
  return value;
}

function checkNeuroblastomaLine(value: unknown, report: Report): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() !== value || value.length === 0) {
    report('inNeuroblastoma', 'must be a non-empty string without spaces at either end');
    return undefined;
  }
  const count = words(value).length;
  if (count > NEUROBLASTOMA_LINE_LIMITS.words) {
    report('inNeuroblastoma', `has ${count} words; the limit is ${NEUROBLASTOMA_LINE_LIMITS.words}`);
  }
  const grade = gradeLevel(value);
  if (grade > NEUROBLASTOMA_LINE_LIMITS.grade) {
    report('inNeuroblastoma', `reads at grade ${grade}; the limit is ${NEUROBLASTOMA_LINE_LIMITS.grade}`);
  }
  if (/^in neuroblastoma\b/i.test(value))
    report('inNeuroblastoma', 'must not start with "In neuroblastoma" (the card adds it)');
  return value;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item: unknown) => typeof item === 'string' && item.trim().length > 0);
}
