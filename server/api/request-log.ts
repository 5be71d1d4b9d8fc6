import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

/**
 * One log line per request that ended in errors, whatever their number: a client sending malformed
 * input at the rate limit must not make the log grow by a stack trace per error. Internal errors
 * keep the frame they came from; the message is cut to a bounded length (it may quote input).
 */
export function requestLog(log: (line: string) => void = (line) => console.error(line)): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          const codes = [...new Set(rc.errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          const internal = rc.errors.find(
            (e) => (e.extensions?.code ?? "INTERNAL_SERVER_ERROR") === "INTERNAL_SERVER_ERROR",
          );
          const first = internal ?? rc.errors[0];
          const original = unwrapResolverError(first) as Error;
          const frame = internal
            ? ` ${
                (original?.stack ?? "")
                  .split("\n")
                  .find((l) => /^\s+at /.test(l))
                  ?.trim() ?? ""
              }`
            : "";
          log(
            `graphql ${internal ? "error" : "refused"} ${codes.join(",")} (${rc.errors.length}) ${rc.operationName ?? "-"}: ${clip(original?.message ?? first.message)}${frame}`,
          );
        },
      };
    },
  };
}

const clip = (s: string) => (s.length > 200 ? s.slice(0, 200) + "…" : s).replace(/\s+/g, " ");
