/// <reference path="../types/cytoscape-fcose.d.ts" />
/**
 * One place that creates Cytoscape instances, choosing the renderer by graph size. Views load it
 * with loadCytoscape() (cy-loader.ts), so Cytoscape is fetched and parsed while their data is.
 */

import type { Core, CytoscapeOptions, ElementDefinition, StylesheetJson } from "cytoscape";
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { largeGraph } from "./layouts.js";

// fcose places the nodes an expansion adds (network-layout.ts makes the first layout).
cytoscape.use(fcose);

export interface CyOptions {
  container: HTMLElement;
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Force a renderer; by default WebGL is used for large graphs when the browser has it. */
  webgl?: boolean;
  /**
   * Where the view opens. Given, the graph is created there and nothing is fitted: fitting measures
   * every label's box, which was a third of the first draw's main-thread time (bench/client.ts).
   */
  viewport?: { zoom: number; pan: { x: number; y: number } };
}

/**
 * Whether a hardware WebGL is there. A software one (SwiftShader, llvmpipe: no GPU, or a headless
 * browser) draws large graphs slower than the canvas renderer, so it counts as none.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

export function createCy(opts: CyOptions): { cy: Core; renderer: string } {
  const webgl = opts.webgl ?? (opts.elements.length > largeGraph && webglAvailable());
  const large = opts.elements.length > largeGraph;
  const options: CytoscapeOptions & { renderer?: Record<string, unknown> } = {
    container: opts.container,
    elements: opts.elements,
    style: opts.style,
    layout: { name: "preset", fit: !opts.viewport },
    ...opts.viewport,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Large graphs: draw cheaply while panning and zooming.
    hideEdgesOnViewport: large,
    textureOnViewport: large && !webgl,
    // Large graphs: one device pixel per CSS pixel and no motion blur halve the pixels drawn per frame.
    pixelRatio: large ? 1 : "auto",
    motionBlur: false,
    renderer: { name: "canvas", webgl },
  };
  return { cy: cytoscape(options), renderer: webgl ? "canvas+webgl" : "canvas" };
}
