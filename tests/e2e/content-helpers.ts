/**
 * Helpers for the content-script specs: where a highlighted term is on screen,
 * the card's locator, and the card's states over time. Highlights are read
 * from the page's own world through tests/contract/page-contract.ts.
 * See also content-snapshots.ts (the page's DOM with and without the
 * extension) and content-service-worker.ts (commands and settings).
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { loadGlossary } from '../../glossary/authoring/load';
import type { CompiledEntry } from '../../glossary/runtime/entry';
import { type Box, readHighlights, registeredRanges, revealRange, spaced } from '../contract/page-contract';

export type Target = Page | Frame;

const glossary = loadGlossary();

/** A glossary entry as compiled into the extension, for the card's expected text. */
export function entry(id: string): CompiledEntry {
  const found = glossary.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No glossary entry "${id}"`);
  return found;
}

/** Elements inside the extension's closed shadow root (see closed-roots.ts). */
export function inCardHost(scope: Page | FrameLocator, selector: string): Locator {
  return scope.locator(`closed-root=${selector}`);
}

/** The floating card. */
export function cardOf(scope: Page | FrameLocator): Locator {
  return inCardHost(scope, '.term-card');
}

/** The extension's hosts on the page (elements holding a closed shadow root, which plain pages here never have). */
export function hostCount(target: Target): Promise<number> {
  return target.evaluate(async () => {
    await window.__testRevealClosedRoots?.();
    return [...(window.__testClosedRoots ?? [])].filter((root) => root.host.isConnected).length;
  });
}

function isPage(target: Target): target is Page {
  return 'mainFrame' in target;
}

/**
 * Highlighted texts grouped by the tree that holds them: "document" for the
 * page's own tree, the shadow host's tag name for a shadow root (with "+"
 * for each further root of the same tag), "detached" for text no longer in
 * the page. Within a tree, in document order; whitespace runs read as one space.
 */
export async function termsByTree(target: Target, name = 'medterm-dotted'): Promise<Record<string, string[]>> {
  const keys = new Map<string, string>();
  const result: Record<string, string[]> = {};
  for (const { tree, start, text } of await registeredRanges(target, { name })) {
    // The path up to the last step into a shadow root names the root.
    const root = `${tree}@${start.path.slice(0, start.path.lastIndexOf(-1) + 1).join('/')}`;
    let key = keys.get(root);
    if (key === undefined) {
      key = tree;
      while (key in result) key += '+';
      keys.set(root, key);
      result[key] = [];
    }
    result[key]?.push(spaced(text));
  }
  return result;
}

/** How many registered medterm ranges touch each element (selector → count; -1 when the selector matches nothing). */
export async function rangesTouching(target: Target, selectors: readonly string[]): Promise<Record<string, number>> {
  const { ranges, touchable } = await readHighlights(target, { touching: selectors });
  return Object.fromEntries(
    selectors.map((selector, index) => [
      selector,
      touchable[index] ? ranges.filter(({ touches }) => touches[index]).length : -1,
    ]),
  );
}

/** Every registered medterm range, and how many of them cover text no longer in the page. */
export async function rangeHealth(target: Target): Promise<{ total: number; detached: number }> {
  const ranges = await registeredRanges(target);
  return { total: ranges.length, detached: ranges.filter(({ connected }) => !connected).length };
}

/**
 * The first line box of the nth highlighted range (focus mark left out)
 * whose text is `text`, scrolled into view first, in the top page's
 * viewport coordinates.
 */
export async function termBox(target: Target, text: string, nth = 0): Promise<Box> {
  const measured = async () => {
    const { ranges, viewport } = await readHighlights(target, { focus: false, measure: true });
    const range = ranges.filter((candidate) => spaced(candidate.text) === text)[nth];
    return { range, first: range?.lines[0], viewport };
  };
  let { range, first, viewport } = await measured();
  if (!range) throw new Error(`No highlighted range reads "${text}" (occurrence ${nth})`);
  if (!first || first.y < 0 || first.y + first.height > viewport.height) {
    await revealRange(target, range);
    ({ first } = await measured());
  }
  if (!first) throw new Error(`The highlighted range "${text}" (occurrence ${nth}) has no line box`);
  if (isPage(target)) return first;
  const frameElement = await target.frameElement();
  const frameBox = await frameElement.boundingBox();
  if (!frameBox) throw new Error('The frame is not on screen');
  return { ...first, x: first.x + frameBox.x, y: first.y + frameBox.y };
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
  await page.evaluate(async () => {
    await window.__testRevealClosedRoots?.();
    const root = [...(window.__testClosedRoots ?? [])].find((shadow) => shadow.host.isConnected);
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
  });
}

export function cardStates(page: Page): Promise<{ state: string; at: number }[]> {
  return page.evaluate(() => window.medtermCardLog);
}

/** The page time of the last pointer move that reached (x, y), logged since recordCardStates. */
export async function pointerArrivedAt(page: Page, x: number, y: number): Promise<number> {
  const time = await page.evaluate(
    ([atX, atY]) => {
      return (
        window.medtermPointerLog.findLast((move) => Math.abs(move.x - atX) <= 1 && Math.abs(move.y - atY) <= 1)?.at ??
        null
      );
    },
    [x, y] as const,
  );
  if (time === null) throw new Error(`No pointer move reached ${x},${y}`);
  return time;
}
