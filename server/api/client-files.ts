/**
 * The web client's built files: hashed assets cached for a year, sent precompressed (brotli or
 * gzip, written at build time by client/precompress.ts) when the browser accepts it; source maps
 * are never served; index.html for any other GET a browser makes (client-side routes).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";

const encodings = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

export function clientFiles(dir: string): RequestHandler {
  const index = path.join(dir, "index.html");
  const files = express.static(dir, { index: false });
  const assets = express.static(dir, { index: false, immutable: true, maxAge: "1y" });
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (req.path.endsWith(".map") || /\.(br|gz)$/.test(req.path)) return next();
    const hashed = req.path.startsWith("/assets/");
    const accepted = String(req.headers["accept-encoding"] ?? "");
    const file = path.join(dir, path.normalize(req.path));
    const encoding = file.startsWith(dir)
      ? encodings.find((e) => accepted.includes(e.name) && existsSync(file + e.suffix))
      : undefined;
    res.vary("Accept-Encoding");
    if (encoding) {
      // The compressed twin is sent under the original name and type.
      res.type(path.extname(req.path));
      res.setHeader("Content-Encoding", encoding.name);
      req.url = `${req.path}${encoding.suffix}`;
    }
    (hashed ? assets : files)(req, res, () => {
      if (encoding) res.removeHeader("Content-Encoding");
      if (!req.accepts("html") || path.extname(req.path) !== "") return next();
      if (!existsSync(index)) {
        res
          .status(404)
          .type("text/plain")
          .send("The web client is not built: run `npm run build`. GraphQL is at /graphql.\n");
        return;
      }
      res.sendFile(index);
    });
  };
}
