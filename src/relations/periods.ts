/** Calendar periods for relation series: days, ISO weeks (starting Monday) and months, in UTC. */
export type Period = "day" | "week" | "month";

export const PERIODS: readonly Period[] = ["day", "week", "month"];

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The first day (YYYY-MM-DD) of the period holding `day`. */
export function periodStart(day: string, by: Period): string {
  const d = toDate(day);
  if (by === "month") return `${day.slice(0, 7)}-01`;
  if (by === "week") {
    const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
    return iso(new Date(d.getTime() - dow * DAY_MS));
  }
  return day;
}

/** The first day of the next period. */
export function nextPeriod(start: string, by: Period): string {
  const d = toDate(start);
  if (by === "month") return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  return iso(new Date(d.getTime() + (by === "week" ? 7 : 1) * DAY_MS));
}

/** Every period start from the period of `from` through the period of `to` (at most `limit`). */
export function periodRange(from: string, to: string, by: Period, limit = 100_000): string[] {
  const out: string[] = [];
  const last = periodStart(to, by);
  for (let p = periodStart(from, by); p <= last && out.length < limit; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, by: Period): string {
  return iso(new Date(toDate(nextPeriod(start, by)).getTime() - DAY_MS));
}
