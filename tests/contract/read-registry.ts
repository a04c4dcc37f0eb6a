/**
 * The one function that reads CSS.highlights, run in a page's own world
 * (Playwright or Puppeteer `evaluate`). It must be self-contained: no
 * imports, and no named inner functions (tsx's keepNames would wrap them in a
 * helper the page lacks). It reads through `window.__real` when a page saved
 * the real platform there before replacing it (tests/fixtures/trust-globals.html),
 * never calls a method such a page replaces (Array push, Node contains and
 * getRootNode, Element closest), and answers in JSON, because Playwright's
 * own serializer needs Array.prototype.push.
 */
import type { HighlightQuery } from './contract-types';

export function readRegistry(query: HighlightQuery): string {
  const real = window.__real;
  const registry = (real?.CSS ?? CSS).highlights;
  const RealRange = real?.Range ?? Range;
  const clientRects = real?.getClientRects ?? Range.prototype.getClientRects;

  const sizes: { name: string; size: number }[] = [];
  for (const [name, highlight] of registry) sizes[sizes.length] = { name, size: highlight.size };

  const groups = new Map<Node, number>(
    query.within ? Array.from(document.querySelectorAll(query.within), (element, index) => [element, index]) : [],
  );
  const touchable = (query.touching ?? []).map((selector) => document.querySelector(selector));
  const childIndexes = new Map<Node, Map<Node, number>>();

  const ranges = [];
  for (const [name, highlight] of query.registryOnly ? [] : registry) {
    const wanted = query.name === undefined ? name.startsWith('medterm') : name === query.name;
    if (!wanted || (query.focus === false && name === 'medterm-focus')) continue;
    for (const abstract of highlight) {
      // The first matching element in document order that holds the start: the outermost.
      let within = -1;
      for (let at: Node | null = abstract.startContainer; at && groups.size > 0; at = at.parentNode) {
        within = groups.get(at) ?? within;
      }
      if (query.within && query.outside === false && within < 0) continue;
      const range = new RealRange();
      let valid = true;
      try {
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
      } catch {
        valid = false;
      }
      // Each boundary as a path from the document: child indexes, -1 stepping into a host's shadow root.
      const boundaries = [];
      for (const [node, offset] of [
        [abstract.startContainer, abstract.startOffset],
        [abstract.endContainer, abstract.endOffset],
      ] as const) {
        const steps: number[] = [];
        let tree = '';
        let at: Node = node;
        for (;;) {
          const parent = at.parentNode;
          if (parent) {
            let indexes = childIndexes.get(parent);
            if (!indexes) {
              indexes = new Map(Array.from(parent.childNodes, (child, index) => [child, index]));
              childIndexes.set(parent, indexes);
            }
            steps[steps.length] = indexes.get(at) ?? 0;
            at = parent;
          } else if (at instanceof ShadowRoot) {
            tree ||= at.host.localName;
            steps[steps.length] = -1;
            at = at.host;
          } else break;
        }
        boundaries[boundaries.length] = {
          path: steps.reverse(),
          offset,
          tree: tree || (at === document ? 'document' : 'detached'),
          attached: at === document,
        };
      }
      const [start, end] = boundaries;
      if (!start || !end) continue;
      const lines = [];
      if (query.measure && valid) {
        for (const rect of clientRects.call(range)) {
          lines[lines.length] = { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
        }
      }
      ranges[ranges.length] = {
        name,
        text: valid ? range.toString() : (abstract.startContainer.textContent ?? ''),
        valid,
        connected: abstract.startContainer.isConnected && abstract.endContainer.isConnected,
        tree: start.tree,
        start: { path: start.path, offset: start.offset },
        end: { path: end.path, offset: end.offset },
        within,
        touches: touchable.map((element) => valid && element !== null && range.intersectsNode(element)),
        lines,
        attached: start.attached,
      };
    }
  }
  // Reading order: by path (a shadow root's text where its host stands), ranges in no document last.
  ranges.sort((a, b) => {
    if (a.attached !== b.attached) return a.attached ? -1 : 1;
    const left = [...a.start.path, a.start.offset];
    const right = [...b.start.path, b.start.offset];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      const step = (left[index] ?? 0) - (right[index] ?? 0);
      if (step !== 0) return step;
    }
    return left.length - right.length;
  });
  return JSON.stringify({
    registry: sizes,
    ranges: ranges.map(({ attached: _attached, ...range }) => range),
    touchable: touchable.map((element) => element !== null),
    viewport: { width: innerWidth, height: innerHeight },
  });
}
