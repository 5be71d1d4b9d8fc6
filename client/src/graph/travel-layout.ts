/**
 * Preset positions for the travel view: x from publication time, y from the lane (outlet or
 * actor). Time is mapped piecewise-linearly through the distinct times so that bursts stay
 * readable (a minimum gap) and long silences do not push everything off screen (a maximum gap);
 * the mapping stays monotonic, so order on screen is order in time.
 */
export interface LayoutItem {
  id: string;
  time: number | null;
  lane: string;
}

export interface LayoutOptions {
  targetWidth: number;
  minGap: number;
  maxGap: number;
  laneHeight: number;
  stackGap: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  targetWidth: 1000,
  minGap: 130,
  maxGap: 420,
  laneHeight: 110,
  stackGap: 80,
};

export interface LaneBand {
  key: string;
  y: number; // centre of the lane's first row
  height: number;
}

export interface TravelLayout {
  positions: Map<string, { x: number; y: number }>;
  lanes: LaneBand[];
  /** x of a time; undated items sit after the last dated one. */
  xOf: (time: number | null) => number;
  minX: number;
  maxX: number;
}

export function timeScale(times: number[], opts: LayoutOptions): (t: number) => number {
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  if (distinct.length === 0) return () => 0;
  const span = distinct[distinct.length - 1] - distinct[0];
  const perMs = span > 0 ? opts.targetWidth / span : 0;
  const xs = [0];
  for (let i = 1; i < distinct.length; i++) {
    const gap = (distinct[i] - distinct[i - 1]) * perMs;
    xs.push(xs[i - 1] + Math.min(opts.maxGap, Math.max(opts.minGap, gap)));
  }
  return (t: number) => {
    if (t <= distinct[0]) return xs[0] - (distinct[0] - t) * perMs;
    const last = distinct.length - 1;
    if (t >= distinct[last]) return xs[last] + (t - distinct[last]) * perMs;
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] <= t) lo = mid;
      else hi = mid;
    }
    const f = (t - distinct[lo]) / (distinct[hi] - distinct[lo]);
    return xs[lo] + f * (xs[hi] - xs[lo]);
  };
}

export function computeTravelLayout(
  items: LayoutItem[],
  laneOrder: string[],
  opts = defaultLayoutOptions,
): TravelLayout {
  const dated = items.filter((i) => i.time !== null).map((i) => i.time as number);
  const scale = timeScale(dated, opts);
  const lastDatedX = dated.length ? Math.max(...dated.map(scale)) : -opts.minGap;
  const undatedX = lastDatedX + opts.minGap * 1.5;
  const xOf = (time: number | null) => (time === null ? undatedX : scale(time));

  // Items that would overlap in one lane are stacked downwards; the lane grows to hold them.
  const rowsByLane = new Map<string, Array<{ id: string; x: number; row: number }>>();
  const sorted = [...items].sort((a, b) => xOf(a.time) - xOf(b.time) || a.id.localeCompare(b.id));
  for (const item of sorted) {
    const x = xOf(item.time);
    const placed = rowsByLane.get(item.lane) ?? [];
    const taken = new Set(placed.filter((p) => Math.abs(p.x - x) < opts.minGap * 0.8).map((p) => p.row));
    let row = 0;
    while (taken.has(row)) row++;
    placed.push({ id: item.id, x, row });
    rowsByLane.set(item.lane, placed);
  }

  const positions = new Map<string, { x: number; y: number }>();
  const lanes: LaneBand[] = [];
  let top = 0;
  for (const key of laneOrder) {
    const placed = rowsByLane.get(key) ?? [];
    const rows = placed.reduce((m, p) => Math.max(m, p.row + 1), 1);
    const height = opts.laneHeight + (rows - 1) * opts.stackGap;
    const y = top + opts.laneHeight / 2 - 10;
    lanes.push({ key, y, height });
    for (const p of placed) positions.set(p.id, { x: p.x, y: y + p.row * opts.stackGap });
    top += height;
  }
  const xs = [...positions.values()].map((p) => p.x);
  return {
    positions,
    lanes,
    xOf,
    minX: xs.length ? Math.min(...xs) : 0,
    maxX: xs.length ? Math.max(...xs) : 0,
  };
}
