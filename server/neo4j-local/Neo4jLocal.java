import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * A local Neo4j Community server for development and tests: Bolt (and optionally HTTP with Neo4j
 * Browser) on the loopback interface only, so authentication is off. Started by launcher.ts, which
 * passes every option explicitly; the defaults below only serve a hand-run `java Neo4jLocal`.
 *
 * <p>Protocol with the parent process: exactly one line on stdout, starting with READY_PREFIX and
 * followed by JSON, once Bolt accepts connections. Failures go to stderr with exit code 2. With
 * --exit-on-stdin-eof the server stops when its stdin closes, so it never outlives a parent that
 * died without stopping it.
 */
public final class Neo4jLocal {
    static final String READY_PREFIX = "NEO4J_LOCAL_READY ";
    private static final String HOST = "127.0.0.1";

    public static void main(String[] argv) {
        Map<String, String> args = parseArgs(argv);
        Path dataDir = Path.of(args.getOrDefault("data-dir", "data/neo4j")).toAbsolutePath();
        int boltPort = Integer.parseInt(args.getOrDefault("bolt-port", "7687"));
        int httpPort = Integer.parseInt(args.getOrDefault("http-port", "0"));
        long pageCache = ByteUnit.parse(args.getOrDefault("pagecache", "512m"));

        DatabaseManagementService dbms;
        try {
            dbms = build(dataDir, boltPort, httpPort, pageCache);
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: failed to start Neo4j in " + dataDir + ": " + rootMessage(e));
            e.printStackTrace();
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-local-shutdown"));

        awaitPort(boltPort, Duration.ofSeconds(30));
        String http = httpPort > 0 ? "\"http://" + HOST + ":" + httpPort + "\"" : "null";
        System.out.println(READY_PREFIX + "{\"bolt\":\"bolt://" + HOST + ":" + boltPort + "\",\"http\":" + http
                + ",\"version\":\"" + Version.getNeo4jVersion() + "\",\"dataDir\":" + jsonString(dataDir.toString())
                + ",\"pid\":" + ProcessHandle.current().pid() + "}");
        System.out.flush();

        if (args.containsKey("exit-on-stdin-eof")) {
            exitWhenStdinCloses();
        }
        // Otherwise the non-daemon Neo4j threads keep the JVM alive until SIGINT/SIGTERM runs the hook.
    }

    private static DatabaseManagementService build(Path dataDir, int boltPort, int httpPort, long pageCache) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
                // Reachable only from this machine, which is what makes running without auth acceptable.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, httpPort > 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // A development database: keep the transaction logs from growing without bound.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                // Stop promptly on Ctrl-C instead of waiting out Netty's quiet period.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort));
        }
        return builder.build();
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("neo4j-local: unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                args.put(arg.substring(2), "true");
            } else {
                args.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return args;
    }

    /** Neo4j starts its connectors inside build(); this guards against a connector that bound late. */
    private static void awaitPort(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        System.err.println("neo4j-local: Bolt did not accept connections on " + HOST + ":" + port);
        System.exit(2);
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(
                () -> {
                    try {
                        InputStream in = System.in;
                        byte[] buffer = new byte[256];
                        while (in.read(buffer) >= 0) {
                            // Input is ignored; only end-of-stream matters.
                        }
                    } catch (IOException ignored) {
                        // A broken pipe means the parent is gone, same as end-of-stream.
                    }
                    System.exit(0);
                },
                "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The innermost cause says what actually went wrong; the wrappers around it only say where. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("Lock file has been locked")) {
            return "another Neo4j is using this data folder: stop it, or set NEO4J_DATA_DIR (" + message + ")";
        }
        return message;
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
