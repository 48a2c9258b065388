/**
 * Shift detection: a z-score of each period's net Goldstein (the sum of the Goldstein scores of
 * its events) against a trailing window of the periods before it.
 *
 *   z_t = (x_t − mean(x_{t−W} … x_{t−1})) / max(sd(x_{t−W} … x_{t−1}), sdFloor)
 *
 * A period is a shift when |z_t| ≥ threshold and at least `minHistory` earlier periods exist
 * (empty periods count, as zeros: silence is part of the baseline). sdFloor keeps a quiet dyad
 * (sd ≈ 0) from turning any single mild event into a shift: with the defaults (W = 8,
 * threshold 3, sdFloor 2) one event of −10 (military force) after a quiet stretch is a shift, one
 * of −2 (criticism) is not. The sample standard deviation is used. Net Goldstein rather than the
 * relations index is watched because it moves with both tone and volume: a burst of conflict in
 * an otherwise busy cooperative dyad shows up even when the index barely moves.
 */
export interface ShiftOptions {
  /** Trailing window length W, in periods. Default 8. */
  window?: number;
  /** |z| at or above which a period is a shift. Default 3. */
  threshold?: number;
  /** Fewest earlier periods needed to judge one. Default 4. */
  minHistory?: number;
  /** Smallest standard deviation used (Goldstein points). Default 2. */
  sdFloor?: number;
}

export interface ShiftPoint {
  /** Index into the series. */
  index: number;
  value: number;
  baselineMean: number;
  baselineSd: number;
  z: number;
  direction: "up" | "down";
}

export const SHIFT_DEFAULTS: Required<ShiftOptions> = { window: 8, threshold: 3, minHistory: 4, sdFloor: 2 };

export function detectShifts(values: readonly number[], opts: ShiftOptions = {}): ShiftPoint[] {
  const { window, threshold, minHistory, sdFloor } = { ...SHIFT_DEFAULTS, ...opts };
  const out: ShiftPoint[] = [];
  for (let t = 0; t < values.length; t++) {
    const hist = values.slice(Math.max(0, t - window), t);
    if (hist.length < Math.max(1, minHistory)) continue;
    const mean = hist.reduce((a, b) => a + b, 0) / hist.length;
    const variance = hist.length > 1 ? hist.reduce((a, b) => a + (b - mean) ** 2, 0) / (hist.length - 1) : 0;
    const sd = Math.sqrt(variance);
    const x = values[t] ?? 0;
    const z = (x - mean) / Math.max(sd, sdFloor);
    if (Math.abs(z) >= threshold) {
      out.push({
        index: t,
        value: x,
        baselineMean: mean,
        baselineSd: sd,
        z,
        direction: z > 0 ? "up" : "down",
      });
    }
  }
  return out;
}
