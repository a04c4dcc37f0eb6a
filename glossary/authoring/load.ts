/** Reads the glossary's sources from disk and builds it (Node only: the CLI and the Vite plugin). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompiledGlossary } from '../runtime/entry';
import { buildGlossary, type SourceFile } from './build';

export const GLOSSARY_DIR = join(import.meta.dirname, '..');
export const DOCUMENT_FILE = join(GLOSSARY_DIR, 'source', 'stage-4-neuroblastoma.txt');
export const ENTRIES_DIR = join(GLOSSARY_DIR, 'entries');
export const TOPIC_CUES_FILE = join(GLOSSARY_DIR, 'topic-cues.json');

function readSource(path: string, root: string): SourceFile {
  return { path: relative(root, path), text: readFileSync(path, 'utf8') };
}

/** Every file the glossary is built from, for build tools that watch them. */
export function glossarySourcePaths(entriesDir = ENTRIES_DIR, documentFile = DOCUMENT_FILE): string[] {
  const entryFiles = readdirSync(entriesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(entriesDir, name));
  return [documentFile, TOPIC_CUES_FILE, ...entryFiles];
}

export function loadGlossary(entriesDir = ENTRIES_DIR, documentFile = DOCUMENT_FILE): CompiledGlossary {
  const root = join(GLOSSARY_DIR, '..');
  const [document, cues, ...entries] = glossarySourcePaths(entriesDir, documentFile).map((path) =>
    readSource(path, root),
  );
  if (!document) throw new Error(`Missing overview document ${documentFile}`);
  return buildGlossary(document, entries, cues);
}
