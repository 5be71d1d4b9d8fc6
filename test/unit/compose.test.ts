import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../../server/config.js";

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string> | string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string | string[] };
  depends_on?: Record<string, { condition?: string }> | string[];
}

const compose = parse(readFileSync(path.join(projectRoot, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const { neo4j, app } = compose.services;

function env(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  if (!Array.isArray(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(
    raw.map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
}

/** "127.0.0.1:7474:7474" or "7474:7474" or "7474" → the container port. */
function containerPorts(service: Service): number[] {
  return (service.ports ?? []).map((mapping) => Number(String(mapping).split(":").at(-1)?.split("/")[0]));
}

/** A compose default like ${NEO4J_PASSWORD:-secret} resolved as compose would with the variable unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, "$1");
}

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with its ports, a data volume and a healthcheck", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(containerPorts(neo4j)).toEqual(expect.arrayContaining([7474, 7687]));
    const dataVolume = neo4j.volumes?.find((volume) => volume.endsWith(":/data"));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume!.split(":")[0]);
    const test = [neo4j.healthcheck?.test ?? []].flat().join(" ");
    expect(test).toMatch(/7474|cypher-shell/);
  });

  it("takes the Neo4j password from the environment, with a default long enough for Neo4j 5", () => {
    const auth = env(neo4j).NEO4J_AUTH;
    expect(auth).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-.+\}$/);
    expect(withDefaults(auth).slice("neo4j/".length).length).toBeGreaterThanOrEqual(8);
  });

  it("points the app at the neo4j service with the same credentials, once Neo4j is healthy", () => {
    const appEnv = env(app);
    expect(new URL(appEnv.NEO4J_URI).hostname).toBe("neo4j");
    expect(new URL(appEnv.NEO4J_URI).port).toBe("7687");
    expect(`${appEnv.NEO4J_USER}/${appEnv.NEO4J_PASSWORD}`).toBe(env(neo4j).NEO4J_AUTH);
    expect(appEnv.HOST).toBe("0.0.0.0");
    expect(containerPorts(app)).toContain(Number(appEnv.PORT ?? 4000));
    expect(app.depends_on).toMatchObject({ neo4j: { condition: "service_healthy" } });
  });

  it("builds the app from a Dockerfile that installs, builds and starts it", () => {
    const context = typeof app.build === "string" ? app.build : (app.build?.context ?? ".");
    const dockerfileName = typeof app.build === "object" && app.build.dockerfile ? app.build.dockerfile : "Dockerfile";
    const dockerfile = path.join(projectRoot, context, dockerfileName);
    expect(existsSync(dockerfile)).toBe(true);
    const text = readFileSync(dockerfile, "utf8");
    expect(text).toMatch(/^FROM node:22/m);
    expect(text).toMatch(/^RUN npm ci\b/m);
    expect(text).toMatch(/^RUN npm run build\b/m);
    expect(text).toMatch(/^CMD \["npm", "start"\]/m);
  });
});
