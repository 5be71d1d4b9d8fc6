/**
 * Datelines open a wire story's first paragraph ("MOSCOW, Dec. 31 (Xinhua) --", "New Delhi, Sept 15
 * (ANI):", "KYIV, Ukraine —"). They say where and who filed, not what anyone said, so no span
 * starts with one. Each pattern is named for the form it matches.
 */
export const DATELINE_MAX = 120;

export interface DatelineRule {
  name: string;
  match: RegExp;
}

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}`;
const CAPS_PLACE = String.raw`\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}`;
const WHEN = String.raw`(?:,\s*[\p{L}\d.,' ]{1,30}?)?`;

export const DATELINE_RULES: DatelineRule[] = [
  // "New Delhi, Sept 15 (ANI): ", "SELTZ, June 4 (Meridian Press) -- ": a credit in brackets, then a dash or colon
  {
    name: "place-credit-dash",
    match: new RegExp(String.raw`^${PLACE}${WHEN}\s*\([^()\n]{2,80}\)\s*(?:--|—|–|-|:)\s*`, "u"),
  },
  // "MOSCOW (UrduPoint News / Sputnik - 25th October, 2022) ": a capitalised place and a credit
  { name: "caps-place-credit", match: new RegExp(String.raw`^${CAPS_PLACE}${WHEN}\s*\([^()\n]{2,80}\)\s+`, "u") },
  // "KYIV, Ukraine — ", "LONDON, May 3 - ": a capitalised place, maybe a date, a dash
  { name: "caps-place-dash", match: new RegExp(String.raw`^${CAPS_PLACE}${WHEN}\s+(?:--|—|–|-)\s+`, "u") },
];

/** How many characters of `head` (a paragraph's first characters) a dateline takes, 0 if none. */
export function datelineLength(head: string): number {
  for (const rule of DATELINE_RULES) {
    const m = rule.match.exec(head);
    if (m) return m[0].length;
  }
  return 0;
}
