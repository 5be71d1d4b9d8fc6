/**
 * GraphQL over HTTP to a running API, for the browser tests and the benches that ask it for their
 * inputs: the result's data, or a GqlError naming the query when the API answered with errors.
 */

/** The API answered with errors; `code` (the first error's) lets a caller tell a transient failure from a bad query. */
export class GqlError extends Error {
  readonly code: string;
  constructor(
    query: string,
    readonly errors: { message: string; extensions?: { code?: string } }[],
  ) {
    super(`${query.slice(0, 60)}…: ${JSON.stringify(errors)}`);
    this.code = errors[0]?.extensions?.code ?? "";
  }
}

// biome-ignore lint/suspicious/noExplicitAny: callers that do not name a result type read it freely
export async function gqlData<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GqlError["errors"] };
  if (body.errors?.length) throw new GqlError(query, body.errors);
  return body.data as T;
}
