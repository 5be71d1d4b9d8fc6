/**
 * `NEO4J_URI=… npx tsx bench/bulk-import.ts --docs N [--json]`: the write ceiling. Writes the graph
 * the ETL just loaded at NEO4J_URI (every node and relationship with its properties) to CSV, then
 * times `neo4j-admin database import full`, Neo4j 5.26's offline bulk importer from the same Maven
 * artifacts as server/neo4j-local, on those files into an empty database of its own, and reports its
 * relationships per second beside the load's (read from the load's EtlRun record): the load's rate
 * as a share of the fastest way Neo4j has to write the same graph. Only the importer is timed, not
 * the export.
 *
 * The importer writes store files directly, with no transactions, no indexes kept up to date and no
 * concurrent readers, which the load must have: it is a ceiling, not a target.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import neo4j, { type Driver } from "neo4j-driver";
import { cypherFile } from "../server/graph/cypher-file.js";
import { prepareLocalNeo4j } from "../server/neo4j-local/build.js";

/** Between the elements of a list property: a control character no text of the corpus holds. */
const ARRAY_DELIMITER = "\u001f";

/** The importer's column type of a stored property type (db.schema.*TypeProperties); text when it has several. */
function columnType(types: string[] | null): string {
  const names: Record<string, string> = {
    String: "string",
    Long: "long",
    Double: "double",
    Boolean: "boolean",
    DateTime: "datetime",
    Date: "date",
    LocalDateTime: "localdatetime",
  };
  const [t, other] = types ?? [];
  if (!t || other) return "string";
  const array = t.endsWith("Array");
  const base = names[array ? t.slice(0, -"Array".length) : t] ?? "string";
  return array ? `${base}[]` : base;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return quote(value.map((v) => String(v)).join(ARRAY_DELIMITER));
  if (typeof value === "string") return quote(value);
  return String(value);
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** One CSV file of rows that share a label set or a relationship type, written as they stream in. */
class CsvFile {
  private readonly fd: number;
  private buffer = "";
  constructor(
    readonly file: string,
    fixed: string[],
    private readonly columns: [string, string][],
  ) {
    this.fd = openSync(file, "w");
    this.line([...fixed, ...columns.map(([name, type]) => `${name}:${type}`)].join(","));
  }
  add(fixed: string[], props: Record<string, unknown>): void {
    this.line([...fixed.map(field), ...this.columns.map(([name]) => field(props[name]))].join(","));
  }
  close(): void {
    writeSync(this.fd, this.buffer);
    closeSync(this.fd);
  }
  private line(text: string): void {
    this.buffer += `${text}\n`;
    if (this.buffer.length > 1 << 20) {
      writeSync(this.fd, this.buffer);
      this.buffer = "";
    }
  }
}

/** Streams the graph at `driver` into CSV files under `dir`; returns the importer's arguments and the counts. */
async function exportGraph(driver: Driver, dir: string) {
  const read = async (query: string) => (await driver.executeQuery(cypherFile(query))).records.map((r) => r.toObject());
  const columnsBy = (rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) => {
    const by = new Map<string, [string, string][]>();
    for (const r of rows) {
      if (r.name === null) continue;
      const k = key(r);
      by.set(k, [...(by.get(k) ?? []), [r.name as string, columnType(r.types as string[] | null)]]);
    }
    return by;
  };
  const nodeColumns = columnsBy(await read("bench/node-columns"), (r) => [...(r.labels as string[])].sort().join(";"));
  // relType is given as ":`CITES`"
  const relColumns = columnsBy(await read("bench/relationship-columns"), (r) =>
    (r.type as string).replace(/^:`|`$/g, ""),
  );
  const files = { nodes: new Map<string, CsvFile>(), relationships: new Map<string, CsvFile>() };
  let nodes = 0;
  let relationships = 0;
  const stream = async (query: string, each: (r: Record<string, unknown>) => void) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await new Promise<void>((resolve, reject) =>
        session.run(cypherFile(query)).subscribe({
          onNext: (record) => each(record.toObject()),
          onCompleted: () => resolve(),
          onError: reject,
        }),
      );
    } finally {
      await session.close();
    }
  };
  await stream("bench/export-nodes", (r) => {
    const labels = [...(r.labels as string[])].sort().join(";");
    let file = files.nodes.get(labels);
    if (!file) {
      file = new CsvFile(
        path.join(dir, `nodes-${files.nodes.size}.csv`),
        [":ID", ":LABEL"],
        nodeColumns.get(labels) ?? [],
      );
      files.nodes.set(labels, file);
    }
    file.add([r.id as string, labels], r.props as Record<string, unknown>);
    nodes++;
  });
  await stream("bench/export-relationships", (r) => {
    const type = r.type as string;
    let file = files.relationships.get(type);
    if (!file) {
      file = new CsvFile(
        path.join(dir, `relationships-${files.relationships.size}.csv`),
        [":START_ID", ":END_ID", ":TYPE"],
        relColumns.get(type) ?? [],
      );
      files.relationships.set(type, file);
    }
    file.add([r.start as string, r.end as string, type], r.props as Record<string, unknown>);
    relationships++;
  });
  for (const f of [...files.nodes.values(), ...files.relationships.values()]) f.close();
  return {
    nodes,
    relationships,
    args: [
      ...[...files.nodes.values()].map((f) => `--nodes=${f.file}`),
      ...[...files.relationships.values()].map((f) => `--relationships=${f.file}`),
    ],
  };
}

/** Runs neo4j-admin database import full into a fresh NEO4J_HOME; returns the wall seconds. */
async function bulkImport(home: string, inputs: string[]): Promise<{ seconds: number; output: string }> {
  const build = await prepareLocalNeo4j({ log: (m) => console.error(`[neo4j-admin] ${m}`) });
  await mkdir(path.join(home, "conf"), { recursive: true });
  await writeFile(path.join(home, "conf", "neo4j.conf"), `server.directories.data=${path.join(home, "data")}\n`);
  const args = [
    "-cp",
    build.classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    `--array-delimiter=U+001F`,
    "--multiline-fields=true",
    `--report-file=${path.join(home, "import.report")}`,
    `--threads=${os.cpus().length}`,
    // the database is the default, neo4j: a name after the file lists would be read as one more file
    ...inputs,
  ];
  const started = process.hrtime.bigint();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(build.toolchain.java, args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    const keep = (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`neo4j-admin exited with ${code}:\n${text.slice(-4_000)}`)),
    );
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, output };
}

/** "IMPORT DONE in 1m 2s 345ms." → seconds: the importer's own time, without the JVM's start. */
function importerSeconds(output: string): number | undefined {
  const done = /IMPORT DONE in ([^.]+)\./.exec(output)?.[1];
  if (!done) return undefined;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...done.matchAll(/(\d+)(ms|h|m|s)/g)].reduce((sum, [, n, u]) => sum + Number(n) * unit[u], 0);
}

async function main(): Promise<void> {
  const opts = new Command()
    .option("--docs <n>", "documents in the loaded corpus (for the report)")
    .option("--json", "print the figures as one JSON line (npm run bench)")
    .parse()
    .opts<{ docs?: string; json?: boolean }>();
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI: the graph the ETL loaded, to import again");
  const driver = neo4j.driver(uri);
  const dir = await mkdtemp(path.join(os.tmpdir(), "nne-bulk-import-"));
  try {
    const [load] = (await driver.executeQuery(cypherFile("bench/last-load"))).records.map((r) => r.toObject());
    console.error("writing the graph to CSV…");
    const exported = await exportGraph(driver, path.join(dir));
    console.error(`importing ${exported.nodes} nodes and ${exported.relationships} relationships with neo4j-admin…`);
    const run = await bulkImport(path.join(dir, "home"), exported.args);
    const importSeconds = importerSeconds(run.output) ?? run.seconds;
    const importRate = exported.relationships / importSeconds;
    const loadRels = load ? Number(load.relationships) : undefined;
    const loadRate = load && loadRels ? loadRels / Number(load.seconds) : undefined;
    const results = [
      { name: "neo4j-admin import: relationships", value: exported.relationships, unit: "rel" },
      { name: "neo4j-admin import: importer time", value: importSeconds, unit: "s" },
      { name: "neo4j-admin import: wall time with JVM start", value: run.seconds, unit: "s" },
      { name: "neo4j-admin import: rel/s", value: importRate, unit: "rel/s" },
      ...(loadRate
        ? [
            { name: "load (ETL): rel/s", value: loadRate, unit: "rel/s" },
            { name: "load ÷ neo4j-admin import", value: loadRate / importRate, unit: "×" },
          ]
        : []),
    ];
    const markdown = [
      `The graph the ETL loaded (${exported.nodes.toLocaleString("en")} nodes, ${exported.relationships.toLocaleString("en")} relationships, every property), written to CSV and imported by \`neo4j-admin database import full\` (Neo4j ${"5.26"}, ${os.cpus().length} threads) into an empty database: ${importSeconds.toFixed(1)} s by the importer's own clock (${run.seconds.toFixed(1)} s with the JVM's start), **${Math.round(importRate).toLocaleString("en")} rel/s**.`,
      loadRate
        ? `The ETL's load wrote ${loadRels!.toLocaleString("en")} relationships in ${Number(load!.seconds).toFixed(1)} s (${Math.round(loadRate).toLocaleString("en")} rel/s, summaries and indexes included): **${(loadRate / importRate).toFixed(2)}× the bulk importer's rate**.`
        : "No completed ETL run in this graph: the load's rate is not known here.",
      `Command: \`NEO4J_URI=… npx tsx bench/bulk-import.ts --docs ${opts.docs ?? "N"}\`.`,
    ].join("\n");
    if (opts.json) console.log(JSON.stringify({ results, markdown }));
    else console.log(markdown);
  } finally {
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`bulk-import: ${e.message}`);
  process.exit(1);
});
