/** Builds the GraphiQL explorer into a private folder for a test, so no other build can race it. */
import path from "node:path";
import { build } from "vite";
import { projectRoot } from "../../server/config.js";
import { openTempDir, type TempDir } from "../helpers/workspace.js";

export async function buildExplorer(): Promise<TempDir> {
  const outDir = await openTempDir("explorer");
  await build({
    configFile: path.join(projectRoot, "server", "api", "explorer", "vite.config.ts"),
    build: { outDir: outDir.path, emptyOutDir: true },
    logLevel: "error",
  });
  return outDir;
}
