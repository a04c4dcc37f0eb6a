/**
 * Glossary-wide checks of the sense data: every "notWhen" phrase holds one of
 * its entry's forms, and the topic cues file lists plain words that no entry
 * claims. Problems name the file, the entry (or cue topic) and the field.
 */
import type { GlossaryEntry, TopicCues } from '../runtime/entry';
import { TermMatcher } from '../runtime/matcher';
import { normalizeText } from '../runtime/normalize';
import { PAGE_TOPICS, type PageTopic } from '../runtime/topic';
import type { SourceFile } from './build';
import { GlossaryProblem } from './schema';

/** Every form of an entry, with the field it is listed in. */
export function formsOf(entry: GlossaryEntry): { form: string; field: string }[] {
  return [
    { form: entry.term, field: 'term' },
    ...entry.forms.map((form) => ({ form, field: 'forms' })),
    ...Object.values(entry.formsOnlyOn ?? {}).flatMap((forms) => forms.map((form) => ({ form, field: 'formsOnlyOn' }))),
    ...Object.keys(entry.formsNear ?? {}).map((form) => ({ form, field: 'formsNear' })),
    ...(entry.notWhen ?? []).map((form) => ({ form, field: 'notWhen' })),
  ];
}

/** A "notWhen" phrase must hold one of the entry's forms (a short form too) as whole words, and be longer than it. */
export function checkNotWhen(file: string, entry: GlossaryEntry, problems: GlossaryProblem[]): void {
  const own = [
    entry.term,
    ...entry.forms,
    ...Object.values(entry.formsOnlyOn ?? {}).flat(),
    ...Object.keys(entry.formsNear ?? {}),
  ];
  const matcher = TermMatcher.forEntries([own]);
  for (const phrase of entry.notWhen ?? []) {
    let found = false;
    matcher.scan(phrase, (start, end) => {
      if (end - start < phrase.length) found = true;
    });
    if (!found) {
      const message = `"${phrase}" must hold one of the entry's forms inside a longer phrase (it guards that form)`;
      problems.push(new GlossaryProblem(file, entry.id, 'notWhen', message));
    }
  }
}

const NO_CUES: TopicCues = { health: [], cancer: [], neuroblastoma: [] };

/** Reads the topic cues file: `{ "health": [...], "cancer": [...], "neuroblastoma": [...] }`. */
export function readTopicCues(file: SourceFile | undefined, problems: GlossaryProblem[]): TopicCues {
  if (!file) return NO_CUES;
  const fail = (topic: string | null, message: string) => {
    problems.push(new GlossaryProblem(file.path, topic && `cues for ${topic}`, null, message));
    return NO_CUES;
  };
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return fail(null, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(null, `must hold an object with the keys ${PAGE_TOPICS.join(', ')}`);
  }
  const cues: Record<PageTopic, string[]> = { health: [], cancer: [], neuroblastoma: [] };
  for (const [key, words] of Object.entries(data)) {
    const topic = PAGE_TOPICS.find((candidate) => candidate === key);
    if (!topic) fail(key, `"${key}" is not a topic (${PAGE_TOPICS.join(', ')})`);
    else if (!Array.isArray(words) || !words.every((word: unknown) => typeof word === 'string' && word.trim() !== '')) {
      fail(topic, 'must be an array of non-empty words');
    } else cues[topic] = words;
  }
  return cues;
}

/** Cue words must not be entry forms (a cue is a word no card explains). */
export function checkCuesAgainstForms(
  file: string,
  cues: TopicCues,
  formOwners: ReadonlyMap<string, string>,
  problems: GlossaryProblem[],
): void {
  const seen = new Set<string>();
  for (const topic of PAGE_TOPICS) {
    for (const word of cues[topic]) {
      const key = normalizeText(word);
      const owner = formOwners.get(key);
      if (owner)
        problems.push(new GlossaryProblem(file, `cues for ${topic}`, null, `"${word}" is a form of "${owner}"`));
      else if (seen.has(key))
        problems.push(new GlossaryProblem(file, `cues for ${topic}`, null, `"${word}" is listed twice`));
      seen.add(key);
    }
  }
}
