import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { LRUCache } from "lru-cache";
import { variablesKey } from "./cache-key.js";

/**
 * Whole-response cache for queries, keyed on (query, operation, the variables it declares) and valid
 * for one graph version (see graph-version.ts): the graph changes only through writes, and every
 * write changes the version, so a hit is what running the query again would return. It holds each
 * response as its JSON text only (never the parsed objects), and counts the text, its key and a
 * fixed overhead per entry against `maxBytes`, so RESPONSE_CACHE_MB bounds what it really keeps.
 * Mutations, responses with errors, responses over `maxEntryBytes` and keys over `maxKeyChars` are
 * never cached. Reads behind READ_TOKEN are checked before the cache is consulted (Apollo builds the
 * context first), and the answer does not depend on which token was sent, so the key holds none.
 * Each cacheable response says `x-response-cache: hit` or `miss`.
 */
export interface ResponseCacheOptions {
  /** The current graph version; a rejection means "unknown" and the request runs uncached. */
  version: () => Promise<string>;
  /** What the entries may hold in all, in bytes (strings count two bytes a character). */
  maxBytes: number;
  maxEntryBytes: number;
  /** Longest variables key cached (characters); default 16 384. */
  maxKeyChars?: number;
}

const HEADER = "x-response-cache";

/** A version check that takes longer means Neo4j is stalled: the request runs uncached and hears so itself. */
const VERSION_WAIT_MS = 1_000;

/** The graph version, or null when it is unknown or does not come within `ms`. */
function versionWithin(version: () => Promise<string>, ms: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([version().catch(() => null), late]).finally(() => clearTimeout(timer));
}

/** Bytes of one entry beyond its strings: the entry object and the cache's own bookkeeping for it. */
export const ENTRY_OVERHEAD_BYTES = 320;

export interface ResponseCache {
  plugin: ApolloServerPlugin;
  /** Apollo's `stringifyResult`: a response's JSON is written once, and a hit's is the cached text. */
  stringify(value: { data?: object | null; errors?: unknown; extensions?: unknown }): string;
  /** Bytes the entries account for (at most `maxBytes`). */
  size(): number;
}

interface Entry {
  version: string;
  json: string;
}

export function responseCache({
  version,
  maxBytes,
  maxEntryBytes,
  maxKeyChars = 16_384,
}: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    maxEntrySize: maxEntryBytes,
    sizeCalculation: (e, key) => 2 * (e.json.length + key.length + e.version.length) + ENTRY_OVERHEAD_BYTES,
  });
  // The JSON of a response's `data` object while it is being sent: a hit's stand-in object, or a
  // miss's result (written once for both the cache and the wire). Weak: nothing outlives its response.
  const json = new WeakMap<object, string>();

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      let key: string | null = null;
      let seen: string | null = null;
      let hit = false;
      return {
        async responseForOperation(rc) {
          if (rc.operation.operation !== "query") return null;
          const declared = (rc.operation.variableDefinitions ?? []).map((d) => d.variable.name.value);
          const variables = variablesKey(rc.request.variables, declared, maxKeyChars);
          if (variables === null) return null;
          key = `${rc.queryHash}\n${rc.operationName ?? ""}\n${variables}`;
          seen = await versionWithin(version, VERSION_WAIT_MS);
          const entry = seen === null ? undefined : entries.get(key);
          if (!entry || entry.version !== seen) return null;
          hit = true;
          const data = {};
          json.set(data, entry.json);
          return {
            http: { status: undefined, headers: new HeaderMap([[HEADER, "hit"]]) },
            body: { kind: "single", singleResult: { data } },
          };
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (hit || key === null || seen === null || body.kind !== "single") return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || errors?.length || extensions) return;
          rc.response.http.headers.set(HEADER, "miss");
          const text = JSON.stringify({ data });
          json.set(data, text);
          entries.set(key, { version: seen, json: text });
        },
      };
    },
  };

  return {
    plugin,
    stringify: (value) => {
      const cached = value.data && !value.errors && !value.extensions ? json.get(value.data) : undefined;
      return cached ?? JSON.stringify(value);
    },
    size: () => entries.calculatedSize,
  };
}
