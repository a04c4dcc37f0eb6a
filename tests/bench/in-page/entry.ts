/**
 * The bench's in-page bundle: the scan and scan + register limits built on the
 * project's own matcher, a naive highlighter, and a runner for mark.js. Built
 * into an IIFE (see ../bundle.ts) and added to a page without the extension.
 */
import { TermMatcher } from '../../../glossary/runtime/matcher';
import {
  BENCH_GLOBAL,
  type BenchApi,
  type CappedInput,
  type CompetitorResult,
  type LimitInput,
  WORK_FUNCTION_NAME,
} from './api';

/** Text under these elements is never read (what any highlighter must skip). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
const WORD = /[\p{L}\p{N}\p{M}]/u;

function textWalker(): TreeWalker {
  return document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
}

function isSkipped(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && SKIPPED.has(parent.localName);
}

/** Runs `work` as one task of its own: a MessagePort callback named WORK_FUNCTION_NAME (see api.ts). */
function inOwnTask<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = function medtermBenchWork() {
      channel.port1.close();
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    };
    if (channel.port1.onmessage.name !== WORK_FUNCTION_NAME) throw new Error('The work function lost its name');
    channel.port2.postMessage(null);
  });
}

function compile(input: LimitInput): { matcher: TermMatcher; compileMs: number } {
  const start = performance.now();
  const matcher = TermMatcher.forEntries(input.formsPerEntry);
  return { matcher, compileMs: performance.now() - start };
}

function scanLimit(input: LimitInput): Promise<CompetitorResult> {
  const { matcher, compileMs } = compile(input);
  return inOwnTask(() => {
    let matches = 0;
    const count = () => {
      matches++;
    };
    const start = performance.now();
    const walker = textWalker();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!isSkipped(node)) matcher.scan((node as Text).data, count);
    }
    const ms = performance.now() - start;
    const forms = input.formsPerEntry.reduce((sum, forms) => sum + forms.length, 0);
    return { ms, matches, highlights: 0, finished: true, formsDone: forms, formsTotal: forms, compileMs };
  });
}

function registerLimit(input: LimitInput): Promise<CompetitorResult> {
  const { matcher, compileMs } = compile(input);
  return inOwnTask(() => registerAll(matcher, input, compileMs));
}

function registerAll(matcher: TermMatcher, input: LimitInput, compileMs: number): CompetitorResult {
  const start = performance.now();
  const highlight = new Highlight();
  const walker = textWalker();
  let current: Text | null = null;
  const register = (from: number, to: number) => {
    if (!current) return;
    highlight.add(
      new StaticRange({ startContainer: current, startOffset: from, endContainer: current, endOffset: to }),
    );
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isSkipped(node)) continue;
    current = node as Text;
    matcher.scan(current.data, register);
  }
  CSS.highlights.set('bench-limit', highlight);
  const ms = performance.now() - start;
  const forms = input.formsPerEntry.reduce((sum, forms) => sum + forms.length, 0);
  const size = highlight.size;
  return { ms, matches: size, highlights: size, finished: true, formsDone: forms, formsTotal: forms, compileMs };
}

function isWordAt(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char !== '' && WORD.test(char);
}

function naive(input: CappedInput): Promise<CompetitorResult> {
  return inOwnTask(() => naiveAll(input));
}

function naiveAll({ forms, capMs }: CappedInput): CompetitorResult {
  const highlight = new Highlight();
  CSS.highlights.set('bench-naive', highlight);
  let ms = 0;
  let formsDone = 0;
  let matches = 0;
  for (const form of forms) {
    if (ms >= capMs) break;
    const start = performance.now();
    const needle = form.toLowerCase();
    const walker = textWalker();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (isSkipped(node)) continue;
      const text = node as Text;
      const haystack = text.data.toLowerCase();
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (isWordAt(haystack, at - 1) || isWordAt(haystack, end)) continue;
        highlight.add(new StaticRange({ startContainer: text, startOffset: at, endContainer: text, endOffset: end }));
        matches++;
      }
    }
    ms += performance.now() - start;
    formsDone++;
  }
  return {
    ms,
    matches,
    highlights: highlight.size,
    finished: formsDone === forms.length,
    formsDone,
    formsTotal: forms.length,
  };
}

interface MarkOptions {
  readonly accuracy: { readonly value: 'exactly'; readonly limiters: readonly string[] };
  readonly separateWordSearch: boolean;
  readonly caseSensitive: boolean;
  readonly diacritics: boolean;
  readonly done: (total: number) => void;
}
type MarkConstructor = new (context: Element) => { mark(keyword: string, options: MarkOptions): void };

/** Punctuation that may stand next to a whole word (besides whitespace and the text's ends). */
const LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '“', '”', '‘', '’', '/', '*'];

function markJs(input: CappedInput): Promise<CompetitorResult> {
  return inOwnTask(() => markAll(input));
}

function markAll({ forms, capMs }: CappedInput): CompetitorResult {
  const Mark = (globalThis as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not on the page');
  // mark.js itself searches one keyword at a time, longest first, without duplicates: do the same,
  // one call per keyword, to be able to stop at the cap.
  const keywords = [...new Set(forms.filter((form) => form.trim() !== ''))].sort((a, b) => b.length - a.length);
  const marker = new Mark(document.body);
  let ms = 0;
  let matches = 0;
  let formsDone = 0;
  let synchronous = true;
  for (const keyword of keywords) {
    if (ms >= capMs) break;
    let done = false;
    const start = performance.now();
    marker.mark(keyword, {
      accuracy: { value: 'exactly', limiters: LIMITERS },
      separateWordSearch: false,
      caseSensitive: false,
      diacritics: false,
      done: (total) => {
        matches += total;
        done = true;
      },
    });
    ms += performance.now() - start;
    synchronous &&= done;
    formsDone++;
  }
  if (!synchronous) throw new Error('mark.js finished a keyword asynchronously: its time would be wrong');
  const finished = formsDone === keywords.length;
  return { ms, matches, highlights: 0, finished, formsDone, formsTotal: keywords.length };
}

const api: BenchApi = { scanLimit, registerLimit, naive, markJs };
Object.assign(globalThis, { [BENCH_GLOBAL]: api });
