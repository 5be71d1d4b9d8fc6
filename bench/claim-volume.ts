/**
 * `NEO4J_URI=… npx tsx bench/claim-volume.ts [--claims 100] [--runs 3] [--write]`: the volume strip's
 * per-day counts on the graph loaded at NEO4J_URI. Times writing them for every claim
 * (cypher/load/claim-days, as a load does for the claims it changed), and reading them for the most
 * reported claims: from the stored summaries (cypher/api/claim-volume, one row per day) against
 * counting the same from each claim's mentions (cypher/bench/volume-from-mentions). CPU time of Neo4j
 * is not separable from the wall clock here; the load average is recorded with the figures.
 * --write records the "Claim volume" section of bench/RESULTS.md.
 */
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { Command } from "commander";
import neo4j from "neo4j-driver";
import { cypherFile } from "../server/graph/cypher-file.js";
import { graphOf } from "../server/graph/driver.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

const program = new Command()
  .option("--claims <n>", "most reported claims to read", "100")
  .option("--runs <n>", "reads of each claim (the first is kept out as a warm-up)", "3")
  .option("--write", "record the figures in bench/RESULTS.md (section Claim volume)", false)
  .action(async (o: { claims: string; runs: string; write: boolean }) => {
    if (!process.env.NEO4J_URI) throw new Error("NEO4J_URI is required: the loaded graph to time");
    const graph = graphOf(neo4j.driver(process.env.NEO4J_URI));
    try {
      const [counts] = await graph.read(
        "MATCH (c:Claim) WITH count(c) AS claims MATCH (m:Mention) RETURN claims, count(m) AS mentions",
      );
      const started = process.hrtime.bigint();
      await graph.run(cypherFile("load/claim-days"), { claims: null });
      const writeMs = ms(started);
      const [days] = await graph.read("MATCH (c:Claim)-[v:VOLUME]->(c) RETURN count(v) AS n");

      const top = await graph.read(cypherFile("bench/most-reported-claims"), { limit: neo4j.int(Number(o.claims)) });
      const stored: number[] = [];
      const counted: number[] = [];
      for (const r of top) {
        const id = r.get("id") as string;
        for (let run = 0; run < Number(o.runs); run++) {
          let t = process.hrtime.bigint();
          await graph.read(cypherFile("api/claim-volume"), { ids: [id] });
          if (run > 0) stored.push(ms(t));
          t = process.hrtime.bigint();
          await graph.read(cypherFile("bench/volume-from-mentions"), { id });
          if (run > 0) counted.push(ms(t));
        }
      }
      const m = machine();
      const load = os.loadavg().map((l) => l.toFixed(1));
      const most = top[0] ? neo4j.integer.toNumber(top[0].get("mentions")) : 0;
      const body = [
        `Measured ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, commit ${m.commit};`,
        `load average ${load.join(" / ")} (1/5/15 min) when it finished: figures from a busy machine are upper bounds.`,
        `Command: \`NEO4J_URI=… npx tsx bench/claim-volume.ts --claims ${o.claims} --runs ${o.runs}\` on a graph of ${neo4j.integer.toNumber(counts.get("claims")).toLocaleString("en")} claims and ${neo4j.integer.toNumber(counts.get("mentions")).toLocaleString("en")} mentions.`,
        "",
        "| figure | value |",
        "|---|---|",
        `| write every claim's per-day counts (cypher/load/claim-days, all claims) | ${(writeMs / 1000).toFixed(1)} s, ${neo4j.integer.toNumber(days.get("n")).toLocaleString("en")} claim-days |`,
        `| read one claim's days from the summaries (cypher/api/claim-volume), ${top.length} most reported claims (up to ${most.toLocaleString("en")} mentions), p50 / p95 | ${quantile(stored, 0.5).toFixed(1)} / ${quantile(stored, 0.95).toFixed(1)} ms |`,
        `| count the same from the claim's mentions (cypher/bench/volume-from-mentions), p50 / p95 | ${quantile(counted, 0.5).toFixed(1)} / ${quantile(counted, 0.95).toFixed(1)} ms |`,
      ].join("\n");
      console.log(body);
      if (o.write) {
        const file = new URL("./RESULTS.md", import.meta.url);
        await writeFile(file, replaceSection(await readFile(file, "utf8"), "Claim volume", body));
      }
    } finally {
      await graph.close();
    }
  });

program.parseAsync().catch((e: Error) => {
  console.error(`claim-volume: ${e.message}`);
  process.exit(1);
});
