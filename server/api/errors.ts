import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isUnavailableError } from "../graph/driver.js";

/** The codes clients can rely on in `errors[].extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "NEO4J_UNAVAILABLE"
  | "TIMEOUT"
  | "CLIENT_CLOSED_REQUEST"
  | "INTERNAL_SERVER_ERROR";

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

/**
 * Why a request stopped before its answer: at its deadline TIMEOUT; before it, its client closed the
 * connection (a load generator ending its run with requests in flight, a browser leaving the page),
 * which nobody hears and the log must not count as a timeout.
 */
export function stopped(deadline: number, timeout: string): GraphQLError {
  return Date.now() >= deadline
    ? apiError("TIMEOUT", timeout)
    : apiError("CLIENT_CLOSED_REQUEST", "The client closed the request before it was answered.");
}

export const badInput = (message: string, argument?: string) =>
  apiError("BAD_USER_INPUT", message, argument ? { argument } : {});

/** What a failed Cypher call means to a client; anything unrecognised stays an internal error. */
export function fromNeo4jError(err: unknown): GraphQLError | undefined {
  if (err instanceof GraphQLError) return err;
  const code = (err as { code?: string } | null)?.code ?? "";
  const message = err instanceof Error ? err.message : String(err);
  // A lost connection can also surface as a driver-internal error with no code: its message tells.
  if (
    isUnavailableError(err) ||
    /ECONNREFUSED|Could not perform discovery|connection.*(closed|refused)/i.test(message)
  ) {
    return apiError("NEO4J_UNAVAILABLE", "The graph database is unreachable; try again in a moment.");
  }
  if (/TransactionTimedOut|Transaction.*(terminated|timed out)/i.test(code + " " + message)) {
    return apiError(
      "TIMEOUT",
      "The query ran past the request time limit and was cancelled; narrow it (smaller first/limit/depth).",
    );
  }
  return undefined;
}

/**
 * Apollo's formatError: known errors pass with their code; anything else reaches the client as a
 * bare INTERNAL_SERVER_ERROR, so no Cypher, path or stack leaks unless developing. Logging is
 * request-log.ts's, one line per request.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = fromNeo4jError(original);
    if (mapped && mapped !== original) {
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped.extensions.code },
      };
    }
    // A literal argument that our scalar refused (a malformed date) is the client's input, not the schema's.
    // (Duck-typed: Apollo and the scalar may hold different copies of the graphql module.)
    const inner = (original as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError
      ?.extensions?.code;
    if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && inner === "BAD_USER_INPUT") {
      return { ...withoutStack(formatted), extensions: { code: inner } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR") return development ? formatted : withoutStack(formatted);
    if (development) return formatted;
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
