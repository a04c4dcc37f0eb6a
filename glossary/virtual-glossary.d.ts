declare module 'virtual:medterm-glossary' {
  import type { CompiledGlossary } from './build';

  const glossary: CompiledGlossary;
  export default glossary;
}
