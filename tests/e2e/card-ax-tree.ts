/**
 * The card's accessibility tree as the browser hands it to assistive
 * technology, read over the DevTools protocol's Accessibility domain (which
 * sees into the card's closed shadow root, where Playwright's
 * toMatchAriaSnapshot cannot), and written as an outline in the style of an
 * ARIA snapshot: one line per role that a screen reader announces, with its
 * name and states; containers with no role of their own are left out and
 * their children lifted. Terms and definitions without a name read as their
 * text, so a description list shows what each item says.
 */
import type { Page } from '@playwright/test';

interface AxValue {
  readonly value?: unknown;
}

interface AxNode {
  readonly nodeId: string;
  readonly ignored: boolean;
  readonly role?: AxValue;
  readonly name?: AxValue;
  readonly properties?: readonly { readonly name: string; readonly value: AxValue }[];
  readonly childIds?: readonly string[];
}

/** Roles the outline shows; the rest (generic containers, paragraphs, text runs) only pass their children on. */
const SHOWN = new Set([
  'dialog',
  'article',
  'heading',
  'button',
  'link',
  'navigation',
  'region',
  'list',
  'listitem',
  'DescriptionList',
  'term',
  'definition',
  'group',
  'DisclosureTriangle',
  'figure',
  'status',
]);
/** Roles read by their text when they have no name. */
const READ_AS_TEXT = new Set(['term', 'definition']);
/** States worth a screen reader's mention, as the outline writes them (a heading's level; lists' levels say nothing here). */
const STATES = ['pressed', 'expanded', 'modal'];

function text(node: AxNode | undefined, nodes: ReadonlyMap<string, AxNode>): string {
  if (!node) return '';
  if (node.role?.value === 'StaticText') return String(node.name?.value ?? '');
  return (node.childIds ?? []).map((id) => text(nodes.get(id), nodes)).join('');
}

function outline(node: AxNode | undefined, nodes: ReadonlyMap<string, AxNode>, depth: number): string[] {
  if (!node) return [];
  const role = String(node.role?.value ?? '');
  const children = (node.childIds ?? []).flatMap((id) => outline(nodes.get(id), nodes, depth + 1));
  if (node.ignored || !SHOWN.has(role)) return children.map((line) => line.slice(2));
  const name = String(node.name?.value ?? '');
  const states = (node.properties ?? [])
    .filter(({ name: state }) => STATES.includes(state) || (state === 'level' && role === 'heading'))
    .map(({ name: state, value }) => ` [${state}=${String(value.value)}]`)
    .join('');
  const label = name ? ` ${JSON.stringify(name)}` : READ_AS_TEXT.has(role) ? `: ${text(node, nodes).trim()}` : '';
  return [`${'  '.repeat(depth)}- ${role}${label}${states}`, ...(READ_AS_TEXT.has(role) && !name ? [] : children)];
}

/** The outline of every dialog on the page (the card is the only one), from the browser's accessibility tree. */
export async function dialogOutline(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const dialogs = nodes.filter((node) => !node.ignored && node.role?.value === 'dialog');
    return dialogs.flatMap((dialog) => outline(dialog, byId, 0)).join('\n');
  } finally {
    await session.detach();
  }
}
