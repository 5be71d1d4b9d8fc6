/** A query result as text: a readable table (the default), JSON or CSV. */
import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import type { Plain, PlainResult } from "./plain-values.js";

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** How a list is shown in one table or CSV cell. */
const LIST_SEPARATOR = "; ";

export function formatResult(result: PlainResult, format: Format, width = 160): string {
  switch (format) {
    case "json":
      return JSON.stringify(result.rows, null, 2) + "\n";
    case "csv":
      return stringify([result.columns, ...result.rows.map((r) => result.columns.map((c) => cellText(r[c])))]);
    case "table":
      return formatTable(result, width);
  }
}

/** One cell as text: lists joined, maps as JSON, null as empty. */
export function cellText(value: Plain): string {
  if (value === null) return "";
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : cellText(v)))
      .join(LIST_SEPARATOR);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function formatTable(result: PlainResult, width: number): string {
  const cells = result.rows.map((r) => result.columns.map((c) => cellText(r[c])));
  const columns = result.columns.map((c, i) => [c, ...cells.map((row) => row[i])]);
  const widths = columnWidths(
    columns.map((texts) => Math.max(...texts.map(longestLine))),
    columns.map((texts) => Math.max(...texts.map(longestWord))),
    width,
  );
  const table = new Table({
    head: result.columns,
    colWidths: widths.map((w) => w + 2),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  table.push(...cells);
  const rows = result.rows.length;
  return `${table.toString()}\n${rows} row${rows === 1 ? "" : "s"}\n`;
}

/**
 * Content widths for the columns so the table fits `total` characters (borders and padding
 * included): every column gets at least its longest word (a date, an id) so nothing is cut, then
 * the room left is shared, narrow columns first, up to each column's natural width.
 */
export function columnWidths(natural: number[], longestWords: number[], total: number): number[] {
  const widths = natural.map((n, i) => Math.max(1, Math.min(n, longestWords[i])));
  let room = total - (3 * natural.length + 1) - widths.reduce((a, b) => a + b, 0);
  const wanting = natural
    .map((_, i) => i)
    .filter((i) => natural[i] > widths[i])
    .sort((a, b) => natural[a] - natural[b]);
  wanting.forEach((col, k) => {
    const extra = Math.max(0, Math.min(natural[col] - widths[col], Math.floor(room / (wanting.length - k))));
    widths[col] += extra;
    room -= extra;
  });
  return widths;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((l) => l.length));
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}
