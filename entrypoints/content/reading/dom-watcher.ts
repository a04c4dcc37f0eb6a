/**
 * MutationObserver → a queue of changed places. The observer callback only
 * records what changed and wakes the scanner; the scanner resolves and rescans
 * later, in its own time slices. A batch too large to be worth sorting out
 * becomes one full rescan.
 * See uBlock Origin's domWatcher and Dark Reader's HUGE_MUTATIONS_COUNT.
 */

/** More changed nodes than this in one batch: rescan the root instead. */
export const HUGE_BATCH = 2_000;

export interface PendingChanges {
  /** Nodes whose own text or children changed (their block needs reading again). */
  changed: Node[];
  /** Elements added to the page (every block inside them is new). */
  added: Element[];
  /** Whether anything was removed (blocks that left the page must be dropped). */
  removed: boolean;
  /** Whether so much changed that the whole page is simply rescanned. */
  rescanAll: boolean;
}

export class DomWatcher {
  private readonly observers = new Map<Node, MutationObserver>();
  private pending: PendingChanges = emptyChanges();

  constructor(
    private readonly isOwnUi: (node: Node) => boolean,
    private readonly onChange: () => void,
  ) {}

  observe(root: Document | ShadowRoot): void {
    if (this.observers.has(root)) return;
    const observer = new MutationObserver((records) => this.record(records));
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.set(root, observer);
  }

  /** Hands over everything recorded since the last call. */
  take(): PendingChanges {
    const changes = this.pending;
    this.pending = emptyChanges();
    return changes;
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.pending = emptyChanges();
  }

  private record(records: MutationRecord[]): void {
    const pending = this.pending;
    if (pending.rescanAll) {
      // Ranges over removed text must still be dropped before the rescan.
      pending.removed ||= records.some((record) => record.removedNodes.length > 0);
      return;
    }
    for (const record of records) {
      if (this.isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        pending.changed.push(record.target);
        continue;
      }
      let ownOnly = true;
      for (const node of record.addedNodes) {
        if (this.isOwnUi(node)) continue;
        ownOnly = false;
        if (node.nodeType === Node.ELEMENT_NODE) pending.added.push(node as Element);
      }
      if (record.removedNodes.length > 0) {
        pending.removed = true;
        ownOnly = false;
      }
      if (!ownOnly) pending.changed.push(record.target);
    }
    if (pending.changed.length + pending.added.length > HUGE_BATCH) {
      pending.rescanAll = true;
      pending.changed.length = 0;
      pending.added.length = 0;
    }
    this.onChange();
  }
}

function emptyChanges(): PendingChanges {
  return { changed: [], added: [], removed: false, rescanAll: false };
}
