/**
 * The analysts' Cypher library (cypher/analysis/*.cypher): each file is one question, described by
 * its header comment. The header is the single source of the question, the parameters (type,
 * default or "required"), the columns and an example; the CLI and the Browser guide read it here.
 *
 *   // Question: Where did a claim first appear …?
 *   //
 *   // Parameters:
 *   //   $claim  string, required  the claim's id
 *   //   $limit  integer = 25      at most this many rows
 *   //
 *   // Columns:
 *   //   step   0 for the earliest mention …
 *   //
 *   // Example:
 *   //   :param claim => 'clm-…'
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ANALYSIS_DIR = fileURLToPath(new URL("../../cypher/analysis/", import.meta.url));

export const PARAM_TYPES = ["string", "integer", "float", "boolean", "datetime"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** A default as written in the header: a literal of the parameter's type, or null. */
export type DefaultValue = string | number | boolean | null;

export interface QueryParam {
  name: string;
  type: ParamType;
  required: boolean;
  /** Only meaningful when not required; the header's literal, typed (datetimes stay ISO strings). */
  default: DefaultValue;
  description: string;
}

export interface QueryColumn {
  name: string;
  description: string;
}

export interface AnalysisQuery {
  name: string;
  file: string;
  question: string;
  params: QueryParam[];
  columns: QueryColumn[];
  /** Example lines as written (`:param …` lines and an `npm run cypher` line). */
  example: string[];
  /** Header paragraphs that are not one of the sections: how the question is understood, caveats. */
  notes: string[];
  /** The whole file, header included: Neo4j ignores the comments, so it runs as is. */
  cypher: string;
}

/** A query file whose header does not follow the format; the message names the file and line. */
export class QueryFileError extends Error {
  override name = "QueryFileError";
}

export class UnknownQueryError extends Error {
  override name = "UnknownQueryError";
}

const PARAM_LINE = /^\$(\w+)\s+(\w+)(?:,\s*(required)|\s*=\s*('[^']*'|"[^"]*"|\S+))\s+(.*)$/;
const COLUMN_LINE = /^(\w+)\s{2,}(.*)$/;
const SECTION = /^(Question|Parameters|Columns|Example):\s*(.*)$/;

/** Parses one query file. `file` is only used in error messages. */
export function parseQueryFile(name: string, text: string, file = `${name}.cypher`): AnalysisQuery {
  const header = headerLines(text);
  const fail = (line: number, message: string): never => {
    throw new QueryFileError(`${file}:${line + 1}: ${message}`);
  };

  let question = "";
  const params: QueryParam[] = [];
  const columns: QueryColumn[] = [];
  const example: string[] = [];
  const notes: string[] = [];
  let section: "question" | "params" | "columns" | "example" | "notes" | null = null;
  let columnIndent: number | undefined;

  header.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      section = null;
      return;
    }
    const heading = SECTION.exec(line);
    if (heading && raw.search(/\S/) === 0) {
      section = ({ Question: "question", Parameters: "params", Columns: "columns", Example: "example" } as const)[
        heading[1] as "Question" | "Parameters" | "Columns" | "Example"
      ];
      if (section === "question") question = heading[2];
      return;
    }
    switch (section) {
      case "question":
        question += " " + line;
        return;
      case "params": {
        const m = PARAM_LINE.exec(line);
        if (m) {
          const type = m[2] as ParamType;
          if (!PARAM_TYPES.includes(type))
            fail(index, `parameter $${m[1]} has unknown type "${m[2]}" (one of ${PARAM_TYPES.join(", ")})`);
          params.push({
            name: m[1],
            type,
            required: m[3] === "required",
            default: m[3]
              ? null
              : parseDefault(m[4], type, () => fail(index, `default of $${m[1]} is not a ${type}: ${m[4]}`)),
            description: m[5].trim(),
          });
        } else if (params.length > 0 && !line.startsWith("$")) {
          params[params.length - 1].description += " " + line;
        } else {
          fail(
            index,
            `expected "$name type, required  description" or "$name type = default  description", got: ${line}`,
          );
        }
        return;
      }
      case "columns": {
        // Column names share one indentation; a deeper line continues the previous description.
        const indent = raw.search(/\S/);
        columnIndent ??= indent;
        const m = COLUMN_LINE.exec(line);
        if (indent === columnIndent && m) columns.push({ name: m[1], description: m[2].trim() });
        else if (indent > columnIndent && columns.length > 0) columns[columns.length - 1].description += " " + line;
        else fail(index, `expected "column  description" (two spaces between), got: ${line}`);
        return;
      }
      case "example":
        example.push(line);
        return;
      default:
        if (section === "notes") notes[notes.length - 1] += " " + line;
        else notes.push(line);
        section = "notes";
    }
  });

  if (!question) throw new QueryFileError(`${file}: the header has no "// Question:" line`);
  if (columns.length === 0) throw new QueryFileError(`${file}: the header has no "// Columns:" section`);
  for (const p of params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(bodyOf(text))) {
      throw new QueryFileError(`${file}: parameter $${p.name} is declared but the query does not use it`);
    }
  }
  const declared = new Set(params.map((p) => p.name));
  for (const used of bodyOf(text).matchAll(/\$(\w+)/g)) {
    if (!declared.has(used[1]))
      throw new QueryFileError(`${file}: the query uses $${used[1]}, which the header does not declare`);
  }
  return { name, file, question: question.trim(), params, columns, example, notes, cypher: text };
}

/** Reads every *.cypher file of the library, sorted by name. */
export async function loadLibrary(dir = ANALYSIS_DIR): Promise<AnalysisQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(
    files.map(async (f) =>
      parseQueryFile(f.slice(0, -".cypher".length), await readFile(path.join(dir, f), "utf8"), path.join(dir, f)),
    ),
  );
}

export function findQuery(library: AnalysisQuery[], name: string): AnalysisQuery {
  const query = library.find((q) => q.name === name);
  if (!query) {
    throw new UnknownQueryError(
      `unknown query "${name}". Known queries: ${library.map((q) => q.name).join(", ")} (see --list)`,
    );
  }
  return query;
}

/** The leading `//` comment lines, without the slashes and the one space after them. */
function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith("//")) break;
    lines.push(line.slice(2).replace(/^ /, ""));
  }
  return lines;
}

/** The query without any comment line, where parameters are looked for. */
function bodyOf(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^\s*\/\//.test(l))
    .join("\n")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

function parseDefault(literal: string, type: ParamType, invalid: () => never): DefaultValue {
  if (literal === "null") return null;
  switch (type) {
    case "integer":
      return /^-?\d+$/.test(literal) ? Number(literal) : invalid();
    case "float":
      return Number.isFinite(Number(literal)) ? Number(literal) : invalid();
    case "boolean":
      return literal === "true" ? true : literal === "false" ? false : invalid();
    case "string":
    case "datetime":
      return /^(['"]).*\1$/.test(literal) ? literal.slice(1, -1) : literal;
  }
}
