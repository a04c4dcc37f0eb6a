/** The compiled glossary, provided at build time by glossary/authoring/vite-plugin.ts. */
declare module 'virtual:medterm-glossary' {
  /** The compiled glossary (CompiledGlossary) as JSON. */
  export const glossaryJson: string;
  /** The matcher's trie over every form of every sense target, in target order (see senses.ts; TrieData for TermMatcher.fromData), as JSON. */
  export const matcherJson: string;
  /** The key words of every form that can be marked (see key-words.ts), space-separated. */
  export const keyWords: string;
  /** What scanning needs of the entries (ScanData in bundled.ts), as JSON. */
  export const scanJson: string;
}
