/**
 * Bundles the compiled glossary into the extension at build time as the
 * module `virtual:medterm-glossary`, so there is no generated copy to drift
 * and a malformed entry fails the build. The module also carries the
 * matcher's trie, so no frame of any page has to compile it again, and the
 * key words (runtime/key-words.ts) that tell a frame whether it could hold a term,
 * and what scanning needs of the entries (ScanData). The glossary, the trie and
 * the scan data are JSON strings that glossary/runtime/bundled.ts parses on first use:
 * a string literal costs a frame nothing until then, and JSON.parse reads
 * large data faster than object literals (https://v8.dev/blog/cost-of-javascript-2019#json).
 */
import type { Plugin } from 'vite';
import type { ScanData } from '../runtime/bundled';
import type { CompiledGlossary } from '../runtime/entry';
import { keyWordList } from '../runtime/key-words';
import { TermMatcher } from '../runtime/matcher';
import { senseTargets, type TargetForms } from '../runtime/senses';
import { glossarySourcePaths, loadGlossary } from './load';

const MODULE_ID = 'virtual:medterm-glossary';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What scanning a page needs besides the trie, so that it never parses the whole glossary (see ScanData). */
function scanData(glossary: CompiledGlossary, targets: readonly TargetForms[]): ScanData {
  return {
    targets: targets.map(({ target }) => target),
    entryIds: glossary.entries.map(({ id }) => id),
    everyday: glossary.entries.flatMap((entry, index) => (entry.scope === 'everyday' ? [index] : [])),
  };
}

export function glossaryPlugin(): Plugin {
  return {
    name: 'medterm-glossary',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const path of glossarySourcePaths()) this.addWatchFile(path);
      const glossary = loadGlossary();
      const targets = senseTargets(glossary.entries, glossary.topicCues);
      const matcherData = TermMatcher.forEntries(targets.map(({ forms }) => forms)).toData();
      const markable = targets.filter(({ target }) => target.entry !== null).flatMap(({ forms }) => forms);
      return [
        `export const glossaryJson = ${JSON.stringify(JSON.stringify(glossary))};`,
        `export const matcherJson = ${JSON.stringify(JSON.stringify(matcherData))};`,
        `export const keyWords = ${JSON.stringify(keyWordList(markable))};`,
        `export const scanJson = ${JSON.stringify(JSON.stringify(scanData(glossary, targets)))};`,
      ].join('\n');
    },
  };
}
