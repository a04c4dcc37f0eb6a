/**
 * pdf.js's worker and the files it loads at run time, copied into the build
 * under /pdfjs/: the worker itself, patched (see pdfjs-static-imports.ts),
 * character maps and standard fonts for PDFs that do not embed theirs, and
 * the JavaScript image decoders (the reader runs pdf.js without
 * WebAssembly). The reader's pdf-document.ts points pdf.js at them.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { patchWorker } from './pdfjs-static-imports';

const PDFJS_DIR = resolve(import.meta.dirname, '../node_modules/pdfjs-dist');
const FOLDERS: Record<string, (name: string) => boolean> = {
  cmaps: () => true,
  standard_fonts: () => true,
  wasm: (name) => name.endsWith('_nowasm_fallback.js') || name.startsWith('LICENSE_'),
};

/** `outDir`: where the patched worker is written before it is copied into the build. */
export async function pdfjsAssets(outDir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const workerFile = join(PDFJS_DIR, 'build/pdf.worker.min.mjs');
  const worker = join(outDir, 'pdf.worker.min.mjs');
  await mkdir(outDir, { recursive: true });
  await writeFile(worker, patchWorker(await readFile(workerFile, 'utf8'), workerFile));
  const lists = await Promise.all(
    Object.entries(FOLDERS).map(async ([folder, wanted]) => {
      const names = (await readdir(join(PDFJS_DIR, folder))).filter(wanted);
      return names.map((name) => ({
        absoluteSrc: join(PDFJS_DIR, folder, name),
        relativeDest: `pdfjs/${folder}/${name}`,
      }));
    }),
  );
  return [
    { absoluteSrc: join(PDFJS_DIR, 'LICENSE'), relativeDest: 'pdfjs/LICENSE' },
    { absoluteSrc: worker, relativeDest: 'pdfjs/pdf.worker.min.mjs' },
    ...lists.flat(),
  ];
}
