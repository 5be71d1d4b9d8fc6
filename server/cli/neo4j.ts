import { Command } from "commander";
import { startLocalNeo4j } from "../neo4j-local/launcher.js";
import { portOption } from "./options.js";

const program = new Command()
  .name("npm run neo4j --")
  .description(
    "Run the local Neo4j 5.26 Community (from Maven Central, no Docker) until Ctrl-C. " +
      "Defaults come from NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_DATA_DIR, NEO4J_HEAP and NEO4J_PAGECACHE.",
  )
  .option("--bolt-port <port>", "Bolt port on 127.0.0.1", portOption)
  .option("--http-port <port>", "HTTP port for Neo4j Browser; 0 turns HTTP off", portOption)
  .option("--data-dir <dir>", "database folder, kept across restarts")
  .action(async (options: { boltPort?: number; httpPort?: number; dataDir?: string }) => {
    const neo4j = await startLocalNeo4j({ ...options, log: (message) => console.error(message) });
    console.log(`Neo4j ${neo4j.version} is running (no authentication, reachable from this machine only)`);
    console.log(`  Bolt:    ${neo4j.uri}`);
    if (neo4j.browserUrl) console.log(`  Browser: ${neo4j.browserUrl}`);
    console.log(`  Data:    ${neo4j.dataDir}`);
    console.log("Other commands (npm start, npm run etl) reuse it while it runs. Press Ctrl-C to stop.");

    const shutdown = async (signal: NodeJS.Signals) => {
      console.error(`\n${signal}: stopping Neo4j…`);
      await neo4j.stop();
      console.error("Neo4j stopped.");
      process.exit(0);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
  });

program.parseAsync().catch((error: Error) => {
  console.error(`neo4j: ${error.message}`);
  process.exit(1);
});
