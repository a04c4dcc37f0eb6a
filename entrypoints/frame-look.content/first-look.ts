/**
 * The content script's first look at a frame, before anything heavy runs:
 * could it hold a term yet? Ad-heavy pages have dozens of small frames with
 * nothing to read, or only a label ("Advertisement", "Learn more ›"); such
 * a frame only watches for more text, and the explainer (glossary, matcher,
 * scanner, card) starts once it could have something to explain.
 *
 * The look is a superset of what the scanner marks, so no frame that holds a
 * term is ever left waiting: text holding a key word of the glossary
 * (key-words.ts), any text longer than a label, any open shadow root, and
 * any custom element not defined yet (it may attach a shadow root when it is).
 */
import { keyWords } from 'virtual:medterm-glossary';
import { holdsKeyWord } from '../../glossary/runtime/key-words';

/** Text in these is never read (a subset of the scanner's exclusions). */
const NEVER_READ = new Set(['script', 'style', 'noscript', 'template', 'title']);
const NOT_BLANK = /\S/;
/** More text than this is read without looking for key words first (the look must stay cheap). */
const LONGEST_LOOK = 2_000;

let keys: ReadonlySet<string> | null = null;

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

/** Whether `root` or anything inside it could hold a term (see above). */
export function mayHoldTerm(root: Node): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  let length = 0;
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (mayHoldText(node as Element)) return true;
    } else if (isReadableText(node)) {
      const { data } = node as Text;
      length += data.length;
      if (length > LONGEST_LOOK) return true;
      texts.push(data);
    }
  }
  if (texts.length === 0) return false;
  keys ??= new Set(keyWords.split(' '));
  return holdsKeyWord(texts, keys);
}

/**
 * Resolves once text that could hold a term appears in `doc` (added, or
 * written into an existing text node), or once `wake` is called; never, if
 * `signal` aborts first.
 */
export function textAppears(doc: Document, signal: AbortSignal): { appeared: Promise<void>; wake: () => void } {
  let wake = () => {};
  const appeared = new Promise<void>((resolve) => {
    const observer = new MutationObserver((records) => {
      const changed = records.some((record) =>
        record.type === 'characterData' ? isReadableText(record.target) : record.addedNodes.length > 0,
      );
      // The new text may join text already there ("neuro" + "blastoma"): the whole frame is looked at again.
      if (changed && mayHoldTerm(doc)) wake();
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
