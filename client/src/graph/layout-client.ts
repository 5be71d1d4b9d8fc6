/**
 * The page's side of layout-worker.ts. The worker is started with the page's first request, so
 * its copy of Cytoscape is parsed by the time the graph data arrives.
 */
import type { ElementDefinition } from "cytoscape";

export type Positions = Record<string, { x: number; y: number }>;
export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
}
export type LayoutAnswer = { id: number; positions: Positions } | { id: number; error: string };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(p: Positions): void; reject(e: Error): void }>();

export function startLayoutWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
  started.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ("error" in data) waiting?.reject(new Error(`The layout failed: ${data.error}`));
    else waiting?.resolve(data.positions);
  };
  started.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`The layout worker failed: ${event.message}`));
    pending.clear();
    worker = undefined;
  };
  worker = started;
  return started;
}

/** fcose positions for a network's elements, computed in the worker (only ids, ends and sizes travel). */
export function layOutNetwork(elements: ElementDefinition[]): Promise<Positions> {
  const id = nextId++;
  const slim = elements.map((e) =>
    e.group === "edges"
      ? { group: e.group, data: { id: e.data.id, source: e.data.source, target: e.data.target } }
      : { group: e.group, data: { id: e.data.id, size: e.data.size } },
  );
  return new Promise<Positions>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    startLayoutWorker().postMessage({ id, elements: slim } satisfies LayoutRequest);
  });
}
