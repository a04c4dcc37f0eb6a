/**
 * The observable contract that tests and benchmarks read from a page's own
 * world: highlight names beginning with "medterm" and the "medterm:ready"
 * performance mark. Only a build made with MEDTERM_TEST_CONTRACT=1 in the
 * environment of `wxt build` exposes it (`npm test` and `npm run bench` build
 * that way); a shipped build has neither, so no site can tell that a family
 * uses a cancer glossary. wxt.config.ts defines the value at build time.
 */
export const EXPOSES_TEST_CONTRACT: boolean = import.meta.env.MEDTERM_TEST_CONTRACT === '1';

export const READY_MARK = 'medterm:ready';

/**
 * Records the ready mark once per document, in a test build only: a frame's
 * first look may record it (nothing to mark) before the explainer loads there.
 */
export function markReady(): void {
  if (EXPOSES_TEST_CONTRACT && performance.getEntriesByName(READY_MARK, 'mark').length === 0) {
    performance.mark(READY_MARK);
  }
}
