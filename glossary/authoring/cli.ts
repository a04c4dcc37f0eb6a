/**
 * `npm run glossary`            prints the glossary report.
 * `npm run glossary -- --json`  prints the compiled glossary as JSON.
 * `npm run glossary -- --check` prints one line, or the problems (exit code 1).
 */
import { GlossaryBuildError } from './build';
import { loadGlossary } from './load';
import { formatReport, reportGlossary } from './report';

function main(args: readonly string[]): number {
  try {
    const glossary = loadGlossary();
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ document: glossary.document, entries: glossary.entries }, null, 2)}\n`);
    } else if (args.includes('--check')) {
      console.log(`Glossary OK: ${glossary.entries.length} entries compiled against the document.`);
    } else {
      console.log(formatReport(reportGlossary(glossary)));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof GlossaryBuildError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
