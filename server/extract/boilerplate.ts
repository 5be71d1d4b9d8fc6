/**
 * Site furniture that surrounds an article on the web: appeals for money, newsletter and
 * subscription prompts, cookie notices, share and navigation strips, copyright lines. None of it
 * is anyone's claim about the story, so a line that matches is not read for claims. Each rule is
 * named for what it catches; the patterns are about the site, never about a story's content.
 */
export interface BoilerplateRule {
  name: string;
  match: RegExp;
  /** Only lines at most this many characters long (navigation is short; an article sentence may quote the word). */
  maxLength?: number;
}

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    name: "donation-appeal",
    match:
      /\b(make a (charitable )?donation|donate (now|today)|support (our|independent|quality) journalism|become a (member|supporter|patron)|chip in)\b/i,
  },
  {
    name: "journalism-not-free",
    match: /\bjournalism (is not|isn't|cannot be|can't be) free\b|\bhigh-quality journalism\b/i,
  },
  {
    name: "subscription-prompt",
    match:
      /\b(subscribe (now|today|to (our|the))|already a subscriber|sign up for (our|the|a) [\w ]{0,20}newsletter|unlimited (digital )?access|log in to (continue|read))\b/i,
  },
  { name: "newsletter", match: /\bnewsletters?\b/i, maxLength: 140 },
  {
    name: "cookie-notice",
    match: /\b(we use cookies|uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b/i,
  },
  { name: "copyright", match: /©|\ball rights reserved\b|\bcopyright (©\s*)?\d{4}\b/i },
  {
    name: "share-and-navigation",
    match:
      /^\s*(share( this)?( article| story)?|tweet|email|print|related( articles| stories)?|advertisement|follow us|click here|comments?|show comments|back to top|skip to (main )?content|next article|previous article|most read|trending)\b/i,
    maxLength: 80,
  },
  { name: "read-also", match: /^\s*(read (also|more)|see also|also read|watch|listen)\s*[:|-]/i, maxLength: 200 },
];

/** The rule a line breaks, if it is site furniture. */
export function boilerplateRule(line: string): string | undefined {
  for (const rule of BOILERPLATE_RULES) {
    if (rule.maxLength !== undefined && line.length > rule.maxLength) continue;
    if (rule.match.test(line)) return rule.name;
  }
  return undefined;
}
