/**
 * pdf.js without imports of computed addresses, which `web-ext lint` flags
 * (UNSAFE_VAR_ASSIGNMENT) and which the reader never needs:
 * - pdf.mjs imports the worker's code on the main thread when no Worker can
 *   be started (the "fake worker"); extension pages always have Workers, so
 *   that branch becomes an error (a Vite transform of the bundled module);
 * - the worker imports a JavaScript image decoder by a computed address; it
 *   becomes one of the two literal addresses it can be (the worker is copied,
 *   patched, into the build by pdfjs-assets.ts).
 * A pattern that no longer matches fails the build: update it with pdf.js.
 */
import type { Plugin } from 'vite';

const PDFJS_MODULE = /[\\/]node_modules[\\/]pdfjs-dist[\\/]build[\\/]pdf\.mjs$/;
const FAKE_WORKER_IMPORT =
  /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);/;
const DECODER_IMPORT =
  /import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*`\$\{WasmImage\.#\w+\}\$\{this\._noWasmFilename\}`\)/;

function replaceOnce(code: string, pattern: RegExp, replacement: string, file: string): string {
  if (!pattern.test(code)) throw new Error(`${file}: ${pattern} was not found; update ${import.meta.filename}`);
  return code.replace(pattern, replacement);
}

export function pdfjsNoComputedImports(): Plugin {
  return {
    name: 'medterm-pdfjs-no-computed-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!PDFJS_MODULE.test(id)) return undefined;
      const patched = replaceOnce(
        code,
        FAKE_WORKER_IMPORT,
        'const worker = (() => { throw new Error("pdf.js runs in its worker only in MedTerm Explainer"); })();',
        id,
      );
      return { code: patched, map: null };
    },
  };
}

/** The worker's code with its image decoders imported from literal addresses (under /pdfjs/wasm/). */
export function patchWorker(code: string, file: string): string {
  return replaceOnce(
    code,
    DECODER_IMPORT,
    '(this._noWasmFilename === "jbig2_nowasm_fallback.js" ? import("/pdfjs/wasm/jbig2_nowasm_fallback.js") : import("/pdfjs/wasm/openjpeg_nowasm_fallback.js"))',
    file,
  );
}
