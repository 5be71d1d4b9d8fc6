import type { Publisher } from "./types.js";

/**
 * Guesses who published a document that the manifest does not describe, from the conventions
 * wire copy and web pages use: a dateline credit "CITY, Date (Agency) --" or a "Source: X" line.
 * Returns null when the text gives no such sign; a guess is always reported as a warning.
 */
export function inferPublisher(text: string): Publisher | null {
  const head = text.slice(0, 4000);
  const dateline = /^[A-Z][A-Z .'-]+,[^\n(]{0,40}\(([A-Z][A-Za-z .&'-]{1,40})\)\s*[-–—]{1,2}/m.exec(head);
  if (dateline) return { name: dateline[1].trim(), kind: "news agency" };
  const credit = /^(?:Source|Published by|Publisher)\s*:\s*([^\n]{2,60})$/im.exec(head);
  if (credit) return { name: credit[1].trim() };
  return null;
}
