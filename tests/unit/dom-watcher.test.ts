// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomWatcher, HUGE_BATCH, type PendingChanges } from '../../entrypoints/content/reading/dom-watcher';

const HOST = 'medterm-explainer';
const isOwnUi = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(HOST) != null;

let watcher: DomWatcher | null = null;
let wakes = 0;

/** Watches the document (and `roots`) with a fresh watcher over `html`. */
function watch(html: string, roots: ShadowRoot[] = []): DomWatcher {
  document.body.innerHTML = html;
  wakes = 0;
  watcher = new DomWatcher(isOwnUi, () => wakes++);
  watcher.observe(document);
  for (const root of roots) watcher.observe(root);
  return watcher;
}

/** What the watcher recorded once it has woken its owner `times` times. */
async function changesAfter(watching: DomWatcher, times = 1): Promise<PendingChanges> {
  await vi.waitFor(() => expect(wakes).toBeGreaterThanOrEqual(times));
  return watching.take();
}

/** Resolves after the next batch of mutation records reaches observers made before this call. */
function nextBatch(): Promise<void> {
  return new Promise((resolve) => {
    const witness = new MutationObserver(() => {
      witness.disconnect();
      resolve();
    });
    witness.observe(document, { childList: true, characterData: true, subtree: true });
  });
}

/** Gives #p `count` text nodes (reported, then taken) and edits each of them in one batch. */
async function editTexts(watching: DomWatcher, count: number): Promise<void> {
  const texts = Array.from({ length: count }, () => document.createTextNode('fever'));
  byId('p').append(...texts);
  await changesAfter(watching);
  for (const text of texts) text.data = 'pallor';
  await vi.waitFor(() => expect(wakes).toBe(2));
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is not in the page`);
  return element;
}

afterEach(() => {
  watcher?.disconnect();
  watcher = null;
});

describe('DomWatcher', () => {
  it('reports a text node edited in place as changed', async () => {
    const watching = watch('<p id="p">fever</p>');
    const text = byId('p').firstChild;
    if (!(text instanceof Text)) throw new Error('no text');
    text.data = 'fatigue';
    expect(await changesAfter(watching)).toEqual({ changed: [text], added: [], removed: false, rescanAll: false });
  });

  it('reports an added element as added and its parent as changed', async () => {
    const watching = watch('<div id="list"></div>');
    const item = document.createElement('p');
    item.textContent = 'neuroblastoma';
    byId('list').append(item);
    expect(await changesAfter(watching)).toEqual({
      changed: [byId('list')],
      added: [item],
      removed: false,
      rescanAll: false,
    });
  });

  it('reports added text by its parent only, and removals by a flag and the parent', async () => {
    const watching = watch('<p id="p"><b id="b">old</b></p>');
    byId('p').append(' relapse');
    byId('b').remove();
    expect(await changesAfter(watching)).toEqual({
      changed: [byId('p'), byId('p')],
      added: [],
      removed: true,
      rescanAll: false,
    });
  });

  it("ignores changes inside the extension's own UI and the arrival of its host", async () => {
    const watching = watch(`<${HOST} id="ui"><p id="card">card</p></${HOST}><p id="page">page</p>`);
    byId('card').textContent = 'a definition';
    document.documentElement.append(document.createElement(HOST));
    byId('page').append(document.createElement('i'));
    const changes = await changesAfter(watching);
    expect(changes.changed).toEqual([byId('page')]);
    expect(changes.added.map((element) => element.localName)).toEqual(['i']);
  });

  it('reports changes inside an observed shadow root, once however often the root is observed', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = byId('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<p>scan</p>';
    const watching = watch('', []);
    document.body.append(root.host);
    await changesAfter(watching);
    watching.observe(root);
    watching.observe(root);
    const paragraph = root.querySelector('p');
    paragraph?.append(' results');
    const changes = await changesAfter(watching, 2);
    expect(changes.changed).toEqual([paragraph]);
  });

  // Thousands of nodes take happy-dom a few seconds on a busy machine.
  it('reports a batch of HUGE_BATCH changes one by one, and one more as a full rescan', {
    timeout: 30_000,
  }, async () => {
    const itemized = watch('<p id="p"></p>');
    await editTexts(itemized, HUGE_BATCH);
    const changes = itemized.take();
    expect(changes.changed).toHaveLength(HUGE_BATCH);
    expect(changes.rescanAll).toBe(false);
    const huge = watch('<p id="p"></p>');
    await editTexts(huge, HUGE_BATCH + 1);
    expect(huge.take()).toEqual({ changed: [], added: [], removed: false, rescanAll: true });
  });

  it('still reports removals that follow a huge batch before the rescan', { timeout: 30_000 }, async () => {
    const watching = watch('<p id="p"></p><p id="gone">gone</p>');
    await editTexts(watching, HUGE_BATCH + 1);
    const batch = nextBatch();
    byId('gone').remove();
    await batch;
    expect(watching.take()).toEqual({ changed: [], added: [], removed: true, rescanAll: true });
  });

  it('hands over its changes once and starts afresh', async () => {
    const watching = watch('<p id="p">fever</p>');
    byId('p').append('!');
    await changesAfter(watching);
    expect(watching.take()).toEqual({ changed: [], added: [], removed: false, rescanAll: false });
  });

  it('reports nothing after disconnect', async () => {
    const watching = watch('<p id="p">fever</p>');
    watching.disconnect();
    const batch = nextBatch();
    byId('p').append('!');
    await batch;
    expect(watching.take()).toEqual({ changed: [], added: [], removed: false, rescanAll: false });
    expect(wakes).toBe(0);
  });
});
