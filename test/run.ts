/**
 * `npm test`: check the tree's form (Biome: lint, format, import cycles and layering) and that the
 * generated GraphQL types match schema.graphql, make sure everything the tests need is on this
 * machine, then run every vitest project and exit with vitest's code. Arguments are passed on to
 * vitest (`npm test -- --project unit` skips the Neo4j and Chromium preparation it does not need).
 *
 * Needs: Java 17+ and Maven (for the local Neo4j and the sentence-embedding model), Chromium at /usr/bin/chromium (installed from
 * Debian when we are root with apt-get), and the built client when there is one.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { embeddingConfig, projectRoot } from "../server/config.js";
import { ensureModel } from "../server/embed/fetch.js";
import { prepareLocalNeo4j } from "../server/neo4j-local/build.js";
import { MissingToolError } from "../server/neo4j-local/toolchain.js";

const CHROMIUM = "/usr/bin/chromium";
const ALL_PROJECTS = ["unit", "integration", "browser"];

function say(message: string): void {
  console.error(`[npm test] ${message}`);
}

function fail(message: string): never {
  console.error(`[npm test] ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit", env });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await step();
  say(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

/** The projects vitest will run, read from --project flags (all of them when there are none). */
function requestedProjects(args: string[]): string[] {
  const named = args.flatMap((arg, i) => {
    if (arg.startsWith("--project=")) return [arg.slice("--project=".length)];
    if (arg === "--project" && args[i + 1]) return [args[i + 1]];
    return [];
  });
  return named.length > 0 ? named : ALL_PROJECTS;
}

async function ensureNeo4j(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    say(`using NEO4J_TEST_URI=${process.env.NEO4J_TEST_URI} (its data will be wiped)`);
    return;
  }
  try {
    // Fetch Neo4j's jars now, so a first run's download is not counted against a test hook's timeout.
    const build = await timed("Neo4j ready to start", () => prepareLocalNeo4j({ log: say }));
    say(`Neo4j ${build.neo4jVersion}, Java ${build.toolchain.javaMajor}`);
  } catch (error) {
    if (error instanceof MissingToolError)
      fail(`integration and browser tests start a real Neo4j, but ${error.message}`);
    throw error;
  }
}

/** Clustering tests run the real sentence-embedding model: fetch it now rather than skip them. */
async function ensureEmbeddingModel(): Promise<void> {
  const files = await timed("sentence-embedding model ready", () => ensureModel(embeddingConfig(), say)).catch(
    (error: Error) =>
      fail(`clustering tests run the sentence-embedding model, but it could not be fetched: ${error.message}`),
  );
  say(`embedding model ${files.name}`);
}

async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    fail(
      `browser tests need Chromium at ${CHROMIUM}. Install it, e.g. on Debian/Ubuntu: ` +
        "sudo apt-get update && sudo apt-get install -y chromium",
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Wait for a dpkg lock held by another installer instead of failing at once.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  await timed("Chromium installed", async () => {
    say(`${CHROMIUM} is missing: installing Debian's chromium package…`);
    if ((await run("apt-get", [...lock, "update", "-q"], env)) !== 0) fail("apt-get update failed");
    const install = ["-y", "-q", "--no-install-recommends", "install", "chromium", "fonts-liberation"];
    if ((await run("apt-get", [...lock, ...install], env)) !== 0) fail("apt-get install chromium failed");
  });
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
}

async function buildClient(): Promise<void> {
  if (!existsSync(path.join(projectRoot, "client", "vite.config.ts"))) return;
  // Browser tests serve the built client, so it must match the sources being tested, with the test hook in.
  const code = await timed("client built (test mode)", () => run("npm", ["run", "--silent", "build:test"]));
  if (code !== 0) fail("npm run build:test failed; browser tests need the built client");
}

/** Form first: a lint, format or stale generated-types failure fails the run before any test starts. */
async function checkForm(): Promise<void> {
  const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);
  if ((await timed("lint and format checked (biome ci)", () => run(bin("biome"), ["ci", "."]))) !== 0) {
    fail("biome ci found problems: `npm run format` fixes formatting and safe lint fixes; the rest need an edit");
  }
  if (
    (await timed("generated GraphQL types checked", () => run(bin("tsx"), ["server/cli/codegen.ts", "--check"]))) !== 0
  ) {
    fail("the generated GraphQL types are stale: run `npm run codegen` and commit the result");
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  await checkForm();
  const projects = requestedProjects(args);
  await ensureEmbeddingModel();
  if (projects.includes("integration") || projects.includes("browser")) await ensureNeo4j();
  if (projects.includes("browser")) {
    await ensureChromium();
    await buildClient();
  }
  const vitest = path.join(projectRoot, "node_modules", ".bin", "vitest");
  process.exit(await run(vitest, ["run", ...args]));
}

main().catch((error: Error) => fail(error.stack ?? error.message));
