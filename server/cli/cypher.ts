/**
 * `npm run cypher -- <query> [--param value …] [--format table|json|csv]` runs one question of the
 * analysts' library (cypher/analysis/) against the configured Neo4j and prints the answer;
 * `npm run cypher -- --list` lists the questions; `npm run cypher -- <query> --help` describes one.
 */
import { writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { browserGuideHtml } from "../analysis/browser-guide.js";
import { FORMATS, type Format, formatResult } from "../analysis/format-result.js";
import { serveGuide } from "../analysis/guide-server.js";
import { buildParams, optionName, ParamError } from "../analysis/param-values.js";
import {
  type AnalysisQuery,
  findQuery,
  loadLibrary,
  QueryFileError,
  UnknownQueryError,
} from "../analysis/query-library.js";
import { runAnalysisQuery } from "../analysis/run-query.js";
import { GraphUnavailableError, openGraph } from "../graph/driver.js";

async function main(argv: string[]): Promise<void> {
  const library = await loadLibrary();
  const program = new Command("npm run cypher --")
    .description("Ask the narrative graph one of the analysts' questions (cypher/analysis/*.cypher).")
    .option("--list", "list the queries and their questions")
    .option("--browser-guide <file>", "write a Neo4j Browser guide (HTML) with every query, for :play")
    .option("--serve-guide [port]", "serve that guide on localhost until Ctrl-C, and print what to :play")
    .argument("[query]", "the query to run (see --list)")
    .showSuggestionAfterError()
    .showHelpAfterError("(add --help for usage, --list for the queries)")
    .action(
      async (
        name: string | undefined,
        options: { list?: boolean; browserGuide?: string; serveGuide?: true | string },
      ) => {
        // A known name is taken by its subcommand, so a name that lands here is unknown.
        if (name !== undefined) findQuery(library, name);
        if (options.browserGuide) {
          await writeFile(options.browserGuide, browserGuideHtml(library));
          process.stderr.write(`wrote ${options.browserGuide} (${library.length} queries)\n`);
        }
        if (options.serveGuide) {
          const port = options.serveGuide === true ? 0 : Number(options.serveGuide);
          if (!Number.isInteger(port) || port < 0 || port > 65535)
            throw new ParamError(`--serve-guide: not a port: ${options.serveGuide}`);
          const { url } = await serveGuide(browserGuideHtml(library), port);
          process.stdout.write(`In Neo4j Browser, run:  :play ${url}\n(Ctrl-C stops serving it)\n`);
        }
        if (options.list) process.stdout.write(listing(library));
        if (!options.list && !options.browserGuide && !options.serveGuide) program.help();
      },
    );

  for (const query of library) {
    const command = program
      .command(query.name)
      .description(query.question)
      .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("table"))
      .addHelpText("after", columnsHelp(query))
      .action(async (options: Record<string, string>) => {
        const { format, ...given } = options;
        const params = buildParams(query, given);
        const graph = await openGraph();
        try {
          const result = await runAnalysisQuery(graph, query, params);
          process.stdout.write(formatResult(result, format as Format, process.stdout.columns || 160));
        } finally {
          await graph.close();
        }
      });
    for (const p of query.params) {
      const flags = `${optionName(p.name)} <${p.type}>`;
      const description = p.required ? `${p.description} (required)` : `${p.description} (default: ${p.default})`;
      command.addOption(new Option(flags, description));
    }
  }
  await program.parseAsync(argv);
}

function listing(library: AnalysisQuery[]): string {
  const width = Math.max(...library.map((q) => q.name.length));
  return library
    .map((q) => {
      const required = q.params
        .filter((p) => p.required)
        .map((p) => `${optionName(p.name)} <${p.type}>`)
        .join(" ");
      return `${q.name.padEnd(width)}  ${q.question}${required ? `\n${" ".repeat(width)}  needs ${required}` : ""}\n`;
    })
    .join("");
}

function columnsHelp(query: AnalysisQuery): string {
  const width = Math.max(...query.columns.map((c) => c.name.length));
  const lines = query.columns.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`);
  const example = query.example.filter((l) => l.startsWith("npm run")).map((l) => `  ${l}`);
  return `\nColumns:\n${lines.join("\n")}\n${example.length ? `\nExample:\n${example.join("\n")}\n` : ""}`;
}

main(process.argv).catch((e: unknown) => {
  const known =
    e instanceof ParamError ||
    e instanceof GraphUnavailableError ||
    e instanceof QueryFileError ||
    e instanceof UnknownQueryError;
  const neo4jError =
    typeof (e as { code?: unknown }).code === "string" && String((e as { code: string }).code).startsWith("Neo.");
  process.stderr.write(`error: ${known || neo4jError ? (e as Error).message : ((e as Error).stack ?? String(e))}\n`);
  process.exitCode = 1;
});
