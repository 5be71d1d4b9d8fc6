/**
 * The volume strip under the travel: bars of assertions (up) and denials (down) per hour or day,
 * each with its outlet kinds in its title; the bars after the slider's time are faded, and
 * clicking a bar moves the slider to its end.
 */
import { palette } from "../graph/palette.js";
import { type VolumeInput, volumeBuckets } from "../graph/volume.js";
import { plural } from "../text/plural.js";
import { formatDateTime } from "../text/time-format.js";

const svgNs = "http://www.w3.org/2000/svg";
const height = 30;

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export class VolumeStrip {
  constructor(
    private readonly el: HTMLElement,
    private readonly pick: (iso: string) => void,
  ) {}

  show(input: VolumeInput): void {
    const { size, buckets } = volumeBuckets(input);
    this.el.hidden = buckets.length === 0;
    if (!buckets.length) {
      this.el.replaceChildren();
      return;
    }
    const peak = Math.max(1, ...buckets.map((b) => Math.max(b.asserted, b.denied)));
    const width = Math.max(200, buckets.length * 10);
    const mid = height / 2;
    const svg = svgEl("svg", {
      viewBox: `0 0 ${width} ${height}`,
      preserveAspectRatio: "none",
      width: "100%",
      height,
      role: "img",
      "aria-label": `Mentions per ${size} (UTC): assertions up, denials down`,
    });
    svg.append(svgEl("line", { x1: 0, x2: width, y1: mid, y2: mid, stroke: palette.muted, "stroke-width": 0.5 }));
    buckets.forEach((b, i) => {
      const kinds = Object.entries(b.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ");
      const bar = svgEl("g", { class: "bucket", "data-start": b.start });
      const title = svgEl("title", {});
      title.textContent = `${formatDateTime(new Date(b.start).toISOString())} – per ${size}: ${plural(b.asserted, "assertion")}, ${plural(b.denied, "denial")}${kinds ? ` (${kinds})` : ""}`;
      bar.append(title, svgEl("rect", { x: i * 10, y: 0, width: 10, height, fill: "transparent" }));
      if (b.asserted)
        bar.append(
          svgEl("rect", {
            class: "asserted",
            x: i * 10 + 1,
            y: mid - (b.asserted / peak) * (mid - 2),
            width: 8,
            height: (b.asserted / peak) * (mid - 2),
            fill: palette.asserted,
          }),
        );
      if (b.denied)
        bar.append(
          svgEl("rect", {
            class: "denied",
            x: i * 10 + 1,
            y: mid,
            width: 8,
            height: (b.denied / peak) * (mid - 2),
            fill: palette.denied,
          }),
        );
      bar.addEventListener("click", () => this.pick(new Date(b.end - 1).toISOString()));
      svg.append(bar);
    });
    this.el.title = `Mentions per ${size}, UTC: asserting above the line, denying below; click a bar to replay up to it.`;
    this.el.replaceChildren(svg);
  }

  /** Fades the bars after `t` (ISO; empty = everything shown). */
  mark(t: string): void {
    const at = t ? Date.parse(t) : Infinity;
    this.el
      .querySelectorAll<SVGElement>(".bucket")
      .forEach((g) => g.classList.toggle("future", Number(g.dataset.start) > at));
  }
}
