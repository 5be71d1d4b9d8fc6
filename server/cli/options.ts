/** Commander's parsers for the numeric options of the project's commands and benchmarks. */
import { InvalidArgumentError } from "commander";

/** A parser that stops the command at once, naming the option, instead of a NaN or a blank read as 0 further on. */
function numberParser(accept: (n: number) => boolean, expected: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !accept(n)) throw new InvalidArgumentError(expected);
    return n;
  };
}

export const portOption = numberParser((n) => Number.isInteger(n) && n >= 0 && n <= 65535, "expected a port number");

export const positiveIntOption = numberParser((n) => Number.isInteger(n) && n >= 1, "must be a positive whole number");

/** A count, seconds or megabytes. */
export const numberOption = numberParser((n) => Number.isFinite(n) && n >= 0, "expected a number ≥ 0");
