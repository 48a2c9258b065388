import type { Token } from "../model/types.js";

/** A phrase trie over folded token forms; values are attached to the node of the phrase's last token. */
export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export function newTrie<V>(): TrieNode<V> {
  return { next: new Map(), values: [] };
}

export function trieInsert<V>(root: TrieNode<V>, keys: string[], value: V): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (child === undefined) {
      child = newTrie<V>();
      node.next.set(k, child);
    }
    node = child;
  }
  node.values.push(value);
}

export interface TrieMatch<V> {
  start: number;
  end: number;
  values: V[];
}

/** Forms a token can match under: its folded surface form, then its folded lemma. */
export function tokenKeys(t: Token): string[] {
  return t.normal === t.lemma ? [t.normal] : [t.normal, t.lemma];
}

/**
 * Longest match starting at token `i` (not crossing `limit`), trying both surface and lemma
 * forms of each token. `accept` filters values (e.g. for case checks); null when nothing matches.
 */
export function longestMatch<V>(
  root: TrieNode<V>,
  tokens: readonly Token[],
  i: number,
  limit: number,
  accept: (v: V, start: number, end: number) => boolean,
): TrieMatch<V> | null {
  // Fast path: most tokens start no phrase.
  const first = tokens[i];
  if (i >= limit || (!root.next.has(first.normal) && !root.next.has(first.lemma))) return null;
  let best: TrieMatch<V> | null = null;
  const walk = (node: TrieNode<V>, j: number) => {
    if (j > i) {
      const ok = node.values.filter((v) => accept(v, i, j));
      if (ok.length > 0 && (best === null || j > best.end)) best = { start: i, end: j, values: ok };
    }
    if (j >= limit) return;
    for (const k of tokenKeys(tokens[j])) {
      const child = node.next.get(k);
      if (child !== undefined) walk(child, j + 1);
    }
  };
  walk(root, i);
  return best;
}
