/**
 * Globals that fixture pages (tests/fixtures) and tests' own page scripts set
 * on window, as the tests read them from the page's world. Each exists only on
 * the page named beside it.
 */
export {};

/** A performance entry range as the trust specs log them. */
interface LoggedTask {
  start: number;
  duration: number;
}

/** A page that runs for a number of ticks and says when it is done (trust-churn.html, trust-mutations.html). */
interface TickingPage {
  ticks: number;
  done: boolean;
  startedAt: number;
  endedAt: number;
  start(ticks: number): void;
}

declare global {
  interface Window {
    /** trust-globals.html: the real platform objects, saved before the page replaced them. */
    __real?: {
      readonly CSS: { readonly highlights: HighlightRegistry };
      readonly Range: typeof Range;
      readonly performance: Performance;
      readonly getClientRects: (this: Range) => DOMRectList;
    };
    /** trust-globals.html: how often each replaced global was called. */
    __trapped: Record<string, number>;
    /** shadow.html */
    shadowDemo: { settled: boolean; pageSheet: CSSStyleSheet };
    /** portal.html */
    portal: { renders: number; messages: number; historyRenders: number };
    /** trust-churn.html */
    churn: TickingPage;
    /** trust-mutations.html */
    board: TickingPage & { mutations: number };
    /** trust-copy.html: window.getSelection().toString() at each copy event. */
    copies: string[];
    /** trust-huge.html: the long tasks the page's own PerformanceObserver saw. */
    pageLongTasks: LoggedTask[];
    /** recordLongTasks (tests/e2e/trust-helpers.ts). */
    trustLongTasks: LoggedTask[];
    /** recordHoverTimes (tests/e2e/trust-settings.spec.ts). */
    hoverTimes: { moved: number; opened: number };
    /** recordCardStates (tests/e2e/content-helpers.ts). */
    medtermCardLog: { state: string; at: number }[];
    medtermPointerLog: { x: number; y: number; at: number }[];
    /** tests/e2e/painted.ts: the highlights taken out of the registry for a screenshot. */
    __testTakenHighlights?: [string, Highlight][];
    /** tests/e2e/closed-roots.ts: the closed shadow roots found so far. */
    __testClosedRoots?: Set<ShadowRoot>;
    /** tests/e2e/closed-roots.ts: finds the document's closed shadow roots and adds them to __testClosedRoots. */
    __testRevealClosedRoots?: () => Promise<void>;
    /** tests/bench/reader-bench.ts: the longest task seen while the reader loads. */
    __longestTask?: number;
  }
}
