/** What a test asks of the page's highlight registry, and what the page answers (see read-registry.ts). */

export interface HighlightQuery {
  /** Only the highlight of this name; by default every name starting with "medterm". */
  readonly name?: string;
  /** With false, leaves out the keyboard focus mark ("medterm-focus"). */
  readonly focus?: boolean;
  /** Relates each range to the outermost element matching this selector that holds its start (see `within`). */
  readonly within?: string;
  /** With false (and `within` given), leaves out ranges that start in no such element. */
  readonly outside?: boolean;
  /** Selectors of elements (the first match each) to test each range against (see `touches`). */
  readonly touching?: readonly string[];
  /** Measures each range's line boxes (viewport coordinates of the frame read). */
  readonly measure?: boolean;
  /** Reads only the registry's names and sizes, no ranges. */
  readonly registryOnly?: boolean;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A range boundary as a path from the document: child indexes, -1 stepping into a host's shadow root. */
export interface Boundary {
  readonly path: readonly number[];
  readonly offset: number;
}

export interface RegisteredRange {
  /** The highlight's name in CSS.highlights. */
  readonly name: string;
  /** The exact text the range covers (the start node's text when its offsets no longer fit). */
  readonly text: string;
  /** Whether the StaticRange's offsets still fit its nodes. */
  readonly valid: boolean;
  /** Whether both its nodes are still in the page. */
  readonly connected: boolean;
  /** The tree holding its start: "document", the nearest shadow host's tag name, or "detached". */
  readonly tree: string;
  readonly start: Boundary;
  readonly end: Boundary;
  /** Index, among the elements matching the query's `within`, of the one holding its start; -1 for none. */
  readonly within: number;
  /** Per selector of the query's `touching`: whether the range touches that element. */
  readonly touches: readonly boolean[];
  /** Its line boxes, when the query asked to measure. */
  readonly lines: readonly Box[];
}

export interface RegistryRead {
  /** Every registered highlight, the page's own included, with its number of ranges. */
  readonly registry: readonly { readonly name: string; readonly size: number }[];
  /** The ranges the query selected, in reading order (a shadow root's text where its host stands). */
  readonly ranges: readonly RegisteredRange[];
  /** Per selector of the query's `touching`: whether it matched an element. */
  readonly touchable: readonly boolean[];
  readonly viewport: { readonly width: number; readonly height: number };
}
