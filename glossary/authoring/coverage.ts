/**
 * Finds medical-looking words in the document that no glossary entry covers,
 * so the glossary's authors see what a parent might still stumble on.
 */

import type { TermMatcher } from '../runtime/matcher';
import type { DocumentSentence } from './parse-document';

export interface UncoveredWord {
  readonly word: string;
  readonly count: number;
  /** The first sentence it appears in. */
  readonly example: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

const MEDICAL_SUFFIX =
  /(?:omas?|itis|a?emi[ac]s?|oses|osis|otic|ectomy|otomy|ology|ologists?|ological|therap(?:y|ies|eutic)|blasts?|plas(?:ia|ms?|tic)|cytes?|cytic|genic|static|stases|stasis|ectal|ias?is|opathy|algia|uria|ative)$/;
const MEDICAL_PREFIX =
  /^(?:neuro|onco|h?a?emat|immun|chemo|cardi|nephr|hepat|metasta|carcin|leuk|lymph|myel|retino|adren|p(?:a)?ediatr|diagnos|prognos|symptom|patho|radi|transplant|antibod|surg|tumou?r|renal|spin|marrow|biops|relaps|recurr|remiss|infan|organ|tissue|glands?|nodul|intraven|malign|benign)/;
const MEDICAL_WORDS = new Set([
  'abdomen',
  'abdominal',
  'anemia',
  'bone',
  'bones',
  'bruising',
  'cancer',
  'cancers',
  'cells',
  'distension',
  'fatigue',
  'fever',
  'fevers',
  'kidney',
  'kidneys',
  'limping',
  'liver',
  'lump',
  'lumps',
  'medications',
  'pallor',
  'pelvis',
  'skin',
  'swelling',
]);

export function looksMedical(word: string): boolean {
  const lower = word.toLowerCase();
  const letters = word.replace(/[^\p{L}]/gu, '');
  const symbol = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const mixesDigits = /\p{L}/u.test(word) && /\d/.test(word);
  return symbol || mixesDigits || MEDICAL_WORDS.has(lower) || MEDICAL_SUFFIX.test(lower) || MEDICAL_PREFIX.test(lower);
}

export function uncoveredMedicalWords(sentences: readonly DocumentSentence[], matcher: TermMatcher): UncoveredWord[] {
  const found = new Map<string, { count: number; example: string }>();
  for (const { sentence } of sentences) {
    const covered = matcher.findAll(sentence);
    for (const token of sentence.matchAll(WORD)) {
      const start = token.index;
      const end = start + token[0].length;
      if (!looksMedical(token[0]) || covered.some((match) => match.start < end && start < match.end)) continue;
      const word = token[0].toLowerCase();
      const seen = found.get(word);
      if (seen) seen.count++;
      else found.set(word, { count: 1, example: sentence });
    }
  }
  return [...found].map(([word, { count, example }]) => ({ word, count, example }));
}
