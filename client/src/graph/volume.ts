/**
 * Mentions per hour (or per day, for a travel longer than three days) in UTC, split by stance and
 * by the kind of outlet that carried them: what the volume strip under the travel draws. Counted
 * from drawn marks, or given per day by the load's summaries when the travel is too long to draw whole.
 */
export interface VolumeItem {
  time: number;
  stance: "asserted" | "denied";
  /** The outlet's kind (newspaper, government, agency…). */
  kind: string;
}

/** One UTC day's counts as the load stored them (Claim.volume). */
export interface VolumeDay {
  /** YYYY-MM-DD. */
  day: string;
  asserted: number;
  denied: number;
  byKind: Record<string, number>;
}

/** Marks to count, or days already counted. */
export type VolumeInput = readonly VolumeItem[] | { days: readonly VolumeDay[] };

export interface VolumeBucket {
  start: number;
  end: number;
  asserted: number;
  denied: number;
  byKind: Record<string, number>;
}

const hour = 3_600_000;
const day = 24 * hour;

export function volumeBuckets(input: VolumeInput): { size: "hour" | "day"; buckets: VolumeBucket[] } {
  if ("days" in input) return { size: "day", buckets: dayBuckets(input.days) };
  const items = input;
  if (items.length === 0) return { size: "hour", buckets: [] };
  const min = Math.min(...items.map((i) => i.time));
  const max = Math.max(...items.map((i) => i.time));
  const size = max - min <= 3 * day ? hour : day;
  const first = Math.floor(min / size) * size;
  const buckets = emptyBuckets(first, max, size);
  for (const item of items) {
    const b = buckets[Math.floor((item.time - first) / size)];
    b[item.stance] += 1;
    b.byKind[item.kind] = (b.byKind[item.kind] ?? 0) + 1;
  }
  return { size: size === hour ? "hour" : "day", buckets };
}

/** Buckets of `size` from `first` (a bucket start) to the one holding `last`, all empty. */
function emptyBuckets(first: number, last: number, size: number): VolumeBucket[] {
  return Array.from({ length: Math.floor((last - first) / size) + 1 }, (_, i) => ({
    start: first + i * size,
    end: first + (i + 1) * size,
    asserted: 0,
    denied: 0,
    byKind: {},
  }));
}

/** Day buckets from stored per-day counts, empty days included. */
function dayBuckets(days: readonly VolumeDay[]): VolumeBucket[] {
  if (days.length === 0) return [];
  const times = days.map((d) => Date.parse(`${d.day}T00:00:00Z`));
  const first = Math.min(...times);
  const buckets = emptyBuckets(first, Math.max(...times), day);
  days.forEach((d, i) => {
    const b = buckets[Math.floor((times[i] - first) / day)];
    b.asserted += d.asserted;
    b.denied += d.denied;
    for (const [kind, n] of Object.entries(d.byKind)) b.byKind[kind] = (b.byKind[kind] ?? 0) + n;
  });
  return buckets;
}
