import { GraphUnavailableError, isUnavailableError } from "../graph/driver.js";

/**
 * The exit code of a command that failed: 2 says Neo4j could not be reached or stopped answering
 * (run again once it is back), 1 anything else, so a script can tell the two apart.
 */
export const exitCodeOf = (e: unknown): 1 | 2 => (e instanceof GraphUnavailableError || isUnavailableError(e) ? 2 : 1);
