/**
 * The network's first layout: a seeded force-directed placement (Fruchterman–Reingold with a
 * cooling step), written for this view rather than borrowed. fcose in a worker cost 0.5 s of CPU
 * on the seeds' 70 nodes plus a second copy of Cytoscape to parse, and it was most of the first
 * draw's wait (bench/client.ts); this runs on the page in milliseconds, while Cytoscape is still
 * loading. Repulsion is between nearby nodes only (a grid of cells), so 2 000 nodes stay cheap.
 * Pure: the same nodes, edges and seed always give the same positions.
 */
import { generator } from "./seeded.js";

export interface ForceNode {
  id: string;
  /** Diameter, in model units. */
  size: number;
}
export interface ForceEdge {
  source: string;
  target: string;
}
export type Positions = Record<string, { x: number; y: number }>;

export interface ForceOptions {
  seed: number;
  /** Width / height of the canvas the graph will fill: gravity is elliptical to match it. */
  aspect?: number;
  /** The length an edge relaxes to, between the nodes' rims. */
  edgeLength?: number;
}

export function forceLayout(nodes: ForceNode[], edges: ForceEdge[], opts: ForceOptions): Positions {
  const n = nodes.length;
  const k = opts.edgeLength ?? 90;
  const aspect = Math.min(3, Math.max(1 / 3, opts.aspect ?? 1));
  const random = generator(opts.seed);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const radius = nodes.map((node) => node.size / 2);
  const links = edges.flatMap((e) => {
    const s = index.get(e.source);
    const t = index.get(e.target);
    return s === undefined || t === undefined || s === t ? [] : [[s, t] as const];
  });
  const spread = (k * Math.sqrt(n)) / 2;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * Math.PI * random();
    const r = spread * Math.sqrt(random());
    x[i] = r * Math.cos(a) * Math.sqrt(aspect);
    y[i] = (r * Math.sin(a)) / Math.sqrt(aspect);
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Beyond a few edge lengths repulsion is too weak to matter; small graphs keep every pair.
  const cell = n > 400 ? 2 * k : Number.POSITIVE_INFINITY;
  const iterations = n > 1000 ? 100 : 200;
  const gravity = 0.02;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    // Equal and opposite: what pushes i along (fx, fy) pushes j back.
    const push = (i: number, j: number, fx: number, fy: number) => {
      dx[i] += fx;
      dy[i] += fy;
      dx[j] -= fx;
      dy[j] -= fy;
    };
    const repel = (i: number, j: number) => {
      let ux = x[i] - x[j];
      let uy = y[i] - y[j];
      let d = Math.sqrt(ux * ux + uy * uy);
      if (d < 1e-6) {
        ux = random() - 0.5;
        uy = random() - 0.5;
        d = Math.sqrt(ux * ux + uy * uy);
      }
      if (d > cell) return;
      // Measured between rims, so big nodes keep their distance as small ones do.
      const gap = Math.max(1, d - radius[i] - radius[j]);
      const f = (k * k) / gap / d;
      push(i, j, ux * f, uy * f);
    };
    if (cell === Number.POSITIVE_INFINITY) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) repel(i, j);
    } else {
      const grid = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const key = Math.floor(x[i] / cell) * 65536 + Math.floor(y[i] / cell);
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
      for (let i = 0; i < n; i++) {
        const cx = Math.floor(x[i] / cell);
        const cy = Math.floor(y[i] / cell);
        for (let gx = cx - 1; gx <= cx + 1; gx++)
          for (let gy = cy - 1; gy <= cy + 1; gy++)
            for (const j of grid.get(gx * 65536 + gy) ?? []) if (j > i) repel(i, j);
      }
    }
    for (const [s, t] of links) {
      const ux = x[t] - x[s];
      const uy = y[t] - y[s];
      const d = Math.max(1e-6, Math.sqrt(ux * ux + uy * uy));
      const stretch = Math.max(0, d - radius[s] - radius[t]);
      const f = (stretch * stretch) / k / d;
      push(s, t, ux * f, uy * f);
    }
    // Temperature: large moves first, then ever finer ones.
    const limit = spread * 0.1 * (1 - it / iterations) + 1;
    for (let i = 0; i < n; i++) {
      // Elliptical gravity: the graph settles into the canvas's shape instead of a disc.
      const fx = dx[i] - (gravity * k * x[i]) / aspect;
      const fy = dy[i] - gravity * k * y[i] * aspect;
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len < 1e-9) continue;
      const step = Math.min(len, limit) / len;
      x[i] += fx * step;
      y[i] += fy * step;
    }
  }
  const out: Positions = {};
  nodes.forEach((node, i) => {
    out[node.id] = { x: x[i], y: y[i] };
  });
  return out;
}
