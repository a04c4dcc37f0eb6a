/**
 * pdf.js, set up for the reader: the worker and the files it needs come from
 * the extension itself (no CDN), and nothing in a PDF runs or loads by
 * itself: no scripting sandbox, no annotation layer (so no forms and no
 * links), no XFA, no WebAssembly (pdf.js falls back to its JavaScript image
 * decoders, so the pages need no 'wasm-unsafe-eval').
 */
import { GlobalWorkerOptions, getDocument, PasswordException, type PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';

// The worker is copied into the build, patched, by scripts/pdfjs-assets.ts.
GlobalWorkerOptions.workerSrc = new URL('/pdfjs/pdf.worker.min.mjs', location.href).href;
// Pages are painted in pdf.js's renderer worker (an OffscreenCanvas), so drawing a page never blocks scrolling.
GlobalWorkerOptions.rendererSrc = rendererUrl;

/** Started as the page loads, so the worker is ready by the time the file's bytes are. */
let worker: PDFWorker | null = null;
export function startWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

/** Why a file could not be shown. */
export type LoadFailure = 'password' | 'damaged' | 'not-pdf';

export class PdfLoadError extends Error {
  constructor(readonly reason: LoadFailure) {
    super(reason);
  }
}

/** The first bytes of every PDF ("%PDF-"), looked for near the start as the specification allows. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d];
const SIGNATURE_WINDOW = 1024;

function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SIGNATURE_WINDOW) - PDF_SIGNATURE.length;
  for (let at = 0; at <= end; at++) {
    if (PDF_SIGNATURE.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

/** An open PDF and how to close it (ending pdf.js's work on it). */
export interface OpenedPdf {
  readonly pdf: PDFDocumentProxy;
  close(): Promise<void>;
}

/** The extension's own copy of a pdf.js resource folder (the reader is an extension page). */
const ownFolder = (name: string) => new URL(`/pdfjs/${name}/`, location.href).href;

/** Opens a PDF from its bytes (which pdf.js takes over); rejects with a PdfLoadError. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  if (!looksLikePdf(bytes)) throw new PdfLoadError('not-pdf');
  const task = getDocument({
    data: bytes,
    worker: startWorker(),
    cMapUrl: ownFolder('cmaps'),
    standardFontDataUrl: ownFolder('standard_fonts'),
    wasmUrl: ownFolder('wasm'),
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  // With no onPassword callback, pdf.js rejects an encrypted file with a PasswordException.
  try {
    return { pdf: await task.promise, close: () => task.destroy() };
  } catch (error) {
    throw new PdfLoadError(error instanceof PasswordException ? 'password' : 'damaged');
  }
}
