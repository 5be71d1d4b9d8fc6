/** The legend: the same colours and shapes as the stylesheet, drawn as small SVG symbols. */
import { h, replace } from "../dom/h.js";
import { palette } from "../graph/palette.js";
import type { ViewName } from "../state/view-state.js";

const svgNs = "http://www.w3.org/2000/svg";

function svg(children: SVGElement[], w = 18, hgt = 14): SVGSVGElement {
  const el = document.createElementNS(svgNs, "svg");
  el.setAttribute("width", String(w));
  el.setAttribute("height", String(hgt));
  el.setAttribute("viewBox", `0 0 ${w} ${hgt}`);
  el.setAttribute("aria-hidden", "true");
  for (const c of children) el.appendChild(c);
  return el;
}

type Attrs = Record<string, string | number>;

function shape(tag: string, attrs: Attrs): SVGElement {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The rounded box of a claim or a wire story. */
const card = (attrs: Attrs) => shape("rect", { x: 2, y: 2, width: 14, height: 10, rx: 3, ...attrs });
/** The hexagon of an outlet. */
const hexagon = (attrs: Attrs) => shape("polygon", { points: "5,1 13,1 17,7 13,13 5,13 1,7", ...attrs });
/** A solid edge with a filled head. */
const arrow = (color: string) => [
  shape("line", { x1: 1, y1: 7, x2: 13, y2: 7, stroke: color, "stroke-width": 2 }),
  shape("polygon", { points: "12,3 17,7 12,11", fill: color }),
];

const symbols = {
  asserted: () => svg([shape("circle", { cx: 9, cy: 7, r: 6, fill: palette.asserted })]),
  denied: () => svg([shape("polygon", { points: "9,0 16,7 9,14 2,7", fill: palette.denied })]),
  first: () =>
    svg([shape("circle", { cx: 9, cy: 7, r: 5, fill: palette.asserted, stroke: palette.claim, "stroke-width": 3 })]),
  story: () => svg([card({ fill: "none", stroke: palette.ink, "stroke-width": 3, "stroke-dasharray": "1 0" })]),
  relay: () => svg(arrow(palette.relay)),
  relayNode: () =>
    svg([
      shape("polygon", {
        points: "9,2 16,13 2,13",
        fill: "#fff",
        stroke: palette.relay,
        "stroke-width": 1.5,
        "stroke-dasharray": "2 2",
      }),
    ]),
  actor: () => svg([shape("circle", { cx: 9, cy: 7, r: 6, fill: palette.actor })]),
  claim: () => svg([card({ fill: palette.claim })]),
  contested: () => svg([card({ fill: "#f3c7a8", stroke: palette.denied, "stroke-width": 2.5 })]),
  source: () => svg([hexagon({ fill: palette.source })]),
  assertsEdge: () => svg(arrow(palette.asserted), 20),
  line: (color: string, dash = "", head: SVGElement[] = []) =>
    svg(
      [
        shape("line", {
          x1: 1,
          y1: 7,
          x2: 15,
          y2: 7,
          stroke: color,
          "stroke-width": 2,
          ...(dash ? { "stroke-dasharray": dash } : {}),
        }),
        ...head,
      ],
      20,
    ),
  twin: () => svg([hexagon({ fill: palette.source, stroke: palette.actor, "stroke-width": 2.5 })]),
  deniesEdge: () =>
    svg(
      [
        shape("line", {
          x1: 1,
          y1: 7,
          x2: 16,
          y2: 7,
          stroke: palette.denied,
          "stroke-width": 2,
          "stroke-dasharray": "3 2",
        }),
        shape("line", { x1: 17, y1: 2, x2: 17, y2: 12, stroke: palette.denied, "stroke-width": 2 }),
      ],
      20,
    ),
};

function row(symbol: SVGSVGElement, label: string): HTMLElement {
  return h("div", { class: "row" }, symbol, label);
}

function legendRows(view: ViewName): HTMLElement[] {
  return view === "travel"
    ? [
        row(symbols.asserted(), "asserts the claim"),
        row(symbols.denied(), "denies the claim"),
        row(symbols.first(), "first appearance"),
        row(symbols.story(), "wire story copies (Enter opens)"),
        row(symbols.relay(), "relayed from (via; the mark names the relay)"),
        row(symbols.line("#8a6d9e", "4 2"), "according to (the document cites it)"),
        row(symbols.line(palette.ink, "1 3"), "copy of a story"),
        row(symbols.relayNode(), "relay not in the corpus"),
        h(
          "span",
          { class: "row", id: "axis-note" },
          "Time (UTC) runs left to right in order, not to scale. Bars below: mentions per hour or day, asserting up, denying down.",
        ),
      ]
    : [
        row(symbols.actor(), "actor"),
        row(symbols.claim(), "claim (its number in the list; hover for the wording)"),
        row(symbols.source(), "outlet / source"),
        row(symbols.contested(), "contested claim"),
        row(symbols.twin(), "outlet that also speaks (one party)"),
        row(symbols.assertsEdge(), "asserts"),
        row(symbols.deniesEdge(), "denies"),
        row(
          symbols.line(palette.asserted, "1 3", [
            shape("polygon", { points: "14,3 19,7 14,11", fill: "#fff", stroke: palette.asserted }),
          ]),
          "said, per someone else's account",
        ),
        row(
          symbols.line("#aab2bb", "", [
            shape("polyline", { points: "14,3 19,7 14,11", fill: "none", stroke: "#aab2bb", "stroke-width": 2 }),
          ]),
          "reported by (claim → outlet)",
        ),
        row(symbols.line("#8a6d9e", "2 2"), "cites"),
        row(
          symbols.line("#8a6d9e", "4 2", [shape("rect", { x: 15, y: 4, width: 5, height: 6, fill: "#8a6d9e" })]),
          "reprints",
        ),
        row(symbols.line("#6b7480", "1 2"), "speaks as (actor → its outlet)"),
        row(
          symbols.line(palette.relay, "5 2", [shape("polygon", { points: "14,3 19,7 14,11", fill: palette.relay })]),
          "relays (whose account → whose words)",
        ),
      ];
}

export function renderLegend(el: HTMLElement, view: ViewName): void {
  replace(el, h("div", { class: "rows" }, h("span", { class: "legend-title" }, "Legend"), ...legendRows(view)));
}
