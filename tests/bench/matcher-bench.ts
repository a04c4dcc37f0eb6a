/**
 * `npm run bench:matcher`: scan throughput of the term matcher on text built
 * from the overview document, from 100 KB to 5 MB. Goal: ≥ 50 MB/s.
 */
import { performance } from 'node:perf_hooks';
import { loadGlossary } from '../../glossary/authoring/load';
import { documentSentences } from '../../glossary/authoring/parse-document';
import { TermMatcher } from '../../glossary/runtime/matcher';

const SIZES = [100_000, 1_000_000, 5_000_000];
const MIN_RUN_MS = 1_000;

const glossary = loadGlossary();
const compileStart = performance.now();
const matcher = TermMatcher.forEntries(glossary.entries.map((entry) => entry.forms));
const compileMs = performance.now() - compileStart;
const sentences = documentSentences(glossary.document).map(({ sentence }) => sentence);

function textOfSize(size: number): string {
  let text = '';
  for (let index = 0; text.length < size; index++) {
    text += `${sentences[index % sentences.length]}${index % 5 === 4 ? '\n' : ' '}`;
  }
  return text.slice(0, size);
}

function measure(text: string): { mbPerSecond: number; matches: number } {
  let matches = 0;
  const count = () => {
    matches++;
  };
  matcher.scan(text, count); // warm up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_RUN_MS) {
    matches = 0;
    matcher.scan(text, count);
    runs++;
    elapsed = performance.now() - start;
  }
  return { mbPerSecond: (text.length * runs) / 1e6 / (elapsed / 1000), matches };
}

console.log(`Matcher compiled from ${glossary.entries.length} entries in ${compileMs.toFixed(2)} ms`);
console.log('text size | matches | MB/s');
for (const size of SIZES) {
  const { mbPerSecond, matches } = measure(textOfSize(size));
  console.log(`${(size / 1e6).toFixed(1).padStart(6)} MB | ${String(matches).padStart(7)} | ${mbPerSecond.toFixed(1)}`);
}
