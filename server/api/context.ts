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
