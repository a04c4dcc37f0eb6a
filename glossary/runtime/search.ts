/**
 * Glossary search for the popup and the "closest entries" card. Results come
 * in tiers, best first: the whole query is a form (through the one
 * TermMatcher), a form starts with the query, the query contains forms
 * (TermMatcher.scan), a word of a form starts with it, a form is the query
 * with a typo or two, the query names a category, and last the query's words
 * appear in a definition. No browser APIs: the popup, the content script and
 * tests share it.
 */
import type { CompiledEntry } from './entry';
import { CATEGORIES, type Category } from './entry';
import type { TermMatcher } from './matcher';
import { normalizeText } from './normalize';

const Tier = {
  Exact: 0,
  Prefix: 1,
  Contains: 2,
  WordPrefix: 3,
  Typo: 4,
  Category: 5,
  Definition: 6,
} as const;
const TIER_SIZE = 10_000;
const DEFAULT_LIMIT = 20;
/** Words too common to say anything about a definition. */
const STOP_WORDS = new Set(
  'and are but can does for from how its not that the this was what when where which who why will with you your'.split(
    ' ',
  ),
);

interface FormKey {
  /** Folded, with hyphens as spaces and apostrophes dropped: "anti gd2 antibodies". */
  readonly loose: string;
  readonly words: readonly string[];
  readonly isTerm: boolean;
}

interface IndexedEntry {
  readonly forms: readonly FormKey[];
  readonly definitionWords: readonly string[];
}

const indexes = new WeakMap<readonly CompiledEntry[], readonly IndexedEntry[]>();

/**
 * The entries that best match `query`, best first; empty for a blank query.
 * `matcher` must be built over `entries` (its match indices refer to them),
 * as glossaryMatcher() is over glossary.entries.
 */
export function searchGlossary(
  query: string,
  entries: readonly CompiledEntry[],
  matcher: TermMatcher,
  limit = DEFAULT_LIMIT,
): CompiledEntry[] {
  const loose = looseKey(query);
  if (loose.length === 0 || limit <= 0) return [];
  const index = indexOf(entries);
  const scores = new Map<number, number>();
  const offer = (entry: number, tier: number, penalty: number) => {
    const score = tier * TIER_SIZE + Math.min(penalty, TIER_SIZE - 1);
    if (score < (scores.get(entry) ?? Number.POSITIVE_INFINITY)) scores.set(entry, score);
  };

  const exact = matcher.lookup(query);
  if (exact !== undefined) offer(exact, Tier.Exact, 0);
  matcher.scan(query, (start, end, entry) => offer(entry, Tier.Contains, query.length - (end - start)));

  const queryWords = loose.split(' ');
  const meaningfulWords = queryWords.filter((word) => !isWeakWord(word));
  const category = categoryNamed(loose);
  index.forEach((indexed, entry) => {
    for (const form of indexed.forms) {
      // The entry's own term before its other forms, then the shortest completion.
      const aliasPenalty = form.isTerm ? 0 : 1000;
      if (form.loose.startsWith(loose)) offer(entry, Tier.Prefix, form.loose.length - loose.length + aliasPenalty);
      else if (wordsStartWith(form.words, queryWords)) offer(entry, Tier.WordPrefix, form.loose.length + aliasPenalty);
      const typos = typoPenalty(loose, form);
      if (typos !== null) offer(entry, Tier.Typo, typos * 2 + (form.isTerm ? 0 : 1));
    }
    if (category !== null && entries[entry]?.category === category) offer(entry, Tier.Category, 0);
    const inDefinition = (word: string) => hasWordStartingWith(indexed.definitionWords, word);
    if (meaningfulWords.length > 0 && meaningfulWords.every(inDefinition)) offer(entry, Tier.Definition, 0);
  });

  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || compareTerms(entries[a], entries[b]))
    .slice(0, limit)
    .flatMap(([entry]) => entries[entry] ?? []);
}

/** How many typos a query of this length may have and still match. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}

/** The query's distance to the form (whole, or one of its words), scaled into a penalty, or null when too far. */
function typoPenalty(query: string, form: FormKey): number | null {
  const allowed = allowedTypos(query.length);
  if (allowed === 0) return null;
  const whole = closeEnough(query, form.loose, allowed);
  if (whole !== null) return whole * 100 + Math.abs(form.loose.length - query.length);
  // A single typed word may be a misspelt word of a longer form ("marow" in "bone marrow").
  if (form.words.length > 1 && !query.includes(' ')) {
    let best: number | null = null;
    for (const word of form.words) {
      const distance = closeEnough(query, word, allowed);
      if (distance !== null && (best === null || distance < best)) best = distance;
    }
    if (best !== null) return best * 100 + 50 + form.loose.length;
  }
  // A word being typed, misspelt so far ("nuerobla" for "neurobla…").
  if (query.length >= 5 && form.loose.length > query.length) {
    const distance = closeEnough(query, form.loose.slice(0, query.length), Math.min(allowed, 1));
    if (distance !== null) return distance * 100 + 80 + form.loose.length;
  }
  return null;
}

/** The edit distance when at most `allowed`, and the first letter is right (or swapped with the second). */
function closeEnough(query: string, target: string, allowed: number): number | null {
  if (Math.abs(query.length - target.length) > allowed) return null;
  const sameStart = query[0] === target[0] || (query[0] === target[1] && query[1] === target[0]);
  if (!sameStart) return null;
  const distance = damerauLevenshtein(query, target, allowed);
  return distance <= allowed ? distance : null;
}

function wordsStartWith(formWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((word) => hasWordStartingWith(formWords, word));
}

function hasWordStartingWith(words: readonly string[], prefix: string): boolean {
  return words.some((word) => word.startsWith(prefix));
}

function isWeakWord(word: string): boolean {
  return word.length < 3 || STOP_WORDS.has(word);
}

/** The category a query names ("medicine", "symptoms"), if any. */
function categoryNamed(query: string): Category | null {
  const singular = query.endsWith('s') ? query.slice(0, -1) : query;
  return CATEGORIES.find((category) => category === query || category === singular) ?? null;
}

function compareTerms(a: CompiledEntry | undefined, b: CompiledEntry | undefined): number {
  return (a?.term ?? '').localeCompare(b?.term ?? '', 'en', { sensitivity: 'base' });
}

/** Every way a reader may type the entry, guarded and short forms included (the page marks those only in context). */
export function searchableForms(entry: CompiledEntry): string[] {
  return [...entry.forms, ...Object.values(entry.formsOnlyOn).flat(), ...Object.keys(entry.formsNear)];
}

function indexOf(entries: readonly CompiledEntry[]): readonly IndexedEntry[] {
  let index = indexes.get(entries);
  if (!index) {
    index = entries.map((entry) => ({
      forms: searchableForms(entry).map((form, position) => {
        const loose = looseKey(form);
        return { loose, words: loose.split(' '), isTerm: position === 0 };
      }),
      definitionWords: looseKey(entry.definition)
        .split(' ')
        .filter((word) => word.length > 0),
    }));
    indexes.set(entries, index);
  }
  return index;
}

/** Folded text with hyphens and punctuation as spaces and apostrophes dropped: "Wilms’ tumour" → "wilms tumour". */
export function looseKey(text: string): string {
  return normalizeText(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\p{N})\.|\.(?!\p{N})/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two
 * neighbouring letters counts as one edit). Stops early and returns
 * `limit + 1` once every path costs more than `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    let rowBest = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      }
      current[column] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
