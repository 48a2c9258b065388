/**
 * Progress of a long ingest as text: a bar for terminals, plain lines otherwise. Pure: the
 * caller passes the clock readings and prints the strings.
 */
export interface ProgressState {
  done: number;
  /** Estimated total, or null when unknown (standard input). */
  total: number | null;
  events: number;
  elapsedMs: number;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function rate(state: ProgressState): number {
  return state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
}

/** Remaining time in ms at the current rate, or null when it cannot be told. */
export function eta(state: ProgressState): number | null {
  const r = rate(state);
  if (state.total === null || r <= 0) return null;
  return (Math.max(0, state.total - state.done) / r) * 1000;
}

const n = (x: number) => x.toLocaleString("en-US");

function counts(state: ProgressState): string {
  const total = state.total === null ? "" : `/${n(Math.max(state.total, state.done))}`;
  const r = rate(state);
  const left = eta(state);
  return `${n(state.done)}${total} stories  ${r.toFixed(1)}/s  ${n(state.events)} events${left === null ? "" : `  ETA ${formatDuration(left)}`}`;
}

/** One terminal line: [#####-----]  42% 420/1,000 stories  57.3/s  900 events  ETA 10s */
export function progressBar(state: ProgressState, width = 24): string {
  if (state.total === null || state.total <= 0) return `${counts(state)}  ${formatDuration(state.elapsedMs)}`;
  const frac = Math.min(1, state.done / Math.max(state.total, state.done, 1));
  const filled = Math.round(frac * width);
  const pct = `${Math.floor(frac * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${pct} ${counts(state)}`;
}

/** One plain log line for non-terminals. */
export function progressLine(state: ProgressState): string {
  return `progress: ${counts(state)}  elapsed ${formatDuration(state.elapsedMs)}`;
}
