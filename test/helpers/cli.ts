/** The project's commands (server/cli/*.ts) as `npm run` runs them, each to its end. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./etl-cli.js";

const run = promisify(execFile);

/**
 * Runs server/cli/<command>.ts with `env` added to this process's environment: its stdout and
 * stderr, or a rejection carrying its exit code and stderr.
 */
export function runCli(command: string, args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ["--import", "tsx", `server/cli/${command}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
  });
}
