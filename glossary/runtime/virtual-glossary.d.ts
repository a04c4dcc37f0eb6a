/** The compiled glossary, provided at build time by glossary/vite-plugin.ts. */
declare module 'virtual:medterm-glossary' {
  const glossary: import('./entry').CompiledGlossary;
  export default glossary;
  /** The matcher's trie over every form of every sense target, in target order (see senses.ts; TermMatcher.fromData). */
  export const matcherData: import('./trie').TrieData;
}
