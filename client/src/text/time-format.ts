/** Dates are shown in UTC, the corpus's reference time, so every reader sees the same clock. */
const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dayOnly = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const dayShort = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });
const clock = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" });

export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

export function formatDateTime(iso: string | null | undefined): string {
  const t = parseTime(iso);
  return t === null ? "undated" : `${dateTime.format(t)} UTC`;
}

export function formatDay(t: number): string {
  return dayOnly.format(t);
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const steps = [
  minute,
  5 * minute,
  15 * minute,
  30 * minute,
  hour,
  3 * hour,
  6 * hour,
  12 * hour,
  day,
  2 * day,
  7 * day,
  30 * day,
  365 * day,
];

export interface Tick {
  t: number;
  label: string;
}

/** Round-valued ticks between `min` and `max` (ms), at most about `maxTicks` of them. */
export function timeTicks(min: number, max: number, maxTicks = 8): Tick[] {
  if (!(max > min)) return [{ t: min, label: `${dayShort.format(min)} ${clock.format(min)}` }];
  const step = steps.find((s) => (max - min) / s <= maxTicks) ?? (max - min) / maxTicks;
  const ticks: Tick[] = [];
  let prevDay = "";
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) {
    const d = dayShort.format(t);
    // The day is written only when it changes, or always for day-sized steps.
    const label = step >= day ? d : d !== prevDay ? `${d} ${clock.format(t)}` : clock.format(t);
    prevDay = d;
    ticks.push({ t, label });
  }
  return ticks;
}
