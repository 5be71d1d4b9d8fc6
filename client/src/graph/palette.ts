/**
 * Colours used by the graph and the legend, chosen from the Okabe–Ito palette so that they
 * stay distinct for colour-blind readers; stance is also carried by shape, never colour alone.
 */
export const palette = {
  asserted: "#0072B2",
  denied: "#D55E00",
  mixed: "#CC79A7",
  actor: "#009E73",
  claim: "#E69F00",
  source: "#56B4E9",
  relay: "#6b6b6b",
  ink: "#1b1f24",
  muted: "#5b6470",
  paper: "#ffffff",
  focus: "#1b1f24",
} as const;

/** Node shapes per kind, shared by the stylesheet and the legend. */
export const shapes = {
  asserted: "ellipse",
  denied: "diamond",
  mixed: "hexagon",
  reprints: "round-tag",
  actor: "ellipse",
  claim: "round-rectangle",
  source: "hexagon",
  relay: "round-triangle",
} as const;
