/**
 * Helpers for the content-script specs: where a highlighted term is on screen,
 * the card's locator, and the card's states over time. Everything is read
 * from the page's own world, through the same contract as page-contract.ts.
 * See also content-snapshots.ts (the page's DOM with and without the
 * extension) and content-service-worker.ts (commands and settings).
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { loadGlossary } from '../../glossary/authoring/load';
import type { CompiledEntry } from '../../glossary/runtime/entry';

export type Target = Page | Frame;

/** The tag of the extension's single UI host. */
export const HOST = 'medterm-explainer';

const glossary = loadGlossary();

/** A glossary entry as compiled into the extension, for the card's expected text. */
export function entry(id: string): CompiledEntry {
  const found = glossary.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No glossary entry "${id}"`);
  return found;
}

/** The floating card inside the extension's open shadow root (locators pierce it). */
export function cardOf(scope: Page | FrameLocator): Locator {
  return scope.locator(`${HOST} .term-card`);
}

function isPage(target: Target): target is Page {
  return 'mainFrame' in target;
}

/**
 * Highlighted texts grouped by the tree that holds them: "document" for the
 * page's own tree, the shadow host's tag name for a shadow root, "detached"
 * for text no longer in the page. Within a tree, in document order;
 * whitespace runs read as one space.
 */
export function termsByTree(target: Target, name = 'medterm-dotted'): Promise<Record<string, string[]>> {
  return target.evaluate((only) => {
    const trees = new Map<Node, Range[]>();
    for (const [registered, highlight] of CSS.highlights) {
      if (registered !== only) continue;
      for (const abstract of highlight) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        const root = abstract.startContainer.getRootNode();
        const ranges = trees.get(root) ?? [];
        ranges.push(range);
        trees.set(root, ranges);
      }
    }
    const result: Record<string, string[]> = {};
    for (const [root, ranges] of trees) {
      let key = root === document ? 'document' : root instanceof ShadowRoot ? root.host.localName : 'detached';
      while (key in result) key += '+';
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      result[key] = ranges.map((range) => range.toString().replace(/\s+/g, ' '));
    }
    return result;
  }, name);
}

/** How many registered medterm ranges touch each element (selector → count; -1 when the selector matches nothing). */
export function rangesTouching(target: Target, selectors: readonly string[]): Promise<Record<string, number>> {
  return target.evaluate((list) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const abstract of highlight) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        ranges.push(range);
      }
    }
    const counts: Record<string, number> = {};
    for (const selector of list) {
      const element = document.querySelector(selector);
      counts[selector] = element ? ranges.filter((range) => range.intersectsNode(element)).length : -1;
    }
    return counts;
  }, selectors);
}

/** Every registered medterm range, and how many of them cover text no longer in the page. */
export function rangeHealth(target: Target): Promise<{ total: number; detached: number }> {
  return target.evaluate(() => {
    let total = 0;
    let detached = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('medterm')) continue;
      for (const range of highlight) {
        total++;
        if (!range.startContainer.isConnected || !range.endContainer.isConnected) detached++;
      }
    }
    return { total, detached };
  });
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The first line box of the nth highlighted range whose text is `text`,
 * scrolled into view first, in the top page's viewport coordinates.
 */
export async function termBox(target: Target, text: string, nth = 0): Promise<Box> {
  const box = await target.evaluate(
    ({ wanted, index }) => {
      const matches: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('medterm') || name === 'medterm-focus') continue;
        for (const abstract of highlight) {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          if (range.toString().replace(/\s+/g, ' ') === wanted) matches.push(range);
        }
      }
      // Ranges of different trees (shadow roots) cannot be compared; they keep their order.
      matches.sort((a, b) =>
        a.startContainer.getRootNode() === b.startContainer.getRootNode()
          ? a.compareBoundaryPoints(Range.START_TO_START, b)
          : 0,
      );
      const range = matches[index];
      if (!range) return null;
      const first = range.getClientRects()[0];
      if (!first || first.top < 0 || first.bottom > innerHeight) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
    },
    { wanted: text, index: nth },
  );
  if (!box) throw new Error(`No highlighted range reads "${text}" (occurrence ${nth})`);
  if (isPage(target)) return box;
  const frameElement = await target.frameElement();
  const frameBox = await frameElement.boundingBox();
  if (!frameBox) throw new Error('The frame is not on screen');
  return { ...box, x: box.x + frameBox.x, y: box.y + frameBox.y };
}

/** Moves the mouse onto the middle of a highlighted term (as a reader resting the pointer on it). */
export async function hoverTerm(page: Page, text: string, options: { nth?: number; frame?: Frame } = {}): Promise<Box> {
  const box = await termBox(options.frame ?? page, text, options.nth ?? 0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  return box;
}

/**
 * Waits until the page's clock has run `ms` past `since`. Only for
 * persistence checks (a card must *stay* open), where elapsed time is the
 * behaviour under test and no page event can stand in for it.
 */
export async function pageClockPasses(page: Page, since: number, ms: number): Promise<void> {
  await page.waitForFunction(([start, span]) => performance.now() >= start + span, [since, ms] as const);
}

/**
 * Starts logging, in the page's world, every change of the card's state —
 * "visible", "hidden" (fading out) or "gone" (unmounted) — and every pointer
 * move, each with its page time.
 */
export async function recordCardStates(page: Page): Promise<void> {
  await page.evaluate((hostName) => {
    const root = document.querySelector(hostName)?.shadowRoot;
    if (!root) throw new Error('The card host is not in the page');
    const log: { state: string; at: number }[] = [];
    const moves: { x: number; y: number; at: number }[] = [];
    Object.assign(window, { medtermCardLog: log, medtermPointerLog: moves });
    document.addEventListener(
      'pointermove',
      (event) => moves.push({ x: event.clientX, y: event.clientY, at: event.timeStamp }),
      {
        capture: true,
      },
    );
    const state = () => root.querySelector('.tippy-box')?.getAttribute('data-state') ?? 'gone';
    let last = state();
    log.push({ state: last, at: performance.now() });
    new MutationObserver(() => {
      const now = state();
      if (now === last) return;
      last = now;
      log.push({ state: now, at: performance.now() });
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  }, HOST);
}

export function cardStates(page: Page): Promise<{ state: string; at: number }[]> {
  return page.evaluate(() => (window as unknown as { medtermCardLog: { state: string; at: number }[] }).medtermCardLog);
}

/** The page time of the last pointer move that reached (x, y), logged since recordCardStates. */
export async function pointerArrivedAt(page: Page, x: number, y: number): Promise<number> {
  const time = await page.evaluate(
    ([atX, atY]) => {
      const moves = (window as unknown as { medtermPointerLog: { x: number; y: number; at: number }[] })
        .medtermPointerLog;
      return moves.findLast((move) => Math.abs(move.x - atX) <= 1 && Math.abs(move.y - atY) <= 1)?.at ?? null;
    },
    [x, y] as const,
  );
  if (time === null) throw new Error(`No pointer move reached ${x},${y}`);
  return time;
}
