/** The compiled glossary, provided at build time by glossary/vite-plugin.ts. */
declare module 'virtual:medterm-glossary' {
  const glossary: import('./build').CompiledGlossary;
  export default glossary;
}
