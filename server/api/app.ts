import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import cors from "cors";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Graph } from "../graph/driver.js";
import { accessOf, bearerToken, readDenied } from "./auth.js";
import { clientFiles } from "./client-files.js";
import type { ApiConfig } from "./config.js";
import type { ApiContext } from "./context.js";
import { CypherRunner, loadQueries } from "./cypher.js";
import { requestDeadline } from "./deadline.js";
import { formatError } from "./errors.js";
import { graphVersion } from "./graph-version.js";
import { healthHandler } from "./health.js";
import { createLoaders } from "./loaders.js";
import { requestLog } from "./request-log.js";
import { resolvers } from "./resolvers/index.js";
import { responseCache } from "./response-cache.js";
import { graphServices } from "./services.js";
import { timeBudget } from "./time-budget.js";

const SCHEMA_FILE = new URL("./schema.graphql", import.meta.url);

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  /** Starts listening; port 0 picks a free port. Resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting connections, lets in-flight requests finish, then stops Apollo. Leaves the graph open. */
  close(): Promise<void>;
}

/**
 * The whole HTTP surface: GraphQL at /graphql (the bundled explorer for browsers), /health, and
 * the web client's built files with an SPA fallback. The graph is the caller's: it stays open
 * when the server closes. `batchLoads: false` turns DataLoader batching and priming off (one query per
 * parent object, the classic N+1), only for the benchmark's baseline.
 */
export async function createApp(
  graph: Graph,
  config: ApiConfig,
  { batchLoads = true }: { batchLoads?: boolean } = {},
): Promise<ApiServer> {
  const app = express();
  const httpServer = http.createServer(app);
  // Slow or stalled uploads cannot hold a socket past the request time (plus a margin to upload).
  httpServer.requestTimeout = config.requestTimeoutMs + 30_000;
  httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);

  const runner = new CypherRunner(graph, loadQueries(), { expensiveParallel: config.expensiveParallel });
  const services = graphServices(graph);
  const limits = armour(config);
  const cache =
    config.responseCacheBytes > 0
      ? responseCache({
          version: graphVersion(() => graph.session("READ")),
          maxBytes: config.responseCacheBytes,
          // One response may take at most an eighth of the cache, so one huge answer cannot empty it.
          maxEntryBytes: Math.ceil(config.responseCacheBytes / 8),
        })
      : null;
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: readFileSync(SCHEMA_FILE, "utf8"),
    resolvers,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: config.limits.maxTokens },
    allowBatchedHttpRequests: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development),
    // Context-free plugins; the cast only restates that they ignore the context type.
    // No cache hints are used: the cache-control plugin would only wrap every field resolver.
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.requestTimeoutMs + 5_000 }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestLog(),
      ...(cache ? [cache.plugin] : []),
    ] as ApolloServerPlugin<ApiContext>[],
    // Compact JSON (Apollo's default indents every response); a cached response's JSON is reused.
    stringifyResult: (value) => (cache ? cache.stringify(value) : JSON.stringify(value)),
  });
  await apollo.start();

  app.disable("x-powered-by");
  // No ETag hashing of every GraphQL body (POST answers are not revalidated); static files keep theirs.
  app.set("etag", false);
  app.set("trust proxy", false);
  app.use(securityHeaders());
  if (config.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: config.corsOrigins,
        methods: ["GET", "POST"],
        allowedHeaders: ["content-type", "authorization", "apollo-require-preflight"],
        maxAge: 600,
      }),
    );
  }

  app.get("/health", healthHandler(runner));

  const explorerIndex = path.join(config.explorerDir, "index.html");
  app.get("/graphql", (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(["application/json", "text/html"]) !== "text/html") return next();
    if (!existsSync(explorerIndex)) {
      res.status(404).type("text/plain").send("The GraphQL explorer is not built: run `npm run build`.\n");
      return;
    }
    res.sendFile(explorerIndex);
  });
  app.use("/explorer", express.static(config.explorerDir, { index: false, immutable: true, maxAge: "1y" }));

  app.use(
    "/graphql",
    // The API token's bearer may write (ingest: extraction and a load), which takes longer than any read.
    requestDeadline((req) =>
      accessOf(bearerToken(req.headers), config).write ? config.writeTimeoutMs : config.requestTimeoutMs,
    ),
    ...(config.rateLimit.max > 0 ? [graphqlRateLimit(config)] : []),
    ...(config.rateLimit.max > 0 && config.rateLimit.timeMs > 0 ? [timeBudget(config.rateLimit)] : []),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<ApiContext> => {
        const access = accessOf(bearerToken(req.headers), config);
        if (!access.read) throw readDenied();
        const { deadline, signal } = res.locals as { deadline: number; signal: AbortSignal };
        const run = (name: string, params: Record<string, unknown>) => runner.read(name, params, deadline, signal);
        return { access, config, run, loaders: createLoaders(run, { batch: batchLoads }), services };
      },
    }),
  );

  app.use(clientFiles(config.clientDir));
  app.use(jsonErrors);

  return {
    app,
    httpServer,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    close: async () => {
      // The drain plugin stops the listener and waits for in-flight requests.
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/**
 * graphql-armor's validation rules and plugins: depth, cost, aliases, directives. Tokens are bounded
 * by graphql-js's own parser (parseOptions.maxTokens): armor's token plugin throws while Apollo 5
 * parses, which Apollo answers with a 500 instead of a 400.
 */
function armour(config: ApiConfig) {
  const { limits } = config;
  const { validationRules, plugins } = new ApolloArmor({
    // Depth counts fields only: by default armor adds two levels per fragment spread, so the client's
    // own queries (fragments three deep, six fields deep) counted as fourteen. A fragment's fields
    // still count at their real depth: nesting hidden in fragments is refused like nesting inline.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !config.development },
  }).protect();
  return { validationRules, plugins };
}

/**
 * Only this origin may supply scripts, styles, fonts and connections; no inline script or style
 * (GraphiQL and Cytoscape style elements through the CSSOM, which CSP allows). GraphiQL's fonts
 * are bundled as data: URIs, the only data: the page loads.
 */
function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Served over plain HTTP on a local port; HSTS would only confuse a later HTTPS setup on localhost.
    strictTransportSecurity: false,
  });
}

function graphqlRateLimit(config: ApiConfig): RequestHandler {
  return rateLimit({
    windowMs: config.rateLimit.windowMs,
    limit: config.rateLimit.max,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${config.rateLimit.max} per ${config.rateLimit.windowMs / 1000} s; retry later.`,
            extensions: { code: "RATE_LIMITED" },
          },
        ],
      });
    },
  });
}

/** Body-parser and other middleware errors as GraphQL-shaped JSON, without stacks. */
const jsonErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err?.status === "number" && err.status >= 400 && err.status < 600 ? err.status : 500;
  const message =
    err?.type === "entity.too.large"
      ? `The request body is larger than the limit (${err.limit} bytes).`
      : err?.type === "entity.parse.failed"
        ? "The request body is not valid JSON."
        : status < 500
          ? String(err?.message ?? "Bad request")
          : "Internal server error";
  // One line, as for GraphQL errors (request-log.ts).
  console.error(
    `http ${status >= 500 ? "error" : "refused"} ${status}: ${String(err?.type ?? err?.message ?? err).slice(0, 200)}`,
  );
  res.status(status).json({
    errors: [
      {
        message,
        extensions: {
          code: status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR",
        },
      },
    ],
  });
};
