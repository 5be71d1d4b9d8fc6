import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { javaHome } from "../config.js";

const run = promisify(execFile);

/** Neo4j 5.26 runs on Java 17 or 21. */
const MIN_JAVA = 17;

const INSTALL_HINT =
  "install a JDK 17+ and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven), " +
  "or point NEO4J_URI at a running Neo4j 5 instead";

export class MissingToolError extends Error {
  override name = "MissingToolError";
}

export interface Toolchain {
  java: string;
  javac: string;
  mvn: string;
  javaMajor: number;
}

/** The first `java -version` line names the version in quotes: `openjdk version "17.0.15" …`, or `"1.8.0_392"` for Java 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const quoted = /version "([^"]+)"/.exec(versionOutput)?.[1];
  if (quoted === undefined) return undefined;
  const [first, second] = quoted.split(/[.+_-]/).map(Number);
  return first === 1 ? second : first;
}

function javaBin(name: "java" | "javac"): string {
  const home = javaHome();
  return home ? path.join(home, "bin", name) : name;
}

async function versionOf(command: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 60_000 });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new MissingToolError(`${command} was not found: ${INSTALL_HINT}`);
    throw new MissingToolError(`${command} ${args.join(" ")} failed (${(error as Error).message}): ${INSTALL_HINT}`);
  }
}

/** Finds java, javac and mvn (JAVA_HOME first, then PATH) and checks the Java version. */
export async function requireToolchain(): Promise<Toolchain> {
  const java = javaBin("java");
  const javac = javaBin("javac");
  const mvn = "mvn";
  const [javaVersion] = await Promise.all([
    versionOf(java, ["-version"]),
    versionOf(javac, ["-version"]),
    versionOf(mvn, ["-v"]),
  ]);
  const javaMajor = parseJavaMajor(javaVersion);
  if (javaMajor === undefined || javaMajor < MIN_JAVA) {
    throw new MissingToolError(
      `Neo4j 5.26 needs Java ${MIN_JAVA}+, but ${java} is ${javaVersion.split("\n")[0]?.trim()}: set JAVA_HOME to a JDK 17 or 21`,
    );
  }
  return { java, javac, mvn, javaMajor };
}
