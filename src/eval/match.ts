/**
 * One-to-one matching of gold events to engine events.
 *
 * Every compatible (gold, engine) pair gets a rank (a tuple of numbers, higher is better).
 * Pairs are taken greedily in rank order (ties: lower gold index, then lower engine index),
 * then augmenting paths (Kuhn's algorithm, edges tried in the same order) raise the matching
 * to maximum cardinality. Deterministic for a given input order.
 */

/** A matched pair: index into the gold list, index into the engine list. */
export type Pair = [gold: number, engine: number];

export interface MatchSpec {
  gold: number;
  engine: number;
  compatible: (g: number, e: number) => boolean;
  /** Preference of a compatible pair; compared element by element, higher first. */
  rank: (g: number, e: number) => readonly number[];
}

interface Edge {
  g: number;
  e: number;
  rank: readonly number[];
}

function compareEdges(a: Edge, b: Edge): number {
  const n = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const d = (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.g - b.g || a.e - b.e;
}

/** Maximum one-to-one matching, preferring higher-ranked pairs. Pairs sorted by gold index. */
export function maxMatch(spec: MatchSpec): Pair[] {
  const edges: Edge[] = [];
  for (let g = 0; g < spec.gold; g++) {
    for (let e = 0; e < spec.engine; e++) {
      if (spec.compatible(g, e)) edges.push({ g, e, rank: spec.rank(g, e) });
    }
  }
  edges.sort(compareEdges);

  const goldTo: number[] = new Array(spec.gold).fill(-1);
  const engineTo: number[] = new Array(spec.engine).fill(-1);
  for (const { g, e } of edges) {
    if (goldTo[g] === -1 && engineTo[e] === -1) {
      goldTo[g] = e;
      engineTo[e] = g;
    }
  }

  const adjacency: number[][] = Array.from({ length: spec.gold }, () => []);
  for (const { g, e } of edges) adjacency[g]?.push(e);

  const augment = (g: number, seen: boolean[]): boolean => {
    for (const e of adjacency[g] ?? []) {
      if (seen[e]) continue;
      seen[e] = true;
      const other = engineTo[e] as number;
      if (other === -1 || augment(other, seen)) {
        goldTo[g] = e;
        engineTo[e] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < spec.gold; g++) {
    if (goldTo[g] === -1) augment(g, new Array(spec.engine).fill(false));
  }

  const pairs: Pair[] = [];
  for (let g = 0; g < spec.gold; g++) {
    const e = goldTo[g] as number;
    if (e !== -1) pairs.push([g, e]);
  }
  return pairs;
}
