import type { Access } from "./auth.js";
import type { ApiConfig } from "./config.js";
import type { Loaders, Run } from "./loaders.js";
import type { ApiServices } from "./services.js";

/** What every resolver gets for one request. */
export interface ApiContext {
  access: Access;
  config: ApiConfig;
  /** Runs a read query of cypher/api within the request's time limit. */
  run: Run;
  loaders: Loaders;
  services: ApiServices;
}

/** Loads many ids at once and drops the ones that no longer exist. */
export async function loadAll<T>(
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  ids: readonly string[],
): Promise<T[]> {
  const values = await loader.loadMany(ids);
  const error = values.find((v): v is Error => v instanceof Error);
  if (error) throw error;
  return values.filter((v): v is T => v !== null);
}

/**
 * Loads what a non-null field points to. A reference the graph no longer resolves (a node deleted
 * under a running request) is an error that names it, not a null the schema forbids.
 */
export async function loadOne<T>(
  loader: { load(id: string): Promise<T | null> },
  id: string,
  what: string,
): Promise<T> {
  const value = await loader.load(id);
  if (value === null) throw new Error(`${what} ${id} is no longer in the graph`);
  return value;
}
