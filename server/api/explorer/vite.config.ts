import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// GraphiQL bundled into static files, so the explorer at GET /graphql works with no network:
// everything loads from this server under /explorer/.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explorer/",
  logLevel: "error",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: fileURLToPath(new URL("../../../dist/explorer", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
});
