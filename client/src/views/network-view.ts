/** The network of actors, claims and sources, sized by reach, expandable by neighbourhood. */
import type { Core } from "cytoscape";
import { claimFilter, fetchClaims, fetchGraph, filterProblem, hasFilter, type GraphRequest } from "../api/queries.js";
import type { GraphViewData } from "../api/types.js";
import { h, replace } from "../dom/h.js";
import { createCy } from "../graph/create-cy.js";
import { bindInteractions } from "../graph/interaction.js";
import { incrementalLayout, largeGraph, networkLayout } from "../graph/layouts.js";
import { networkElements } from "../graph/network-elements.js";
import { networkStyle } from "../graph/styles.js";
import type { ViewState } from "../state/view-state.js";
import type { GraphView, ViewContext } from "./graph-view.js";
import type { Selection } from "./selection.js";
import { errorMessage, showGraphStatus, toast } from "./status.js";

const overviewLimit = 300;
const neighbourhoodLimit = 80;

/** The graph request that expands one node by its id prefix (clm-, act-, src-). */
export function neighbourhoodRequest(id: string): GraphRequest {
  const key = id.startsWith("clm-") ? "claimIds" : id.startsWith("act-") ? "actorIds" : "sourceIds";
  return { [key]: [id], depth: 1, limit: neighbourhoodLimit };
}

function merge(into: GraphViewData, more: GraphViewData): void {
  const nodes = new Set(into.nodes.map((n) => n.id));
  const edges = new Set(into.edges.map((e) => e.id));
  for (const n of more.nodes) if (!nodes.has(n.id)) into.nodes.push(n);
  for (const e of more.edges) if (!edges.has(e.id)) into.edges.push(e);
  into.truncated ||= more.truncated;
}

export class NetworkView implements GraphView {
  cy: Core | null = null;
  renderer = "canvas";
  private destroyed = false;
  private expanded = new Set<string>();
  private unbind: (() => void) | null = null;

  constructor(private readonly ctx: ViewContext) {}

  async load(s: ViewState): Promise<void> {
    showGraphStatus(this.ctx.status, { kind: "loading", message: "Loading the network…" });
    replace(this.ctx.head, h("h2", {}, "Network"), h("span", { class: "hint" }, "Loading…"));
    try {
      let graph: GraphViewData;
      const problem = filterProblem(s);
      if (problem) {
        replace(this.ctx.head, h("h2", {}, "Network"));
        showGraphStatus(this.ctx.status, { kind: "empty", message: "These filters cannot match anything.", detail: problem });
        return;
      }
      if (hasFilter(s)) {
        const page = await fetchClaims(claimFilter(s), 100);
        if (this.destroyed) return;
        if (page.nodes.length === 0) {
          replace(this.ctx.head, h("h2", {}, "Network"));
          showGraphStatus(this.ctx.status, { kind: "empty", message: "No claims match the search and filters.", detail: "Clear some filters to see the network." });
          return;
        }
        graph = await fetchGraph({ claimIds: page.nodes.map((c) => c.id), depth: 1, limit: 500 });
      } else {
        graph = await fetchGraph({ depth: 1, limit: overviewLimit });
      }
      for (const id of s.open) merge(graph, await fetchGraph(neighbourhoodRequest(id)));
      if (this.destroyed) return;
      this.expanded = new Set(s.open);
      if (graph.nodes.length === 0) {
        replace(this.ctx.head, h("h2", {}, "Network"));
        showGraphStatus(this.ctx.status, { kind: "empty", message: "The graph is empty.", detail: "Load a corpus (npm run etl -- <folder>) and reload." });
        return;
      }
      await this.draw(graph, s);
      if (this.destroyed) return;
      this.header(graph);
      showGraphStatus(this.ctx.status, { kind: "ready" });
    } catch (err) {
      if (this.destroyed) return;
      replace(this.ctx.head, h("h2", {}, "Network"));
      showGraphStatus(this.ctx.status, { kind: "error", message: errorMessage(err), retry: () => void this.load(s) });
    }
  }

  private header(graph: GraphViewData): void {
    const count = (k: string) => graph.nodes.filter((n) => n.kind === k).length;
    const contested = graph.nodes.filter((n) => n.kind === "CLAIM" && n.contested).length;
    replace(
      this.ctx.head,
      h("h2", {}, `Network · ${count("CLAIM")} claims · ${count("ACTOR")} actors · ${count("SOURCE")} sources`),
      contested ? h("span", { class: "badge contested" }, `⚑ ${contested} contested`) : null,
      graph.truncated ? h("span", { class: "hint" }, "Showing the most connected part; filter or expand to see more.") : h("span", { class: "hint" }, "Double-click or Enter expands a node"),
    );
  }

  private async draw(graph: GraphViewData, s: ViewState): Promise<void> {
    const elements = networkElements(graph, this.expanded);
    const { cy, renderer } = createCy({ container: this.ctx.container, elements, style: networkStyle(elements.length > largeGraph) });
    this.cy = cy;
    this.renderer = renderer;
    this.applyStance(s);
    this.unbind = bindInteractions(cy, this.ctx.container, {
      select: (id) => this.ctx.select(id),
      activate: (id) => void this.expand(id),
      announce: this.ctx.announce,
    });
    const layout = cy.layout(networkLayout(elements.length));
    const done = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
    layout.run();
    await done;
  }

  private applyStance(s: ViewState): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const stance = e.data("stance");
        e.toggleClass("filtered", Boolean(s.stance && stance && stance !== s.stance));
      });
    });
  }

  /** Adds a node's neighbourhood and places the new nodes around it. */
  async expand(id: string): Promise<void> {
    const cy = this.cy;
    if (!cy || this.expanded.has(id)) return;
    const node = cy.getElementById(id);
    try {
      const more = await fetchGraph(neighbourhoodRequest(id));
      if (this.destroyed) return;
      this.expanded.add(id);
      const fresh = networkElements(more, this.expanded).filter((e) => cy.getElementById(e.data.id as string).empty());
      const centre = node.nonempty() ? node.position() : { x: 0, y: 0 };
      fresh.forEach((e, i) => {
        if (e.group === "nodes") e.position = { x: centre.x + 60 * Math.cos(i), y: centre.y + 60 * Math.sin(i) };
      });
      cy.add(fresh);
      node.removeClass("expandable");
      const added = fresh.filter((e) => e.group === "nodes").length;
      toast(added ? `Added ${added} neighbours of ${node.data("label") ?? id}` : "No more neighbours");
      if (added) cy.layout(incrementalLayout()).run();
      this.ctx.setOpen([...this.expanded]);
    } catch (err) {
      toast(`Could not expand: ${errorMessage(err)}`);
    }
  }

  async update(s: ViewState, prev: ViewState): Promise<void> {
    for (const id of s.open) if (!this.expanded.has(id)) await this.expand(id);
    if (s.stance !== prev.stance) this.applyStance(s);
  }

  describe(id: string): Selection | null {
    const el = this.cy?.getElementById(id);
    if (!el || el.empty()) return null;
    const d = el.data();
    if (el.isNode()) {
      if (d.kind === "claim") return { type: "claim", id };
      if (d.kind === "actor") return { type: "actor", id };
      return { type: "source", id };
    }
    const label = (nodeId: string) => String(this.cy?.getElementById(nodeId).data("fullLabel") ?? nodeId);
    switch (d.kind) {
      case "ASSERTED":
      case "DENIED":
        return { type: "stance-edge", claimId: d.target, actorLabel: label(d.source), claimLabel: label(d.target), stance: d.kind === "DENIED" ? "denied" : "asserted", mentionIds: d.mentionIds ?? [] };
      case "REPORTED_BY":
        return { type: "reported-edge", claimId: d.source, sourceId: d.target, sourceLabel: label(d.target) };
      case "CITES":
      case "REPRINTS":
        return { type: "cites-edge", sourceId: d.source, sourceLabel: label(d.source), party: { id: d.target, name: label(d.target) }, reprint: d.kind === "REPRINTS" };
      default:
        return { type: "note", title: d.label || "Publishes as", text: `${label(d.source)} speaks for, or is, the publisher ${label(d.target)}.` };
    }
  }

  claimFor(id: string): string {
    const el = this.cy?.getElementById(id);
    if (!el || el.empty()) return "";
    const d = el.data();
    if (d.kind === "claim") return id;
    return d.kind === "REPORTED_BY" ? d.source : d.kind === "ASSERTED" || d.kind === "DENIED" ? d.target : "";
  }

  destroy(): void {
    this.destroyed = true;
    this.unbind?.();
    this.cy?.destroy();
    this.cy = null;
  }
}

