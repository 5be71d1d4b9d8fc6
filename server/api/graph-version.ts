import type { Session } from "neo4j-driver";
import { cypherFile } from "../graph/cypher-file.js";

/**
 * The graph's version: the bookmark Neo4j returns for a read, which names the last transaction the
 * database committed. Any write (an ETL run in another process, a review, an ingest) changes it, so a
 * response cached under one version is never served once the graph has changed.
 *
 * Requests arriving while a check is in flight share the next check, never the one already
 * running: that one may have read the version before a write the new request must see. Under
 * load this costs one round trip per batch of concurrent requests instead of one per request.
 */
export function graphVersion(session: () => Session): () => Promise<string> {
  let running: Promise<string> | null = null;
  let queued: Promise<string> | null = null;

  const check = async (): Promise<string> => {
    const s = session();
    try {
      await s.run(cypherFile("api/ping"));
      const bookmarks = await s.lastBookmarks();
      if (bookmarks.length === 0) throw new Error("Neo4j returned no bookmark for a read");
      return [...bookmarks].sort().join(",");
    } finally {
      await s.close().catch(() => undefined);
    }
  };
  const start = (): Promise<string> => {
    const current = check().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };

  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
