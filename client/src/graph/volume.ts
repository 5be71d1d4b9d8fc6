/**
 * Mentions per hour (or per day, for a travel longer than three days) in UTC, split by stance and
 * by the kind of outlet that carried them: what the volume strip under the travel draws.
 */
export interface VolumeItem {
  time: number;
  stance: "asserted" | "denied";
  /** The outlet's kind (newspaper, government, agency…). */
  kind: string;
}

export interface VolumeBucket {
  start: number;
  end: number;
  asserted: number;
  denied: number;
  byKind: Record<string, number>;
}

const hour = 3_600_000;
const day = 24 * hour;

export function volumeBuckets(items: readonly VolumeItem[]): { size: "hour" | "day"; buckets: VolumeBucket[] } {
  if (items.length === 0) return { size: "hour", buckets: [] };
  const min = Math.min(...items.map((i) => i.time));
  const max = Math.max(...items.map((i) => i.time));
  const size = max - min <= 3 * day ? hour : day;
  const first = Math.floor(min / size) * size;
  const buckets: VolumeBucket[] = Array.from({ length: Math.floor((max - first) / size) + 1 }, (_, i) => ({
    start: first + i * size,
    end: first + (i + 1) * size,
    asserted: 0,
    denied: 0,
    byKind: {},
  }));
  for (const item of items) {
    const b = buckets[Math.floor((item.time - first) / size)];
    b[item.stance] += 1;
    b.byKind[item.kind] = (b.byKind[item.kind] ?? 0) + 1;
  }
  return { size: size === hour ? "hour" : "day", buckets };
}
