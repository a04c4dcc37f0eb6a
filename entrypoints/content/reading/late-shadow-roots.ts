/**
 * A custom element the page defines after we read it attaches its shadow
 * root on upgrade, and no MutationObserver reports that. Content scripts
 * cannot use customElements.whenDefined (their world has no registry), so the
 * undefined elements met in a walk are checked again a few times, backing
 * off, until they are defined, gain a root, or leave the page.
 */

const FIRST_CHECK_MS = 250;
/** After this delay between checks, elements still undefined are left alone. */
const LAST_CHECK_MS = 16_000;

export class LateShadowRoots {
  private readonly waiting = new Set<Element>();
  private timer = 0;
  private delay = FIRST_CHECK_MS;

  constructor(
    private readonly view: Window,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  /** Watches a custom element if the page has not defined it yet. */
  consider(element: Element): void {
    if (!element.matches(':not(:defined)')) return;
    this.waiting.add(element);
    this.delay = FIRST_CHECK_MS;
    if (!this.timer) this.timer = this.view.setTimeout(() => this.check(), this.delay);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    this.waiting.clear();
  }

  private check(): void {
    this.timer = 0;
    for (const element of this.waiting) {
      const root = element.shadowRoot;
      if (root) this.onShadowRoot(root);
      if (root || !element.isConnected || element.matches(':defined')) this.waiting.delete(element);
    }
    this.delay *= 2;
    if (this.delay > LAST_CHECK_MS) this.waiting.clear();
    if (this.waiting.size > 0) this.timer = this.view.setTimeout(() => this.check(), this.delay);
  }
}
