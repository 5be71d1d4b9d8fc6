/**
 * Turns parameter values given as text (command-line options) into the typed values a query
 * expects, filling in the header's defaults: integers become Neo4j integers (LIMIT rejects a
 * float), dates and date-times become Neo4j DateTimes (a date alone is midnight UTC, as in the
 * graph model).
 */
import neo4j from "neo4j-driver";
import type { AnalysisQuery, DefaultValue, ParamType, QueryParam } from "./query-library.js";

export class ParamError extends Error {
  override name = "ParamError";
}

/** `minSpeakers` → `--min-speakers`: how a parameter is spelled on the command line. */
export function optionName(param: string): string {
  return "--" + param.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/**
 * The parameters to run `query` with. `given` maps parameter names to their text; every declared
 * parameter gets a value (given, else its default), a missing required one is an error, and so is
 * a name the query does not declare.
 */
export function buildParams(query: AnalysisQuery, given: Record<string, string | undefined>): Record<string, unknown> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const name of Object.keys(given)) {
    if (given[name] !== undefined && !declared.has(name)) {
      const known = query.params.map((p) => optionName(p.name)).join(", ") || "none";
      throw new ParamError(`query "${query.name}" has no parameter ${optionName(name)} (its parameters: ${known})`);
    }
  }
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    const text = given[p.name];
    if (text === undefined) {
      if (p.required)
        throw new ParamError(`query "${query.name}" needs ${optionName(p.name)} <${p.type}>: ${p.description}`);
      params[p.name] = typedDefault(p);
    } else {
      params[p.name] = parseValue(p, text);
    }
  }
  return params;
}

/** Parses one value; "null" clears an optional parameter. The message names the option. */
export function parseValue(param: QueryParam, text: string): unknown {
  const value = text.trim();
  if (value === "null" && !param.required) return null;
  const bad = (expected: string): never => {
    throw new ParamError(`${optionName(param.name)} expects ${expected}, got "${text}"`);
  };
  switch (param.type) {
    case "string":
      return text;
    case "integer":
      return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? neo4j.int(value) : bad("an integer");
    case "float":
      return value !== "" && Number.isFinite(Number(value)) ? Number(value) : bad("a number");
    case "boolean": {
      const b = BOOLEANS.get(value.toLowerCase());
      return b ?? bad("true or false");
    }
    case "datetime":
      return parseDateTime(value) ?? bad("a date (2021-12-30) or an ISO date-time (2021-12-30T21:30:00Z)");
  }
}

const BOOLEANS = new Map(Object.entries({ true: true, false: false, yes: true, no: false, "1": true, "0": false }));

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO date or date-time as a Neo4j DateTime with a fixed offset; no zone means UTC, so a date
 * alone is midnight UTC. Returns null for anything else, including impossible dates (2021-02-30).
 */
export function parseDateTime(text: string): InstanceType<typeof neo4j.types.DateTime> | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(
    Number,
  );
  const nanos = Number((m[7] ?? "").padEnd(9, "0"));
  const zone = m[8] ?? "Z";
  const offset =
    zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(-2)) * 60);
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return null;
  }
  return new neo4j.types.DateTime(year, month, day, hour, minute, second, nanos, offset);
}

function typedDefault(p: QueryParam): unknown {
  const d: DefaultValue = p.default;
  if (d === null) return null;
  return parseValue(p, String(d));
}

/** A value as a Cypher literal, for `:param` / `:params` lines in Neo4j Browser or cypher-shell. */
export function cypherLiteral(type: ParamType, value: DefaultValue): string {
  if (value === null) return "null";
  switch (type) {
    case "string":
      return `'${String(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
    case "datetime":
      return `datetime('${value}')`;
    case "float":
      return Number.isInteger(value) ? `${value}.0` : String(value);
    default:
      return String(value);
  }
}
