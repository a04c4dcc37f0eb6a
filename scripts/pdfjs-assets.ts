/**
 * The files pdf.js's worker loads at run time, copied into the build under
 * /pdfjs/: character maps and standard fonts for PDFs that do not embed
 * theirs, and the JavaScript image decoders (the reader runs pdf.js without
 * WebAssembly). The reader's pdf-document.ts points pdf.js at them.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PDFJS_DIR = resolve(import.meta.dirname, '../node_modules/pdfjs-dist');
const FOLDERS: Record<string, (name: string) => boolean> = {
  cmaps: () => true,
  standard_fonts: () => true,
  wasm: (name) => name.endsWith('_nowasm_fallback.js') || name.startsWith('LICENSE_'),
};

export async function pdfjsAssets(): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const lists = await Promise.all(
    Object.entries(FOLDERS).map(async ([folder, wanted]) => {
      const names = (await readdir(join(PDFJS_DIR, folder))).filter(wanted);
      return names.map((name) => ({
        absoluteSrc: join(PDFJS_DIR, folder, name),
        relativeDest: `pdfjs/${folder}/${name}`,
      }));
    }),
  );
  return [{ absoluteSrc: join(PDFJS_DIR, 'LICENSE'), relativeDest: 'pdfjs/LICENSE' }, ...lists.flat()];
}
