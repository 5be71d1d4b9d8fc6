import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  localNeo4jConfig,
  neo4jConnectionConfig,
  projectRoot,
  serverConfig,
  testNeo4jConfig,
} from "../../server/config.js";
import { parseJavaMajor } from "../../server/neo4j-local/toolchain.js";

describe("Neo4j and server settings from the environment", () => {
  it("defaults to a local Neo4j on 7687/7474 with data under ./data/neo4j", () => {
    expect(localNeo4jConfig({})).toEqual({
      boltPort: 7687,
      httpPort: 7474,
      dataDir: path.join(projectRoot, "data", "neo4j"),
      heap: "1g",
      pageCache: "512m",
    });
    expect(neo4jConnectionConfig({})).toEqual({
      uri: undefined,
      user: undefined,
      password: undefined,
      database: undefined,
    });
    expect(serverConfig({})).toEqual({ port: 4000, host: "127.0.0.1" });
  });

  it("reads every variable, treating blank values as unset", () => {
    const env = {
      NEO4J_URI: "neo4j+s://graph.example:7687",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: " ",
      NEO4J_BOLT_PORT: "7688",
      NEO4J_HTTP_PORT: "0",
      NEO4J_DATA_DIR: "/var/lib/nne",
      NEO4J_HEAP: "2g",
      NEO4J_PAGECACHE: "256m",
      NEO4J_TEST_URI: "bolt://127.0.0.1:9999",
      PORT: "8080",
      HOST: "0.0.0.0",
    };
    expect(neo4jConnectionConfig(env)).toEqual({
      uri: "neo4j+s://graph.example:7687",
      user: "reader",
      password: "secret",
      database: undefined,
    });
    expect(localNeo4jConfig(env)).toEqual({
      boltPort: 7688,
      httpPort: 0,
      dataDir: "/var/lib/nne",
      heap: "2g",
      pageCache: "256m",
    });
    expect(testNeo4jConfig(env).uri).toBe("bolt://127.0.0.1:9999");
    expect(serverConfig(env)).toEqual({ port: 8080, host: "0.0.0.0" });
  });

  it("names the variable and the value it rejects", () => {
    expect(() => localNeo4jConfig({ NEO4J_BOLT_PORT: "seven" })).toThrow(/NEO4J_BOLT_PORT="seven" is not valid/);
    expect(() => localNeo4jConfig({ NEO4J_HTTP_PORT: "70000" })).toThrow(/NEO4J_HTTP_PORT="70000"/);
    expect(() => localNeo4jConfig({ NEO4J_HEAP: "lots" })).toThrow(
      /NEO4J_HEAP="lots" is not valid: expected a size like 512m or 2g/,
    );
    expect(() => neo4jConnectionConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(
      /NEO4J_URI="http:\/\/localhost:7474" is not valid/,
    );
    expect(() => serverConfig({ PORT: "0" })).toThrow(/PORT="0"/);
  });
});

describe("parseJavaMajor", () => {
  it("reads the major version from java -version output, old and new styles", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('java version "21" 2023-09-19 LTS')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor("command not found")).toBeUndefined();
  });
});
