/**
 * The matcher's trie as a few flat arrays, and their compact serialized form.
 *
 * Nodes are numbered breadth-first (the root is 1), so the children of a node
 * are consecutive and edge number e always leads to node e + 2: the whole
 * shape is given by each node's child count and each edge's symbol. The
 * extension bundles this data, built at build time, instead of compiling the
 * forms again in every frame of every page.
 */
import { type FoldedForm, foldForm } from './normalize';

export const ROOT = 1;
export const NO_ENTRY = -1;
/**
 * Child counts and symbols are stored as characters this far up, in U+0100…U+01FF:
 * low control characters would be written as six-character \u escapes in the JSON
 * and again in the bundle's string literal, which every frame has to parse.
 */
const CODE_OFFSET = 0x100;

export interface MatcherForm {
  /** The form as written in the glossary. */
  readonly text: string;
  /** Index of the entry it belongs to. */
  readonly entry: number;
}

export interface Trie {
  /** Folded characters; symbol s stands for alphabet[s - 1] (symbol 1 is the space). */
  readonly alphabet: readonly string[];
  /** The edges of node n are childStart[n] … childStart[n + 1] - 1. */
  readonly childStart: Uint32Array;
  /** The symbol on each edge. */
  readonly childSymbol: Uint8Array;
  /** Entry accepted at a node in any capitalisation, or NO_ENTRY. */
  readonly anyCase: Int32Array;
  /** Entry accepted at a node only when the marked letters are capitals, or NO_ENTRY. */
  readonly capitals: Int32Array;
  /**
   * For nodes with a capitals entry: which folded characters must be capitals,
   * as 0s and 1s, kept as bundled (decoding each mask into an array cost every frame milliseconds).
   */
  readonly masks: ReadonlyMap<number, string>;
}

/** The trie in JSON-friendly form, as bundled into the extension. */
export interface TrieData {
  readonly alphabet: readonly string[];
  /** Child count of each node, breadth-first, one character each (code − CODE_OFFSET). */
  readonly childCounts: string;
  /** Symbol of each edge, breadth-first, one character each (code − CODE_OFFSET). */
  readonly childSymbols: string;
  /** Pairs of node and entry. */
  readonly anyCase: readonly number[];
  readonly capitals: readonly number[];
  /** Node and its capitals mask as a string of 0s and 1s. */
  readonly masks: readonly (readonly [number, string])[];
}

interface BuildNode {
  readonly children: Map<number, BuildNode>;
  anyCase: number;
  capitals: number;
  mask: Uint8Array | null;
}

export function buildTrie(forms: readonly MatcherForm[]): Trie {
  const alphabet = [' '];
  const symbolOf = new Map([[' ', 1]]);
  const root = newNode();
  forms.forEach((form) => {
    const { chars, capitals }: FoldedForm = foldForm(form.text);
    let node = root;
    for (const char of chars) {
      let symbol = symbolOf.get(char);
      if (symbol === undefined) {
        alphabet.push(char);
        symbol = alphabet.length;
        symbolOf.set(char, symbol);
      }
      const child = node.children.get(symbol) ?? newNode();
      node.children.set(symbol, child);
      node = child;
    }
    if (capitals) {
      node.capitals = form.entry;
      node.mask = capitals;
    } else {
      node.anyCase = form.entry;
    }
  });
  if (alphabet.length > 255) throw new Error(`Too many distinct characters in glossary forms (${alphabet.length})`);

  const order = [root];
  for (let index = 0; index < order.length; index++) {
    const node = order[index];
    if (node)
      for (const symbol of [...node.children.keys()].sort((a, b) => a - b))
        order.push(node.children.get(symbol) ?? root);
  }
  const nodeCount = order.length;
  const childStart = new Uint32Array(nodeCount + 2);
  const childSymbol = new Uint8Array(Math.max(0, nodeCount - 1));
  const anyCase = new Int32Array(nodeCount + 1).fill(NO_ENTRY);
  const capitals = new Int32Array(nodeCount + 1).fill(NO_ENTRY);
  const masks = new Map<number, string>();
  let edge = 0;
  order.forEach((node, index) => {
    const id = index + ROOT;
    childStart[id] = edge;
    for (const symbol of [...node.children.keys()].sort((a, b) => a - b)) childSymbol[edge++] = symbol;
    anyCase[id] = node.anyCase;
    capitals[id] = node.capitals;
    if (node.mask) masks.set(id, node.mask.join(''));
  });
  childStart[nodeCount + 1] = edge;
  return { alphabet, childStart, childSymbol, anyCase, capitals, masks };
}

export function trieToData(trie: Trie): TrieData {
  const nodeCount = trie.anyCase.length - 1;
  let childCounts = '';
  for (let id = ROOT; id <= nodeCount; id++) {
    childCounts += String.fromCharCode(CODE_OFFSET + (trie.childStart[id + 1] ?? 0) - (trie.childStart[id] ?? 0));
  }
  return {
    alphabet: trie.alphabet,
    childCounts,
    childSymbols: String.fromCharCode(...Array.from(trie.childSymbol, (symbol) => CODE_OFFSET + symbol)),
    anyCase: entryPairs(trie.anyCase),
    capitals: entryPairs(trie.capitals),
    masks: [...trie.masks],
  };
}

export function trieFromData(data: TrieData): Trie {
  const nodeCount = data.childCounts.length;
  const childStart = new Uint32Array(nodeCount + 2);
  let edge = 0;
  for (let index = 0; index < nodeCount; index++) {
    childStart[index + ROOT] = edge;
    edge += data.childCounts.charCodeAt(index) - CODE_OFFSET;
  }
  childStart[nodeCount + 1] = edge;
  const childSymbol = new Uint8Array(edge);
  for (let index = 0; index < edge; index++) childSymbol[index] = data.childSymbols.charCodeAt(index) - CODE_OFFSET;
  const entries = (pairs: readonly number[]) => {
    const table = new Int32Array(nodeCount + 1).fill(NO_ENTRY);
    for (let index = 0; index + 1 < pairs.length; index += 2) table[pairs[index] ?? 0] = pairs[index + 1] ?? NO_ENTRY;
    return table;
  };
  return {
    alphabet: data.alphabet,
    childStart,
    childSymbol,
    anyCase: entries(data.anyCase),
    capitals: entries(data.capitals),
    masks: new Map(data.masks),
  };
}

function newNode(): BuildNode {
  return { children: new Map(), anyCase: NO_ENTRY, capitals: NO_ENTRY, mask: null };
}

function entryPairs(table: Int32Array): number[] {
  const pairs: number[] = [];
  table.forEach((entry, node) => {
    if (entry !== NO_ENTRY) pairs.push(node, entry);
  });
  return pairs;
}
