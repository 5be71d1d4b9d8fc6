import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { LRUCache } from "lru-cache";

/**
 * Whole-response cache for queries, keyed on (query, operation, variables) and valid for one graph
 * version (see graph-version.ts): the graph changes only through writes, and every write changes
 * the version, so a hit is what running the query again would return. Mutations, responses with
 * errors and responses over `maxEntryBytes` are never cached. Reads behind READ_TOKEN are checked
 * before the cache is consulted (Apollo builds the context first), and the answer does not depend
 * on which token was sent, so the key holds none. Each cacheable response says `x-response-cache:
 * hit` or `miss`.
 */
export interface ResponseCacheOptions {
  /** The current graph version; a rejection means "unknown" and the request runs uncached. */
  version: () => Promise<string>;
  /** Total size of the cached JSON, in bytes (UTF-16 code units). */
  maxBytes: number;
  maxEntryBytes: number;
}

const HEADER = "x-response-cache";

export interface ResponseCache {
  plugin: ApolloServerPlugin;
  /** Apollo's `stringifyResult`: a cached result's JSON is serialised once, not on every hit. */
  stringify(value: { data?: object | null; errors?: unknown; extensions?: unknown }): string;
}

interface Entry {
  version: string;
  data: Record<string, unknown>;
}

export function responseCache({ version, maxBytes, maxEntryBytes }: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, maxEntrySize: maxEntryBytes, sizeCalculation: (e) => json.get(e.data)?.length ?? 1 });
  // The JSON of each cached `data` object; weak so that evicted entries take their JSON with them.
  const json = new WeakMap<object, string>();

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      let key: string | null = null;
      let seen: string | null = null;
      return {
        async responseForOperation(rc) {
          if (rc.operation.operation !== "query") return null;
          key = `${rc.queryHash}\n${rc.operationName ?? ""}\n${JSON.stringify(rc.request.variables ?? {})}`;
          seen = await version().catch(() => null);
          const hit = seen === null ? undefined : entries.get(key);
          if (!hit || hit.version !== seen) return null;
          return { http: { status: undefined, headers: new HeaderMap([[HEADER, "hit"]]) }, body: { kind: "single", singleResult: { data: hit.data } } };
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (key === null || seen === null || body.kind !== "single") return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || errors?.length || extensions || json.has(data)) return;
          rc.response.http.headers.set(HEADER, "miss");
          json.set(data, JSON.stringify({ data }));
          entries.set(key, { version: seen, data });
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
  };
}
