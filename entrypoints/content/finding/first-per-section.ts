/**
 * The "first per section" setting: within each section of the page (the
 * stretch after a heading, or a sectioning element), only the first
 * occurrence of each term is highlighted, for readers who find every
 * occurrence too busy.
 */

import type { BlockOwner } from '../reading/text-blocks';
import { type MatchList, NOT_MARKED } from './match-list';

const HEADING = /^h[1-6]$/;
const SECTIONING = new Set(['section', 'article', 'main', 'aside', 'nav', 'body']);

export class FirstPerSection {
  /** Per section, which block shows each entry. */
  private readonly claims = new Map<Node, Map<number, BlockOwner>>();
  /** Sections already worked out, so a long run of paragraphs finds its heading in one step each. */
  private sections = new WeakMap<Element, Node>();

  /** Leaves marked only the matches of entries this block is the first in its section to show. */
  keep(block: BlockOwner, matches: MatchList): void {
    const section = this.sectionOf(block);
    const claimed = this.claims.get(section) ?? new Map<number, BlockOwner>();
    this.claims.set(section, claimed);
    for (const [entry, owner] of claimed) if (owner === block || !owner.isConnected) claimed.delete(entry);
    for (let index = 0; index < matches.length; index++) {
      const entry = matches.entry(index);
      if (entry === NOT_MARKED) continue;
      if (claimed.has(entry)) matches.setEntry(index, NOT_MARKED);
      else claimed.set(entry, block);
    }
  }

  /** Forgets every claim (before the page is read again from the top). */
  reset(): void {
    this.claims.clear();
    this.sections = new WeakMap();
  }

  /** The nearest heading before the block, or the sectioning element around it. */
  private sectionOf(block: BlockOwner): Node {
    if (!(block instanceof Element)) return block;
    const visited: Element[] = [];
    let node: Element = block;
    let section: Node | undefined;
    while (section === undefined) {
      const known = this.sections.get(node);
      if (known) section = known;
      else if (HEADING.test(node.localName)) section = node;
      else {
        visited.push(node);
        const previous = node.previousElementSibling;
        const parent = node.parentElement;
        if (previous) node = previous;
        else if (parent && !SECTIONING.has(parent.localName)) node = parent;
        else section = parent ?? node.getRootNode();
      }
    }
    for (const element of visited) this.sections.set(element, section);
    return section;
  }
}
