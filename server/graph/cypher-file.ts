/** Reads a Cypher statement kept under cypher/ (read once per process). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CYPHER_DIR = new URL("../../cypher/", import.meta.url);
const cache = new Map<string, string>();

/** `cypherFile("load/write-mentions")` → the text of cypher/load/write-mentions.cypher. */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(fileURLToPath(new URL(`${name}.cypher`, CYPHER_DIR)), "utf8");
    cache.set(name, text);
  }
  return text;
}
