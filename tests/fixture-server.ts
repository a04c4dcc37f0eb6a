/** Serves tests/fixtures, with Preact's ES modules under /vendor/preact/ (for the Preact fixture apps). */
import { resolve } from 'node:path';
import { type StaticServer, serveDirectory } from '../scripts/static-server';

export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');
const PREACT_DIR = resolve(import.meta.dirname, '../node_modules/preact');

export function serveFixtures(): Promise<StaticServer> {
  return serveDirectory(FIXTURES_DIR, { '/vendor/preact/': PREACT_DIR });
}

export type { StaticServer };
