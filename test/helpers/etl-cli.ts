/** The ETL as users run it (`npx tsx server/cli/etl.ts …`), as a child process the tests can signal. */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface EtlExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningEtl {
  /** Leads its own process group: signal `-child.pid` to reach npx, tsx and node together. */
  child: ChildProcess;
  exited: Promise<EtlExit>;
}

/** Starts the ETL CLI with `env` added to this process's environment (NEO4J_URI names the Neo4j it loads into). */
export function startEtl(args: string[], env: Record<string, string>): RunningEtl {
  const child = spawn("npx", ["tsx", "server/cli/etl.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<EtlExit>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, exited };
}
