import { GraphQLScalarType, Kind } from "graphql";
import { isoDateProblem } from "../corpus/iso-date.js";
import { badInput } from "./errors.js";

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time (a date alone is midnight UTC) into a normalised UTC string. */
export function parseDateTime(value: unknown): string {
  if (typeof value !== "string" || !ISO.test(value.trim())) {
    throw badInput(
      `expected an ISO 8601 date or date-time such as 2021-12-30 or 2021-12-30T21:30:00Z, got ${JSON.stringify(String(value).slice(0, 40))}`,
    );
  }
  const text = value.trim();
  const problem = isoDateProblem(text);
  if (problem) throw badInput(problem);
  const withZone = /T|\s/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text + "Z" : text;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text + "T00:00:00Z" : withZone);
  if (Number.isNaN(date.getTime())) throw badInput(`${JSON.stringify(value)} is not a real date`);
  return date.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "ISO 8601 date-time in UTC.",
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('a DateTime is written as a string, e.g. "2021-12-30"');
    return parseDateTime(ast.value);
  },
});
