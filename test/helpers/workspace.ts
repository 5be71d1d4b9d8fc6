import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Graph } from "../../server/graph/driver.js";
import { emptyTestGraph } from "./neo4j.js";

/** What a test file that writes to the test Neo4j and to disk works in. */
export interface Workspace {
  /** The test Neo4j, wiped when the workspace opens. */
  graph: Graph;
  /** An empty folder of the file's own under the system's temporary folder. */
  tmp: string;
  /** Closes the graph and removes the folder. */
  close(): Promise<void>;
}

export async function openWorkspace(name: string): Promise<Workspace> {
  const graph = await emptyTestGraph();
  const tmp = await mkdtemp(path.join(os.tmpdir(), `nne-${name}-`));
  return {
    graph,
    tmp,
    async close() {
      await graph.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
