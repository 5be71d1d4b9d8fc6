/**
 * A small log–log line plot written as SVG, for time against corpus size per stage. A dashed
 * line of slope 1 through each series' first point shows what linear growth would look like, so a
 * stage that grows faster than linearly is visible at a glance.
 */
import { escapeHtml } from "../server/escape-html.js";
export interface Series {
  name: string;
  points: { x: number; y: number }[];
}

export interface PlotOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const COLOURS = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#7f7f7f",
  "#bcbd22",
];

export function logLogPlot(series: Series[], options: PlotOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 460;
  const margin = { left: 70, right: 190, top: 40, bottom: 50 };
  const drawn = series
    .filter((s) => s.points.some((p) => p.x > 0 && p.y > 0))
    .map((s) => ({ ...s, points: s.points.filter((p) => p.x > 0 && p.y > 0).sort((a, b) => a.x - b.x) }));
  const xs = drawn.flatMap((s) => s.points.map((p) => p.x));
  const ys = drawn.flatMap((s) => s.points.map((p) => p.y));
  const [x0, x1] = decades(xs.length ? xs : [1, 10]);
  const [y0, y1] = decades(ys.length ? ys : [1, 10]);
  const px = (x: number) => margin.left + ((Math.log10(x) - x0) / (x1 - x0)) * (width - margin.left - margin.right);
  const py = (y: number) =>
    height - margin.bottom - ((Math.log10(y) - y0) / (y1 - y0)) * (height - margin.top - margin.bottom);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeHtml(options.title)}</text>`);
  for (let d = x0; d <= x1; d++) {
    const x = px(10 ** d);
    out.push(`<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${height - margin.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${height - margin.bottom + 18}" text-anchor="middle">${tick(10 ** d)}</text>`);
  }
  for (let d = y0; d <= y1; d++) {
    const y = py(10 ** d);
    out.push(`<line x1="${margin.left}" y1="${y}" x2="${width - margin.right}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${margin.left - 8}" y="${y + 4}" text-anchor="end">${tick(10 ** d)}</text>`);
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${width - margin.left - margin.right}" height="${height - margin.top - margin.bottom}" fill="none" stroke="#333"/>`,
  );
  out.push(
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">${escapeHtml(options.xLabel)}</text>`,
  );
  out.push(
    `<text transform="translate(18 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(options.yLabel)}</text>`,
  );

  drawn.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    if (s.points.length > 1) {
      const linearEnd = first.y * (last.x / first.x);
      out.push(
        `<line x1="${px(first.x)}" y1="${py(first.y)}" x2="${px(last.x)}" y2="${py(linearEnd)}" stroke="${colour}" stroke-dasharray="4 4" stroke-opacity="0.6"/>`,
      );
    }
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${s.points.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(" ")}"/>`,
    );
    for (const p of s.points)
      out.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3.5" fill="${colour}"><title>${escapeHtml(s.name)}: ${p.y.toPrecision(3)} at ${p.x}</title></circle>`,
      );
    const ly = margin.top + 14 + i * 18;
    out.push(
      `<line x1="${width - margin.right + 12}" y1="${ly - 4}" x2="${width - margin.right + 32}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"/>`,
    );
    out.push(`<text x="${width - margin.right + 38}" y="${ly}">${escapeHtml(s.name)}</text>`);
  });
  const ly = margin.top + 14 + drawn.length * 18 + 6;
  out.push(
    `<line x1="${width - margin.right + 12}" y1="${ly - 4}" x2="${width - margin.right + 32}" y2="${ly - 4}" stroke="#555" stroke-dasharray="4 4"/>`,
  );
  out.push(`<text x="${width - margin.right + 38}" y="${ly}">linear growth</text>`);
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/** Whole decades that enclose the values, at least one decade wide. */
function decades(values: number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return [lo, Math.max(hi, lo + 1)];
}

function tick(v: number): string {
  if (v >= 1000) return `${(v / 1000).toLocaleString("en-US")}k`;
  return v >= 1 ? String(v) : v.toString();
}
