/** The network of actors, claims and sources, sized by reach, expandable by neighbourhood. */
import type { Core, ElementDefinition } from "cytoscape";
import { claimFilter, fetchClaims, fetchGraph, filterProblem, type GraphRequest, hasFilter } from "../api/queries.js";
import type { GraphViewData } from "../api/types.js";
import { h, replace } from "../dom/h.js";
import { type CyKit, loadCytoscape } from "../graph/cy-loader.js";
import { bindInteractions } from "../graph/interaction.js";
import { incrementalLayout, largeGraph } from "../graph/layouts.js";
import { networkElements } from "../graph/network-elements.js";
import { layOutNetwork } from "../graph/network-layout.js";
import { keepLabelsReadable, readableScale } from "../graph/readable-labels.js";
import { runSeeded } from "../graph/seeded.js";
import { networkStyle } from "../graph/styles.js";
import { fitViewport } from "../graph/viewport.js";
import { openEntry, parseOpenEntry, relationKinds, relationNames } from "../state/relations.js";
import { filtersKey, type ViewState } from "../state/view-state.js";
import { plural } from "../text/plural.js";
import type { GraphView, ViewContext } from "./graph-view.js";
import type { Selection } from "./selection.js";
import { errorMessage, showGraphStatus, showViewStatus, toast } from "./status.js";

const overviewLimit = 300;
const neighbourhoodLimit = 80;

/** The graph request that expands one node (by its id prefix: clm-, act-, src-) along the relations `codes` names. */
export function neighbourhoodRequest(id: string, codes: string): GraphRequest {
  const key = id.startsWith("clm-") ? "claimIds" : id.startsWith("act-") ? "actorIds" : "sourceIds";
  return { [key]: [id], depth: 1, limit: neighbourhoodLimit, relations: relationKinds(codes) };
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
  /** Nodes expanded, and the expansions made (`open` entries: id and relations followed). */
  private expanded = new Set<string>();
  private opened: string[] = [];
  /** The relations the next expansion follows (the view state's `rel`). */
  private relations = "";
  private truncated = false;
  private unbind: (() => void) | null = null;

  constructor(private readonly ctx: ViewContext) {}

  /** Nothing to draw, and why, under the view's title. */
  private empty(message: string, detail: string): void {
    showViewStatus(this.ctx, "Network", { kind: "empty", message, detail });
  }

  async load(s: ViewState): Promise<void> {
    // Cytoscape loads while the data is fetched, not after.
    const kit = loadCytoscape();
    showViewStatus(this.ctx, "Network", { kind: "loading", message: "Loading the network…" });
    try {
      let graph: GraphViewData;
      const problem = filterProblem(s);
      if (problem) {
        this.empty("These filters cannot match anything.", problem);
        return;
      }
      if (hasFilter(s)) {
        const page = await fetchClaims(claimFilter(s), 100);
        if (this.destroyed) return;
        if (page.nodes.length === 0) {
          this.empty("No claims match the search and filters.", "Clear some filters to see the network.");
          return;
        }
        graph = await fetchGraph({ claimIds: page.nodes.map((c) => c.id), depth: 1, limit: 500 });
      } else {
        graph = await fetchGraph({ depth: 1, limit: overviewLimit });
      }
      for (const entry of s.open) {
        const { id, codes } = parseOpenEntry(entry);
        merge(graph, await fetchGraph(neighbourhoodRequest(id, codes)));
      }
      if (this.destroyed) return;
      this.relations = s.rel;
      this.opened = [...s.open];
      this.expanded = new Set(s.open.map((e) => parseOpenEntry(e).id));
      if (graph.nodes.length === 0) {
        this.empty("The graph is empty.", "Load a corpus (npm run etl -- <folder>) and reload.");
        return;
      }
      performance.mark("nne:graph-data");
      await this.draw(graph, s, kit);
      if (this.destroyed) return;
      showGraphStatus(this.ctx.status, { kind: "ready" });
    } catch (err) {
      if (this.destroyed) return;
      showViewStatus(this.ctx, "Network", {
        kind: "error",
        message: errorMessage(err),
        retry: () => void this.load(s),
      });
    }
  }

  /**
   * Counts what is drawn (after twins are merged and expansions added), not what was first fetched:
   * the graph's nodes, or before the graph exists the elements it will be made of (the header's
   * final height is then known when the graph is framed).
   */
  private header(elements?: ElementDefinition[]): void {
    const cy = this.cy;
    const count = (sel: string) => {
      if (!elements) return cy?.nodes(sel).length ?? 0;
      const classes = sel.split(".").slice(1);
      return elements.filter(
        (e) =>
          e.group === "nodes" &&
          classes.every((c) =>
            String(e.classes ?? "")
              .split(" ")
              .includes(c),
          ),
      ).length;
    };
    const contested = count("node.claim.contested");
    replace(
      this.ctx.head,
      h(
        "h2",
        { id: "network-counts" },
        `Network · ${plural(count("node.claim"), "claim")} · ${plural(count("node.actor") + count("node.twin"), "actor")} · ${plural(count("node.source"), "outlet")}`,
      ),
      contested ? h("span", { class: "badge contested" }, `⚑ ${contested} contested`) : null,
      this.truncated
        ? h("span", { class: "hint" }, "Showing the most connected part; filter or expand to see more.")
        : h("span", { class: "hint" }, "Double-click or Enter expands a node along the relations ticked below"),
      h("span", { class: "hint" }, "Claims are numbered as in the list; hover or focus shows the wording."),
    );
  }

  /**
   * How many party names the overview shows: about one per 40 000 px² of canvas, at least 4. A phone's
   * canvas holds 5 or 6 beside the claims' numbers; 10 names there could not all find room.
   */
  private labelBudget(): number {
    const area = this.ctx.container.clientWidth * this.ctx.container.clientHeight;
    return Math.max(4, Math.min(24, Math.round(area / 40_000)));
  }

  /**
   * Positions are computed while Cytoscape may still be loading; the viewport that fits them, and
   * so the label scale, are known before the graph is created, which is then drawn once, in place.
   */
  private async draw(graph: GraphViewData, s: ViewState, kit: Promise<CyKit>): Promise<void> {
    this.truncated = graph.truncated;
    const elements = networkElements(graph, this.expanded, this.labelBudget());
    const large = elements.length > largeGraph;
    // The header first: its final height sets the canvas the layout is shaped to.
    this.header(elements);
    const { clientWidth: width, clientHeight: height } = this.ctx.container;
    const positions = layOutNetwork(elements, width, height);
    performance.mark("nne:layout-done");
    for (const e of elements) if (e.group === "nodes") e.position = positions[e.data.id as string];
    const viewport = fitViewport(
      elements.flatMap((e) => (e.position ? [{ ...e.position, size: Number(e.data.size) }] : [])),
      width,
      height,
    );
    const { createCy } = await kit;
    if (this.destroyed) return;
    const scale = large ? 1 : readableScale(viewport.zoom);
    const { cy, renderer } = createCy({
      container: this.ctx.container,
      elements,
      style: networkStyle(large, scale),
      viewport,
    });
    this.cy = cy;
    this.renderer = renderer;
    this.applyFilters(s);
    const unbind = bindInteractions(cy, this.ctx.container, {
      select: (id) => this.ctx.select(id),
      activate: (id) => void this.expand(id),
      announce: this.ctx.announce,
    });
    const stop = large ? () => {} : keepLabelsReadable(cy, (k) => networkStyle(false, k), scale);
    this.unbind = () => {
      stop();
      unbind();
    };
  }

  /** Stance hides edges; a search also marks the nodes whose names or wordings hold its words. */
  private applyFilters(s: ViewState): void {
    const cy = this.cy;
    if (!cy) return;
    const words = s.q
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3);
    // A rough stem, so "weapon" marks "weapons" as the server's English analyzer matches it.
    const stems = words.map((w) => (w.length > 5 ? w.slice(0, -2) : w));
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const stance = e.data("stance");
        e.toggleClass("filtered", Boolean(s.stance && stance && stance !== s.stance));
      });
      cy.nodes().forEach((n) => {
        const text = String(n.data("fullLabel") ?? "").toLowerCase();
        n.toggleClass("search-hit", stems.length > 0 && stems.some((w) => text.includes(w)));
      });
    });
  }

  /**
   * Adds a node's neighbourhood along the relations `codes` names (both roles' for an outlet that
   * also speaks) and places the new nodes around it. The same node can be expanded again along others.
   */
  async expand(id: string, codes = this.relations): Promise<void> {
    const cy = this.cy;
    const entry = openEntry(id, codes);
    if (!cy || this.opened.includes(entry)) return;
    const node = cy.getElementById(id);
    const speaker = node.data("speaker") as string | undefined;
    try {
      const more = await fetchGraph(neighbourhoodRequest(id, codes));
      if (speaker) merge(more, await fetchGraph(neighbourhoodRequest(speaker, codes)));
      if (this.destroyed) return;
      this.expanded.add(id);
      this.opened.push(entry);
      // Ends already drawn take part in merging twins, so the new edges attach to the drawn nodes.
      const drawn: GraphViewData = {
        nodes: cy.nodes().map((n) => ({
          id: n.id(),
          kind: String(n.data("kind")).toUpperCase() as "CLAIM",
          label: n.data("fullLabel"),
          weight: n.data("weight"),
          // Only ids and kinds matter for merging; the drawn node keeps its own time.
          time: null,
          contested: n.data("contested"),
        })),
        edges: [],
        truncated: false,
      };
      merge(drawn, more);
      const fresh = networkElements(drawn, this.expanded, 0).filter((e) =>
        cy.getElementById(e.data.id as string).empty(),
      );
      const edges = fresh.filter((e) => e.group === "edges").length;
      const centre = node.nonempty() ? node.position() : { x: 0, y: 0 };
      fresh.forEach((e, i) => {
        if (e.group === "nodes") e.position = { x: centre.x + 60 * Math.cos(i), y: centre.y + 60 * Math.sin(i) };
      });
      cy.add(fresh);
      node.removeClass("expandable");
      const added = fresh.filter((e) => e.group === "nodes").length;
      const name = node.data("fullLabel") ?? id;
      toast(
        added || edges
          ? `Added ${plural(added, "neighbour")} and ${plural(edges, "link")} of ${name}, following ${relationNames(codes)}`
          : `No more neighbours of ${name} following ${relationNames(codes)}`,
      );
      if (added) {
        await runSeeded(cy, incrementalLayout());
        // The grown graph is brought back into view whole.
        cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
      }
      this.header();
      this.ctx.setOpen([...this.opened]);
    } catch (err) {
      toast(`Could not expand: ${errorMessage(err)}`);
    }
  }

  async update(s: ViewState, prev: ViewState): Promise<void> {
    this.relations = s.rel;
    for (const entry of s.open) {
      const { id, codes } = parseOpenEntry(entry);
      if (!this.opened.includes(openEntry(id, codes))) await this.expand(id, codes);
    }
    if (filtersKey(s) !== filtersKey(prev)) this.applyFilters(s);
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
        return {
          type: "stance-edge",
          claimId: d.target,
          actorLabel: label(d.source),
          claimLabel: label(d.target),
          stance: d.kind === "DENIED" ? "denied" : "asserted",
          mentionIds: d.mentionIds ?? [],
        };
      case "REPORTED_BY":
        return { type: "reported-edge", claimId: d.source, sourceId: d.target, sourceLabel: label(d.target) };
      case "CITES":
      case "REPRINTS":
        return {
          type: "cites-edge",
          sourceId: d.source,
          sourceLabel: label(d.source),
          party: { id: d.target, name: label(d.target) },
          reprint: d.kind === "REPRINTS",
        };
      default:
        return {
          type: "note",
          title: d.label || "Publishes as",
          text: `${label(d.source)} speaks for, or is, the publisher ${label(d.target)}.`,
        };
    }
  }

  exportFrame(s: ViewState): { title: string; subject: string; notes: string[] } {
    const cy = this.cy;
    const count = (sel: string) => cy?.nodes(sel).length ?? 0;
    const filters = Object.entries(claimFilter(s)).map(
      ([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`,
    );
    return {
      title: "Narrative network: who asserts and denies which claims, and which outlets carry them",
      subject: `${plural(count("node.claim"), "claim")} · ${plural(count("node.actor") + count("node.twin"), "actor")} · ${plural(count("node.source"), "outlet")}${filters.length ? ` — filtered by ${filters.join("; ")}` : ""}`,
      notes: [
        `Outlets: ${
          cy
            ?.nodes("node.source")
            .map((n) => n.data("fullLabel"))
            .join(", ") ?? ""
        }`,
        "Claims are numbered in order of first appearance (as in the explorer's list).",
        "Source: the corpus loaded in the Narrative Network Explorer; stances are extracted automatically.",
      ],
    };
  }

  /** The network's edges carry mention ids, not text: the evidence travels in the claim exports. */
  exportEvidence(): unknown[] {
    return [];
  }

  /** As the first draw frames the graph: from the nodes' boxes, without measuring every label. */
  refit(): void {
    const cy = this.cy;
    if (!cy) return;
    cy.resize();
    cy.viewport(
      fitViewport(
        cy.nodes().map((n) => ({ ...n.position(), size: Number(n.data("size")) })),
        cy.width(),
        cy.height(),
      ),
    );
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
