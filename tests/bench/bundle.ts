/** Builds the in-page bundle (in-page/entry.ts → one IIFE) with esbuild, the bundler tsx already brings. */
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ENTRY = resolve(import.meta.dirname, 'in-page/entry.ts');

/** Writes the bundle to `outfile` and returns its path. */
export async function buildInPageBundle(outfile: string): Promise<string> {
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
