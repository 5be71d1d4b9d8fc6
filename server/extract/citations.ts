/**
 * Reprint credits: the outlet whose story a document copies, as wire copy and aggregators mark
 * it: a dateline credit "MOSCOW, Dec. 31 (Xinhua) --", a masthead line "People's Daily Online",
 * a trailing credit "… to Kiev. RIA News", "Source: Reuters", or "originally published by Reuters".
 */
import { KNOWN_OUTLETS, OUTLET_WORDS } from "./gazetteer.js";

export interface Credit {
  name: string;
  start: number;
  end: number;
}

const known = new Map(KNOWN_OUTLETS.map((o) => [o.toLowerCase(), o]));
/** A body's own papers and desks, not an outlet: "PRESS RELEASE", "Press Centre", "Media Release No. 14". */
const PAPERS_AND_DESKS = new Set([
  "release",
  "releases",
  "office",
  "centre",
  "center",
  "service",
  "statement",
  "briefing",
]);

/** Is this short phrase an outlet's name? */
export function outletName(phrase: string): string | undefined {
  const p = phrase
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/[.:]+$/, "");
  if (p.length < 2 || p.length > 60) return undefined;
  const k = known.get(p.toLowerCase().replace(/’/g, "'"));
  if (k) return p;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  // "Source: Harbour Wire" is a credit line, which findCredits reads as one; the name is what follows
  if (words.some((w) => w.endsWith(":") || PAPERS_AND_DESKS.has(w.toLowerCase()))) return undefined;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|&)$/i.test(w))) return undefined;
  return words.some((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/['’]s$/, ""))) ? p : undefined;
}

export function findCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  const add = (name: string, start: number) => {
    if (!credits.some((c) => c.name.toLowerCase() === name.toLowerCase()))
      credits.push({ name, start, end: start + name.length });
  };
  // "(Xinhua)" in the head of the text: a dateline or byline credit
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(/\(([\p{Lu}][\p{L}'’ .&-]{1,40})\)/gu)) {
    const name = outletName(m[1]);
    if (name) add(name, m.index! + 1);
  }
  // masthead and credit lines: a line that is nothing but an outlet's name, near the top or the bottom
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  const edge = new Set([...lines.slice(0, 8), ...lines.slice(-8)]);
  for (const line of edge) {
    const name = outletName(line.text);
    if (name) add(name, line.start + line.text.indexOf(name));
    else {
      // "… to Kiev. RIA News" / "Source: Reuters" / "World | Source: Reuters" / "originally published by Reuters and …"
      const credit =
        /(?:[.!?”"]\s+|(?:^|\|\s*)(?:Source|Via|Credit)\s*:\s*)([\p{Lu}][\p{L}'’ .&-]{1,40})\s*$/u.exec(line.text) ??
        /\b(?:originally|first) (?:published|appeared|reported|carried) (?:by|in|on) ([\p{Lu}][\p{L}'’&-]*(?: [\p{Lu}][\p{L}'’&-]*){0,4})/u.exec(
          line.text,
        );
      const n = credit ? outletName(credit[1]) : undefined;
      if (n) add(n, line.start + credit!.index + credit![0].indexOf(credit![1]));
    }
  }
  return credits;
}
