import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableFrom, readSourceTree, type SourceTree } from './import-graph';

const ROOT = join(import.meta.dirname, '..', '..');
/** Code that runs in the browser: every tab, the popup, the overview page. */
const BROWSER_FOLDERS = ['entrypoints', 'components', 'utils', 'glossary/runtime'];
/** What browser code must never reach, even through another module. */
const FORBIDDEN = [/^glossary\/authoring\//, /^tests\//, /^scripts\//, /^node:/, /^(?:fs|path|url|os|child_process)$/];

/** Each browser file that reaches a forbidden module, with the chain of imports that gets there. */
function boundaryViolations(tree: SourceTree): string[] {
  const browserFiles = [...tree.keys()].filter((path) =>
    BROWSER_FOLDERS.some((folder) => path.startsWith(`${folder}/`)),
  );
  return browserFiles.flatMap((file) =>
    [...reachableFrom(tree, file)]
      .filter(([target]) => FORBIDDEN.some((rule) => rule.test(target)))
      .map(([, chain]) => chain.join(' → ')),
  );
}

describe('browser code and build-time code', () => {
  it('keeps every browser module away from authoring code, tests, scripts and Node built-ins', () => {
    const tree = readSourceTree(ROOT, [...BROWSER_FOLDERS, 'glossary/authoring', 'scripts']);
    expect(tree.size).toBeGreaterThan(50);
    expect(boundaryViolations(tree)).toEqual([]);
  });

  it('reports a browser module that reaches the builder through another module', () => {
    const tree = new Map([
      ['components/Card.tsx', "import { helper } from '../glossary/runtime/helper';"],
      ['glossary/runtime/helper.ts', "export { buildGlossary as helper } from '../authoring/build';"],
      ['glossary/authoring/build.ts', "import { readFileSync } from 'node:fs';"],
    ]);
    expect(boundaryViolations(tree)).toEqual([
      'components/Card.tsx → glossary/runtime/helper.ts → glossary/authoring/build.ts',
      'components/Card.tsx → glossary/runtime/helper.ts → glossary/authoring/build.ts → node:fs',
      'glossary/runtime/helper.ts → glossary/authoring/build.ts',
      'glossary/runtime/helper.ts → glossary/authoring/build.ts → node:fs',
    ]);
  });
});
