/**
 * Reading order across shadow trees. compareDocumentPosition only orders
 * nodes of one tree; a node inside a shadow root is placed where its host
 * is, and a host comes before the text of its own shadow root.
 */

/** Negative when `a` is read before `b`, positive after, 0 for the same node. */
export function compareReadingOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pathA = hostPath(a);
  const pathB = hostPath(b);
  // Compare at the outermost tree the two paths share.
  for (let depth = 0; ; depth++) {
    const nodeA = pathA[depth];
    const nodeB = pathB[depth];
    if (nodeA === undefined) return -1;
    if (nodeB === undefined) return 1;
    if (nodeA !== nodeB) {
      const position = nodeA.compareDocumentPosition(nodeB);
      if (position & Node.DOCUMENT_POSITION_CONTAINED_BY || position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      return 1;
    }
  }
}

/** The node's ancestor hosts, outermost first, ending with the node itself. */
function hostPath(node: Node): Node[] {
  const path: Node[] = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    path.unshift(root.host);
  }
  return path;
}
