/**
 * Serves the Browser guide where Neo4j Browser can `:play` it. The Browser fetches a remote guide
 * from its own page, so the answer must allow that cross-origin fetch (including the tracing
 * headers the Browser adds, which make it preflighted), and the URL's host must be one of
 * `browser.remote_content_hostname_allowlist`, whose default holds `localhost`: hence
 * `http://localhost:<port>/…`, listening on the loopback interface only.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { LOOPBACK } from "../neo4j-local/ports.js";

export const GUIDE_PATH = "/guide.html";

export interface GuideServer {
  /** What to `:play` in Neo4j Browser. */
  url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) and answers GUIDE_PATH with the guide, anything else with 404. */
export async function serveGuide(html: string, port = 0): Promise<GuideServer> {
  const server = http.createServer((req, res) => {
    const cors = {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, OPTIONS",
      "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
    };
    const found = new URL(req.url ?? "/", "http://localhost").pathname === GUIDE_PATH;
    if (req.method === "OPTIONS") res.writeHead(204, cors).end();
    else if (req.method !== "GET" || !found) res.writeHead(404, cors).end();
    else
      res
        .writeHead(200, { ...cors, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        .end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host: LOOPBACK }, resolve);
  });
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}${GUIDE_PATH}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
