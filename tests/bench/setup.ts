/** What every bench run needs first: the built extension and the generated pages on disk. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOCUMENT_FILE, loadGlossary } from '../../glossary/authoring/load';
import { parseDocument } from '../../glossary/authoring/parse-document';
import { TermMatcher } from '../../glossary/runtime/matcher';
import { APPENDED_PARAGRAPH, generatePage, type PageSpec } from './page-generator';
import type { PageInfo } from './results';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Git-ignored. */
export const OUT_DIR = join(ROOT, 'bench-results');
export const PAGES_DIR = join(OUT_DIR, 'pages');

export const PAGES: readonly PageSpec[] = [
  { name: 'tiny', textChars: 2_000, density: 'dense' },
  { name: 'frames', textChars: 2_000, density: 'dense', adFrames: 20 },
  { name: '100kb', textChars: 100_000, density: 'dense' },
  { name: 'sparse-1mb', textChars: 1_000_000, density: 'sparse' },
  { name: '1mb', textChars: 1_000_000, density: 'dense' },
  { name: '5mb', textChars: 5_000_000, density: 'dense' },
];

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * The test build (`npm run build:test`: the bench reads the page contract), or WXT with
 * another config (e.g. the unminified one for profiles).
 */
export function buildExtension(config?: string): void {
  const args = config ? ['wxt', 'build', '-c', config] : ['npm', 'run', 'build:test'];
  log(args.join(' '));
  const [command = 'npm', ...rest] = config ? ['npx', ...args] : args;
  execFileSync(command, rest, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, MEDTERM_TEST_CONTRACT: '1' },
  });
}

/** Generates the pages into PAGES_DIR; checks the appended paragraph holds exactly its terms. */
export function writePages(specs: readonly PageSpec[]): PageInfo[] {
  const glossary = loadGlossary();
  const matcher = TermMatcher.forEntries(glossary.entries.map((entry) => entry.forms));
  const appended = matcher.findAll(APPENDED_PARAGRAPH.text).length;
  if (appended !== APPENDED_PARAGRAPH.terms) {
    throw new Error(`The appended paragraph must hold ${APPENDED_PARAGRAPH.terms} terms, it holds ${appended}`);
  }
  const source = {
    document: parseDocument(readFileSync(DOCUMENT_FILE, 'utf8')),
    isTermFree: (text: string) => matcher.findAll(text).length === 0,
  };
  mkdirSync(PAGES_DIR, { recursive: true });
  return specs.map((spec) => {
    const page = generatePage(spec, source);
    writeFileSync(join(PAGES_DIR, `${spec.name}.html`), page.html);
    return { ...spec, generatedChars: page.textChars, htmlBytes: Buffer.byteLength(page.html) };
  });
}
