import type { TypedQuery } from "./schema-types.generated.js";
import { askForToken, authHeaders } from "./token.js";

/** The client's only way out: POST /graphql on its own origin. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Sends one of the generated documents (operations.graphql); its result is typed from the schema. */
export async function gql<Result, Variables>(
  query: TypedQuery<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  for (;;) {
    try {
      return await gqlOnce<Result>(query, variables as Record<string, unknown>, signal);
    } catch (err) {
      // Reads behind READ_TOKEN: ask for the token, then send the request again with it.
      if (err instanceof ApiError && err.code === "UNAUTHENTICATED" && askForToken()) continue;
      throw err;
    }
  }
}

async function gqlOnce<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...authHeaders() },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError("Cannot reach the server. Check that it is running, then retry.", "NETWORK");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText} without a GraphQL result.`,
      "HTTP",
    );
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} with no data.`, "HTTP");
  return body.data;
}

/** Runs many small lookups of one shape in a few requests, using aliases (the API limits their number). */
export async function gqlBatch<T>(
  ids: string[],
  field: (alias: string, id: string) => string,
  fragment: string,
  batchSize = 10,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    const vars: Record<string, string> = {};
    const decl = chunk.map((_, k) => `$v${k}: ID!`).join(", ");
    const body = chunk
      .map((id, k) => {
        vars[`v${k}`] = id;
        return `${field(`a${k}`, `$v${k}`)} ${fragment}`;
      })
      .join("\n");
    // Assembled here (its aliases depend on the ids): typed by the fragment its selection comes from.
    const batch = `query Batch(${decl}) {\n${body}\n}` as TypedQuery<Record<string, T | null>, Record<string, string>>;
    const data = await gql(batch, vars);
    chunk.forEach((id, k) => {
      const item = data[`a${k}`];
      if (item) out.set(id, item);
    });
  }
  return out;
}
