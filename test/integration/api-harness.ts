/** Starts the real API over HTTP for the api-*.test.ts files, and speaks GraphQL to it. */

import path from "node:path";
import { type ApiServer, createApp } from "../../server/api/app.js";
import { type ApiConfig, apiConfig } from "../../server/api/config.js";
import { projectRoot } from "../../server/config.js";
import type { Graph } from "../../server/graph/driver.js";
import { runEtl } from "../../server/pipeline.js";
import { emptyTestGraph } from "../helpers/neo4j.js";

export const API_TOKEN = "test-api-token-0123456789abcdef";

export interface RunningApi {
  url: string;
  server: ApiServer;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
  headers: Headers;
}

/** The server on a random loopback port with API_TOKEN set, rate limiting off unless asked for. */
export async function startApi(
  graph: Graph,
  env: Record<string, string> = {},
  overrides: Partial<ApiConfig> = {},
): Promise<RunningApi> {
  const config = apiConfig({ API_TOKEN, RATE_LIMIT_MAX: "0", ...env }, overrides);
  const server = await createApp(graph, config);
  const url = await server.listen(0);
  return {
    url,
    server,
    gql: async (query, variables = {}, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    close: () => server.close(),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The codes of a result's errors, for compact assertions. */
export const codes = (r: GqlResult<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

export const SEEDS_DIR = path.join(projectRoot, "seeds");

/** The test Neo4j, wiped, then loaded with seeds/ by the real ETL (read → extract → migrate → load). */
export async function seededGraph(): Promise<Graph> {
  const graph = await emptyTestGraph();
  await runEtl(SEEDS_DIR, { graph });
  return graph;
}
