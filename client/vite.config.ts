import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// The explorer is served by the API's express server from dist/client; in development Vite
// serves it and forwards /graphql to the API on port 4000, so the client only ever talks to
// its own origin.
export default defineConfig({
  root,
  base: "/",
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { "/graphql": "http://localhost:4000" },
  },
  preview: { port: 4173 },
});
