/** Builds the GraphiQL explorer into a private folder for a test, so no other build can race it. */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { projectRoot } from "../../server/config.js";

export async function buildExplorer(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "nne-explorer-"));
  await build({
    configFile: path.join(projectRoot, "server", "api", "explorer", "vite.config.ts"),
    build: { outDir, emptyOutDir: true },
    logLevel: "error",
  });
  return outDir;
}
