/**
 * The content script's first look at a frame, before anything heavy runs:
 * does it hold text yet? Ad-heavy pages have dozens of small frames with
 * nothing to read; such a frame only watches for text to appear, and the
 * explainer (glossary, matcher, scanner, card) starts once it does.
 *
 * "Text" here is a superset of what the scanner reads, so no frame that
 * holds a term is ever left waiting: any non-blank text node outside
 * scripts and styles, any open shadow root, and any custom element not
 * defined yet (it may attach a shadow root when it is).
 */

/** Text in these is never read (a subset of the scanner's exclusions). */
const NEVER_READ = new Set(['script', 'style', 'noscript', 'template', 'title']);
const NOT_BLANK = /\S/;

function isReadableText(node: Node): boolean {
  return (
    node.nodeType === Node.TEXT_NODE &&
    NOT_BLANK.test((node as Text).data) &&
    !NEVER_READ.has(node.parentElement?.localName ?? '')
  );
}

function mayHoldText(element: Element): boolean {
  return element.shadowRoot !== null || (element.localName.includes('-') && element.matches(':not(:defined)'));
}

/** Whether `root` or anything inside it holds text (see above). Stops at the first it finds. */
export function holdsText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isReadableText(root);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE ? mayHoldText(node as Element) : isReadableText(node)) return true;
  }
  return false;
}

/**
 * Resolves once text appears in `doc` (added, or written into an existing
 * text node), or once `wake` is called; never, if `signal` aborts first.
 */
export function textAppears(doc: Document, signal: AbortSignal): { appeared: Promise<void>; wake: () => void } {
  let wake = () => {};
  const appeared = new Promise<void>((resolve) => {
    const observer = new MutationObserver((records) => {
      const found = records.some((record) =>
        record.type === 'characterData'
          ? isReadableText(record.target)
          : [...record.addedNodes].some((node) => holdsText(node)),
      );
      if (found) wake();
    });
    wake = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
  return { appeared, wake };
}
