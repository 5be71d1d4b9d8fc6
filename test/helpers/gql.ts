/**
 * GraphQL over HTTP to a running API, for the browser tests and the benches that ask it for their
 * inputs: the result's data, or an error naming the query when the API answered with errors.
 */
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
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
