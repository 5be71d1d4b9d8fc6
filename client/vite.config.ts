import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { precompress } from "./precompress.js";

const root = fileURLToPath(new URL(".", import.meta.url));

// The explorer is served by the API's express server from dist/client; in development Vite
// serves it and forwards /graphql to the API on port 4000, so the client only ever talks to
// its own origin.
const outDir = fileURLToPath(new URL("../dist/client", import.meta.url));

export default defineConfig({
  root,
  plugins: [precompress(outDir)],
  base: "/",
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    // Maps are written for local debugging but not referenced from the bundle, and the server never serves them.
    sourcemap: "hidden",
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { "/graphql": "http://localhost:4000" },
  },
  preview: { port: 4173 },
});
