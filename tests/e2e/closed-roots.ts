/**
 * The card lives in a closed shadow root, which Playwright's selectors do
 * not pierce (https://playwright.dev/docs/locators#locate-in-shadow-dom) and
 * page scripts cannot open. Tests reach it through the browser's DevTools
 * protocol: DOM.getDocument with `pierce` lists closed roots too, and each
 * one found is handed to the page's own world in a test-only set, where the
 * `closed-root` selector engine queries it. The extension never reads or
 * writes either global.
 *
 * `revealClosedRoots` is a binding the page's world can call: the selector
 * engine calls it on each query (the locator's retries then find what it
 * stashed), and page.evaluate can await it.
 */
import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';
import { selectors } from '@playwright/test';

interface DomNode {
  readonly nodeId: number;
  readonly shadowRootType?: string;
  readonly children?: readonly DomNode[];
  readonly shadowRoots?: readonly DomNode[];
  readonly contentDocument?: DomNode;
}

/** Queries inside every connected closed root the test found: `closed-root=.term-card`. */
const closedRootEngine = () => ({
  query(root: Node, selector: string): Element | null {
    return this.queryAll(root, selector)[0] ?? null;
  },
  queryAll(root: Node, selector: string): Element[] {
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    void view?.__testRevealClosedRoots?.();
    const roots = [...(view?.__testClosedRoots ?? [])].filter((shadow) => shadow.host.isConnected);
    return roots.flatMap((shadow) => [...shadow.querySelectorAll(selector)]);
  },
});

let registered: Promise<void> | null = null;

/** Registers the selector engine once per test worker. */
export function registerClosedRootEngine(): Promise<void> {
  registered ??= selectors.register('closed-root', closedRootEngine);
  return registered;
}

function closedRoots(node: DomNode, found: number[] = []): number[] {
  for (const shadow of node.shadowRoots ?? []) {
    if (shadow.shadowRootType === 'closed') found.push(shadow.nodeId);
    closedRoots(shadow, found);
  }
  for (const child of node.children ?? []) closedRoots(child, found);
  if (node.contentDocument) closedRoots(node.contentDocument, found);
  return found;
}

async function stashClosedRoots(session: CDPSession): Promise<void> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  for (const nodeId of closedRoots(root)) {
    const { object } = await session.send('DOM.resolveNode', { nodeId });
    if (!object.objectId) continue;
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration:
        'function () { const view = this.ownerDocument.defaultView; (view.__testClosedRoots ??= new Set()).add(this); }',
    });
  }
}

/** Lets every page of the context reveal its closed shadow roots to the tests. */
export async function exposeClosedRoots(context: BrowserContext): Promise<void> {
  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  const sessionOf = (page: Page) => {
    let session = sessions.get(page);
    if (!session) {
      session = context.newCDPSession(page);
      sessions.set(page, session);
    }
    return session;
  };
  await context.exposeBinding('__testRevealClosedRoots', async ({ page }: { page: Page; frame: Frame }) => {
    await stashClosedRoots(await sessionOf(page)).catch(() => undefined);
  });
}

/** The markup of every closed shadow root in the page, read over the DevTools protocol only (nothing is stashed in the page). */
export async function closedRootHtml(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const parts: string[] = [];
    for (const nodeId of closedRoots(root)) parts.push((await session.send('DOM.getOuterHTML', { nodeId })).outerHTML);
    return parts.join('\n');
  } finally {
    await session.detach();
  }
}
