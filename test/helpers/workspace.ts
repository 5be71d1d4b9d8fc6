import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Graph } from "../../server/graph/driver.js";
import { emptyTestGraph } from "./neo4j.js";

/** An empty folder of a test file's own under the system's temporary folder. */
export interface TempDir {
  path: string;
  /** Removes the folder and all it holds. */
  close(): Promise<void>;
}

export async function openTempDir(name: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `nne-${name}-`));
  return { path: dir, close: () => rm(dir, { recursive: true, force: true }) };
}

/** What a test file that writes to the test Neo4j and to disk works in. */
export interface Workspace {
  /** The test Neo4j, wiped when the workspace opens. */
  graph: Graph;
  /** An empty folder of the file's own. */
  tmp: string;
  /** Closes the graph and removes the folder. */
  close(): Promise<void>;
}

export async function openWorkspace(name: string): Promise<Workspace> {
  const graph = await emptyTestGraph();
  const dir = await openTempDir(name);
  return {
    graph,
    tmp: dir.path,
    async close() {
      await graph.close();
      await dir.close();
    },
  };
}
