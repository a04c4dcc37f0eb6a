/**
 * Bundles the compiled glossary into the extension at build time as the
 * module `virtual:medterm-glossary`, so there is no generated copy to drift
 * and a malformed entry fails the build.
 */
import type { Plugin } from 'vite';
import { glossarySourcePaths, loadGlossary } from './load';

const MODULE_ID = 'virtual:medterm-glossary';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function glossaryPlugin(): Plugin {
  return {
    name: 'medterm-glossary',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const path of glossarySourcePaths()) this.addWatchFile(path);
      return `export default ${JSON.stringify(loadGlossary())};`;
    },
  };
}
