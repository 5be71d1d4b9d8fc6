import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../config.js";
import { requireToolchain, type Toolchain } from "./toolchain.js";

const sourceDir = path.join(projectRoot, "server", "neo4j-local");
const pomFile = path.join(sourceDir, "pom.xml");
const mainFile = path.join(sourceDir, "Neo4jLocal.java");
const buildRoot = path.join(projectRoot, ".neo4j", "build");

export const MAIN_CLASS = "Neo4jLocal";

export interface LocalNeo4jBuild {
  toolchain: Toolchain;
  /** Compiled launcher and every Neo4j jar, joined with the platform's path delimiter. */
  classpath: string;
  neo4jVersion: string;
}

export interface PrepareOptions {
  log?: (message: string) => void;
}

/**
 * Resolves Neo4j's jars through Maven (into ~/.m2, downloading them on the first run) and compiles
 * the launcher. The result is cached under .neo4j/build/<hash of pom.xml and Neo4jLocal.java>, so
 * later starts cost nothing here and an edit to either file rebuilds.
 */
export async function prepareLocalNeo4j(options: PrepareOptions = {}): Promise<LocalNeo4jBuild> {
  const log = options.log ?? (() => {});
  const toolchain = await requireToolchain();
  const [pom, main] = await Promise.all([readFile(pomFile, "utf8"), readFile(mainFile, "utf8")]);
  const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? "unknown";
  const hash = createHash("sha256").update(pom).update("\0").update(main).digest("hex").slice(0, 16);
  const dir = path.join(buildRoot, hash);

  const cached = await readBuild(dir);
  if (cached) return { toolchain, classpath: cached, neo4jVersion };

  log(`Resolving Neo4j ${neo4jVersion} from Maven (the first run downloads about 170 MB into ~/.m2)…`);
  // Build beside the cache entry and rename it into place, so concurrent first runs never see half a build.
  const staging = `${dir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(path.join(staging, "classes"), { recursive: true });
  try {
    const classpathFile = path.join(staging, "classpath.txt");
    await runTool(
      toolchain.mvn,
      [
        "-B",
        "-q",
        "-Dstyle.color=never",
        "-f",
        pomFile,
        "dependency:build-classpath",
        `-Dmdep.outputFile=${classpathFile}`,
      ],
      "Maven could not resolve Neo4j's jars",
    );
    const jars = (await readFile(classpathFile, "utf8")).trim();
    log("Compiling the Neo4j launcher…");
    await runTool(
      toolchain.javac,
      ["--release", "17", "-nowarn", "-d", path.join(staging, "classes"), "-cp", jars, mainFile],
      "javac could not compile Neo4jLocal.java",
    );
    await rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same build first; its result is as good as ours.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const built = await readBuild(dir);
  if (!built) throw new Error(`The Neo4j launcher build in ${dir} is incomplete; delete that folder and retry`);
  await removeOtherBuilds(hash);
  return { toolchain, classpath: built, neo4jVersion };
}

/** Builds for earlier versions of the pom or the launcher are dead weight once this one exists. */
async function removeOtherBuilds(current: string): Promise<void> {
  const entries = await readdir(buildRoot);
  const stale = entries.filter((name) => name !== current && !name.includes(".staging-"));
  await Promise.all(stale.map((name) => rm(path.join(buildRoot, name), { recursive: true, force: true })));
}

/** A cached build is usable only while every jar it names is still in the Maven repository. */
async function readBuild(dir: string): Promise<string | undefined> {
  const classesDir = path.join(dir, "classes");
  if (!existsSync(path.join(classesDir, `${MAIN_CLASS}.class`))) return undefined;
  let jars: string;
  try {
    jars = (await readFile(path.join(dir, "classpath.txt"), "utf8")).trim();
  } catch {
    return undefined;
  }
  const entries = jars.split(path.delimiter).filter(Boolean);
  if (entries.length === 0 || !entries.every((jar) => existsSync(jar))) {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
  return [classesDir, ...entries].join(path.delimiter);
}

function runTool(command: string, args: string[], failure: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => reject(new Error(`${failure}: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${failure} (${command} exited with ${code}):\n${output.trim()}`));
    });
  });
}
