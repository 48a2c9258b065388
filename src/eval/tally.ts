/** Additive counts of a scoring run and the measures computed from them. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Correct answers out of the matched pairs that have a gold value for the field. */
export interface Acc {
  hit: number;
  n: number;
}

/** Per CAMEO root (or PLOVER type): gold events, scored engine events, matches. */
export interface KeyCounts {
  gold: number;
  engine: number;
  tp: number;
}

export interface Tally {
  /** Stories or sentence lines scored. */
  units: number;
  dyadRoot: Counts;
  dyadQuad: Counts;
  code: Acc;
  role: Acc;
  date: Acc;
  /** Same place country (an empty gold country wants no engine place). */
  place: Acc;
  /** Same place name, over gold events that name a place. */
  placeName: Acc;
  perRoot: Record<string, KeyCounts>;
  /** PLOVER only: engine events covered by an already-matched gold event (neither tp nor fp). */
  duplicates: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function emptyTally(): Tally {
  return {
    units: 0,
    dyadRoot: emptyCounts(),
    dyadQuad: emptyCounts(),
    code: { hit: 0, n: 0 },
    role: { hit: 0, n: 0 },
    date: { hit: 0, n: 0 },
    place: { hit: 0, n: 0 },
    placeName: { hit: 0, n: 0 },
    perRoot: {},
    duplicates: 0,
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function addAcc(a: Acc, b: Acc): Acc {
  return { hit: a.hit + b.hit, n: a.n + b.n };
}

/** The sum of two tallies (a new object). */
export function addTally(a: Tally, b: Tally): Tally {
  const perRoot: Record<string, KeyCounts> = {};
  for (const src of [a.perRoot, b.perRoot]) {
    for (const [key, c] of Object.entries(src)) {
      const cur = perRoot[key] ?? { gold: 0, engine: 0, tp: 0 };
      perRoot[key] = { gold: cur.gold + c.gold, engine: cur.engine + c.engine, tp: cur.tp + c.tp };
    }
  }
  return {
    units: a.units + b.units,
    dyadRoot: addCounts(a.dyadRoot, b.dyadRoot),
    dyadQuad: addCounts(a.dyadQuad, b.dyadQuad),
    code: addAcc(a.code, b.code),
    role: addAcc(a.role, b.role),
    date: addAcc(a.date, b.date),
    place: addAcc(a.place, b.place),
    placeName: addAcc(a.placeName, b.placeName),
    perRoot,
    duplicates: a.duplicates + b.duplicates,
  };
}

export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(addTally, emptyTally());
}

/** Precision, recall and F1; each is 0 when its denominator is 0. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** hit / n, or null when no matched pair had a gold value. */
export function accuracy(a: Acc): number | null {
  return a.n === 0 ? null : a.hit / a.n;
}

/** Per-key counts as tp/fp/fn. */
export function keyCounts(k: KeyCounts): Counts {
  return { tp: k.tp, fp: k.engine - k.tp, fn: k.gold - k.tp };
}
