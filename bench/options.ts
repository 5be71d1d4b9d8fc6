import { InvalidArgumentError } from "commander";

/** Commander's parser for a numeric option (a count, seconds, megabytes): a typo stops the run at once, naming the option. */
export function numberOption(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError("expected a number ≥ 0");
  return n;
}
