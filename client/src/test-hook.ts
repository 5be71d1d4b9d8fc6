/**
 * window.__nne: a handle for the browser tests and the bench (read state, reach the graph,
 * render a synthetic graph through the same styles and layout as the network view).
 */
import type { Core } from "cytoscape";
import { loadCytoscape } from "./graph/cy-loader.js";
import { largeGraph } from "./graph/layouts.js";
import { networkElements } from "./graph/network-elements.js";
import { layOutNetwork } from "./graph/network-layout.js";
import { networkStyle } from "./graph/styles.js";
import { fitViewport } from "./graph/viewport.js";
import type { StateStore, ViewState } from "./state/view-state.js";
import type { GraphView, ViewContext } from "./views/graph-view.js";
import { showGraphStatus } from "./views/status.js";

export interface SyntheticResult {
  elements: number;
  nodes: number;
  edges: number;
  renderer: string;
  layout: string;
  /** From the elements to the first frame drawn, graph in place, answering a tap. */
  totalMs: number;
  /** Computing the positions (network-layout.ts). */
  layoutMs: number;
  /** Creating the graph, in place, on the page. */
  createMs: number;
  drawMs: number;
}

export interface TestHook {
  state(): ViewState;
  cy(): Core | null;
  renderer(): string;
  renderSynthetic(elements: number, opts?: { webgl?: boolean }): Promise<SyntheticResult>;
}

declare global {
  interface Window {
    __nne?: TestHook;
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function installTestHook(app: { store: StateStore; view: () => GraphView | null; context: ViewContext }): void {
  let synthetic: Core | null = null;
  window.__nne = {
    state: () => app.store.get(),
    cy: () => synthetic ?? app.view()?.cy ?? null,
    renderer: () => app.view()?.renderer ?? "",
    async renderSynthetic(count, opts = {}) {
      const { syntheticGraph } = await import("./graph/synthetic.js");
      const graph = syntheticGraph(count);
      app.view()?.destroy();
      synthetic?.destroy();
      showGraphStatus(app.context.status, { kind: "loading", message: "Rendering a synthetic graph…" });
      const { createCy } = await loadCytoscape();
      // As the network view draws: positions first, then one graph created in place.
      const t0 = performance.now();
      const elements = networkElements(graph, new Set());
      const { clientWidth: width, clientHeight: height } = app.context.container;
      const positions = layOutNetwork(elements, width, height);
      const layoutMs = performance.now() - t0;
      const tc = performance.now();
      for (const e of elements) if (e.group === "nodes") e.position = positions[e.data.id as string];
      const { cy, renderer } = createCy({
        container: app.context.container,
        elements,
        style: networkStyle(elements.length > largeGraph),
        webgl: opts.webgl,
        viewport: fitViewport(
          elements.flatMap((e) => (e.position ? [{ ...e.position, size: Number(e.data.size) }] : [])),
          width,
          height,
        ),
      });
      synthetic = cy;
      const createMs = performance.now() - tc;
      // Interactive: a frame has been drawn and the graph answers a hit test.
      const td = performance.now();
      await frame();
      await frame();
      cy.nodes()[0].emit("tap");
      const drawMs = performance.now() - td;
      const totalMs = performance.now() - t0;
      showGraphStatus(app.context.status, { kind: "ready" });
      return {
        elements: cy.elements().length,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        renderer,
        layout: "force (network-layout.ts)",
        totalMs,
        createMs,
        layoutMs,
        drawMs,
      };
    },
  };
}
