/**
 * Reads the extension's observable contract from a page's own world: every
 * highlight is registered in CSS.highlights under a name starting with
 * "medterm", each range a StaticRange over exactly a term's text, and after
 * the first pass the "medterm:ready" performance mark exists. Works with a
 * Playwright Page or Frame and a Puppeteer Page (e2e, firefox, bench); every
 * read of the registry goes through readRegistry (read-registry.ts).
 */
import type { Boundary, Box, HighlightQuery, RegisteredRange, RegistryRead } from './contract-types';
import { readRegistry } from './read-registry';

export type { Box, HighlightQuery, RegisteredRange, RegistryRead } from './contract-types';

/** A page's world to evaluate in: a Playwright Page or Frame, a Puppeteer Page. */
export interface PageWorld {
  evaluate(read: typeof readRegistry, query: HighlightQuery): Promise<string>;
  evaluate(read: (boundaries: readonly Boundary[]) => void, boundaries: readonly Boundary[]): Promise<void>;
  evaluate(read: () => number): Promise<number>;
}

export const READY_MARK = 'medterm:ready';

export async function readHighlights(world: PageWorld, query: HighlightQuery = {}): Promise<RegistryRead> {
  return JSON.parse(await world.evaluate(readRegistry, query));
}

/** The medterm ranges (all names, or only `name`), in reading order. */
export async function registeredRanges(world: PageWorld, query: HighlightQuery = {}): Promise<RegisteredRange[]> {
  return [...(await readHighlights(world, query)).ranges];
}

/** Whitespace runs read as one space (how a reader sees a term that wraps in the source). */
export function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every highlighted range's { name, text } (shadow roots included), in reading order. */
export async function highlightedTerms(world: PageWorld, name?: string): Promise<{ name: string; text: string }[]> {
  const ranges = await registeredRanges(world, name === undefined ? {} : { name });
  return ranges.map((range) => ({ name: range.name, text: range.text }));
}

/** The highlighted texts (all medterm names, or only `name`), in reading order, whitespace runs as one space. */
export async function highlightedTexts(world: PageWorld, name?: string): Promise<string[]> {
  return (await highlightedTerms(world, name)).map(({ text }) => spaced(text));
}

/** The exact texts of the medterm ranges that start inside the first element matching `selector`. */
export async function highlightedTextsIn(world: PageWorld, selector: string): Promise<string[]> {
  const ranges = await registeredRanges(world, { within: selector, outside: false });
  return ranges.filter((range) => range.within === 0).map(({ text }) => text);
}

/** Names registered in CSS.highlights that start with "medterm", in registration order. */
export async function highlightNames(world: PageWorld): Promise<string[]> {
  const { registry } = await readHighlights(world, { registryOnly: true });
  return registry.map(({ name }) => name).filter((name) => name.startsWith('medterm'));
}

/** How many ranges are registered under the medterm names. */
export async function highlightCount(world: PageWorld): Promise<number> {
  const { registry } = await readHighlights(world, { registryOnly: true });
  return registry.reduce((sum, { name, size }) => (name.startsWith('medterm') ? sum + size : sum), 0);
}

/** A page function for waitForFunction (Playwright or Puppeteer): whether the first pass has finished. */
export function isReady(): boolean {
  return performance.getEntriesByName('medterm:ready').length > 0;
}

/** How many "medterm:ready" marks the page's timeline holds (read through window.__real when a page replaced it). */
export function readyMarks(world: PageWorld): Promise<number> {
  return world.evaluate(() => (window.__real?.performance ?? performance).getEntriesByName('medterm:ready').length);
}

/** The smallest box around a range's line boxes (null when it has none). */
export function boundsOf(range: RegisteredRange): Box | null {
  const [first, ...rest] = range.lines;
  if (!first) return null;
  let [left, top, right, bottom] = [first.x, first.y, first.x + first.width, first.y + first.height];
  for (const line of rest) {
    left = Math.min(left, line.x);
    top = Math.min(top, line.y);
    right = Math.max(right, line.x + line.width);
    bottom = Math.max(bottom, line.y + line.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Scrolls the element holding the range's start to the middle of the view. */
export function revealRange(world: PageWorld, range: RegisteredRange): Promise<void> {
  return world.evaluate(
    ([start]) => {
      let node: Node | null | undefined = document;
      for (const step of start?.path ?? []) node = step < 0 ? (node as Element).shadowRoot : node?.childNodes[step];
      (node instanceof Element ? node : node?.parentElement)?.scrollIntoView({ block: 'center' });
    },
    [range.start],
  );
}

/** Selects exactly the range's text, as a reader's selection. */
export function selectRange(world: PageWorld, range: RegisteredRange): Promise<void> {
  return world.evaluate(
    (boundaries) => {
      const nodes: Node[] = [];
      for (const { path } of boundaries) {
        let node: Node | null | undefined = document;
        for (const step of path) node = step < 0 ? (node as Element).shadowRoot : node?.childNodes[step];
        if (!node) throw new Error(`No node at ${path.join('/')}`);
        nodes[nodes.length] = node;
      }
      const [start, end] = boundaries;
      const [startNode, endNode] = nodes;
      if (!start || !end || !startNode || !endNode) throw new Error('A range needs two boundaries');
      getSelection()?.setBaseAndExtent(startNode, start.offset, endNode, end.offset);
    },
    [range.start, range.end],
  );
}
