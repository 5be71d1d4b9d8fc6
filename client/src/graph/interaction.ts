/**
 * Mouse and keyboard for a Cytoscape graph: click selects, double-click (or Enter) activates,
 * and the arrow keys walk the nodes in reading order so the graph is usable without a mouse.
 */
import type { Core, NodeSingular } from "cytoscape";

export interface InteractionHandlers {
  select(id: string): void;
  activate(id: string): void;
  /** Names the focused element for screen readers. */
  announce(text: string): void;
}

const inert = '[kind = "lane"], [kind = "tick"]';

export function bindInteractions(cy: Core, container: HTMLElement, on: InteractionHandlers): () => void {
  cy.on("tap", "node, edge", (ev) => {
    if (ev.target.is(inert)) return;
    on.select(ev.target.id());
  });
  cy.on("tap", (ev) => {
    if (ev.target === cy) on.select("");
  });
  // Hover reveals a label that the zoom level hides (claim wordings on an overview).
  cy.on("mouseover", "node, edge", (ev) => ev.target.addClass("hover"));
  cy.on("mouseout", "node, edge", (ev) => ev.target.removeClass("hover"));
  cy.on("dbltap", "node", (ev) => {
    if (!ev.target.is(inert)) on.activate(ev.target.id());
  });

  let focused: NodeSingular | null = null;
  const ordered = (): NodeSingular[] =>
    cy
      .nodes()
      .filter((n) => !n.is(inert) && n.visible() && !n.hasClass("future"))
      .toArray()
      .map((n) => n as NodeSingular)
      .sort((a, b) => a.position("x") - b.position("x") || a.position("y") - b.position("y"));
  const focus = (n: NodeSingular | null) => {
    focused?.removeClass("kbd-focus");
    focused = n;
    if (!n) return;
    n.addClass("kbd-focus");
    const ext = cy.extent();
    const p = n.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2)
      cy.animate({ center: { eles: n } }, { duration: 200 });
    on.announce(String(n.data("label") ?? n.id()).replace(/\n/g, ", "));
  };
  const onKey = (ev: KeyboardEvent) => {
    const nodes = ordered();
    if (!nodes.length) return;
    const index = focused ? nodes.findIndex((n) => n.same(focused as NodeSingular)) : -1;
    if (ev.key === "ArrowRight" || ev.key === "ArrowDown") {
      focus(nodes[(index + 1) % nodes.length]);
    } else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") {
      focus(nodes[(index - 1 + nodes.length) % nodes.length]);
    } else if (ev.key === " " && focused) {
      on.select(focused.id());
    } else if (ev.key === "Enter" && focused) {
      on.activate(focused.id());
    } else if (ev.key === "Escape") {
      on.select("");
    } else {
      return;
    }
    ev.preventDefault();
  };
  container.addEventListener("keydown", onKey);
  return () => container.removeEventListener("keydown", onKey);
}

/** Selects one element (or none) and brings it into view. */
export function selectElement(cy: Core, id: string): boolean {
  cy.elements(":selected").unselect();
  if (!id) return true;
  const el = cy.getElementById(id);
  if (el.empty()) return false;
  el.select();
  const ext = cy.extent();
  const bb = el.boundingBox();
  if (bb.x2 < ext.x1 || bb.x1 > ext.x2 || bb.y2 < ext.y1 || bb.y1 > ext.y2) cy.center(el);
  return true;
}
