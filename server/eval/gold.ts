/**
 * A gold annotation: what a person marked in a corpus (who asserted or denied which claim where,
 * which sources each document cites), in the shape of the shared gold files. Read and checked
 * here so that a malformed file is refused with the place it goes wrong, never scored as zero.
 */
import { z } from "zod";
import { readJson } from "./json-file.js";

const ids = z.array(z.string());

const goldSchema = z.object({
  corpus: z.string().optional(),
  /** Sealed: written without sight of the extractor, kept out of extractor runs until unsealed. */
  blind: z.boolean().optional(),
  actors: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.string().optional(), aliases: ids.default([]) }),
  ),
  /** Outlets and bodies documents cite that never speak themselves. */
  citedSources: z.array(z.object({ id: z.string(), aliases: ids.default([]) })).default([]),
  documents: z.array(
    z.object({
      document: z.string(),
      /** Who speaks in the document's own voice (its publisher, or the body whose statement it is). */
      narrators: ids.default([]),
      cites: ids.default([]),
    }),
  ),
  claims: z.array(
    z.object({
      id: z.string(),
      text: z.string().optional(),
      mentions: z.array(
        z.object({
          document: z.string(),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
          /** Any of these is a right speaker; "narrator" accepts the document's narrators. */
          actors: ids.min(1),
          stance: z.enum(["asserted", "denied"]),
          /** Neither rewarded nor counted against: found or not, it does not change the score. */
          optional: z.boolean().optional(),
          evidence: z.string().default(""),
        }),
      ),
    }),
  ),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldMention = Gold["claims"][number]["mentions"][number];

/** Checks parsed JSON against the gold shape; the error names the file and the first bad field. */
export function parseGold(value: unknown, what: string): Gold {
  const parsed = goldSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${what} is not a gold annotation: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function readGold(file: string): Promise<Gold> {
  return parseGold(await readJson(file), file);
}
