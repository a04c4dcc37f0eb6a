/**
 * The project's import graph, read from source text: which module each file
 * imports. Enough for boundary rules; relative specifiers are resolved the way
 * Vite and TypeScript resolve them here (extension optional, `?inline` dropped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const SOURCE = /\.(?:ts|tsx|css)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

/** Source files by repository-relative path (forward slashes). */
export type SourceTree = ReadonlyMap<string, string>;

export function readSourceTree(root: string, folders: readonly string[]): Map<string, string> {
  const tree = new Map<string, string>();
  const visit = (dir: string) => {
    for (const item of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, item.name);
      if (item.isDirectory()) visit(path);
      else if (SOURCE.test(item.name)) tree.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  for (const folder of folders) visit(folder);
  return tree;
}

/** Every module specifier a file imports or re-exports. */
export function specifiersOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '');
}

/** The tree path a relative specifier names, or the specifier itself for packages and virtual modules. */
export function resolveSpecifier(tree: SourceTree, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.split('?')[0] ?? ''));
  return RESOLVE_SUFFIXES.map((suffix) => base + suffix).find((path) => tree.has(path)) ?? base;
}

/** The files reachable from `start` through relative imports, each with the chain that reaches it. */
export function reachableFrom(tree: SourceTree, start: string): Map<string, readonly string[]> {
  const chains = new Map<string, readonly string[]>([[start, [start]]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(file) ?? [file];
    for (const specifier of specifiersOf(tree.get(file) ?? '')) {
      const target = resolveSpecifier(tree, file, specifier);
      if (chains.has(target)) continue;
      chains.set(target, [...chain, target]);
      if (tree.has(target)) queue.push(target);
    }
  }
  return chains;
}
