import { afterAll, beforeAll } from "vitest";

/**
 * Something a whole test file shares (a graph, a server, a browser), opened by the file's beforeAll
 * and closed by its afterAll, both registered here. What this returns stands for the opened value:
 * read it in tests and in hooks registered after this call. Later calls' afterAll run first, so a
 * server started on a graph is closed before the graph.
 */
export function perFile<T extends object & { close(): Promise<void> }>(open: () => Promise<T>): T {
  let opened: T | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    // When open() failed there is nothing to close, and its error is the one to read.
    await opened?.close();
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!opened) throw new Error(`read ${String(key)} of a per-file value before its beforeAll opened it`);
      const value = Reflect.get(opened, key, opened);
      return typeof value === "function" ? value.bind(opened) : value;
    },
  });
}
