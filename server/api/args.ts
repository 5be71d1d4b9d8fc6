import { badInput } from "./errors.js";

/** Argument checks shared by the resolvers: each failure names the argument. */

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
export type IdKind = "clm" | "act" | "src" | "doc";

/** Ids are `<kind>-…` slugs or hashes; anything else is refused before it reaches Cypher. */
export function checkId(id: string, argument: string, kind?: IdKind): string {
  if (!ID_SHAPE.test(id) || (kind && !id.startsWith(kind + "-"))) {
    const expected = kind ? `an id starting with "${kind}-"` : "an id of letters, digits, '.', ':', '_' or '-'";
    throw badInput(`${argument}: ${JSON.stringify(id.slice(0, 60))} is not ${expected}`, argument);
  }
  return id;
}

export function checkIds(
  ids: readonly string[] | null | undefined,
  argument: string,
  kind?: IdKind,
  max = 100,
): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length > max) throw badInput(`${argument}: at most ${max} ids`, argument);
  return ids.map((id) => checkId(id, argument, kind));
}

export function checkRange(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be between ${min} and ${max} (got ${value})`, argument);
  }
  return value;
}

export function checkText(value: string | null | undefined, argument: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max) throw badInput(`${argument} is longer than ${max} characters`, argument);
  return value;
}
