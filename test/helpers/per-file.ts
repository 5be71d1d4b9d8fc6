import { afterAll, beforeAll } from "vitest";

/**
 * Something a whole test file shares (a graph, a server, a browser), opened by the file's beforeAll
 * and closed by its afterAll, both registered here. The returned object is empty until that
 * beforeAll has run: read it in tests and in hooks registered after this call. Later calls' afterAll
 * run first, so a server started on a graph is closed before the graph.
 */
export function perFile<T extends { close(): Promise<void> }>(open: () => Promise<T>): T {
  const opened = {} as T;
  beforeAll(async () => {
    Object.assign(opened, await open());
  });
  afterAll(async () => {
    // When open() failed there is nothing to close, and its error is the one to read.
    await opened.close?.();
  });
  return opened;
}
