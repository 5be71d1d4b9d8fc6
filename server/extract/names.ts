/**
 * Every titled or personal name, and every named body, in a sentence ("Russian President Vladimir Putin", "his U.S.
 * counterpart Joe Biden", "White House press secretary Jen Psaki"), whether or not it speaks:
 * they teach the corpus who holds which role, and which person a later "he" points to.
 */

import { isRoleWord, isStateForm } from "./gazetteer.js";
import type { Token } from "./nlp.js";
import { parseSpeaker, type SpeakerRef } from "./speaker.js";

const isCap = (t: Token) => t.cap;
const PUBLIC_BODY = new Set([
  "ministry",
  "department",
  "embassy",
  "consulate",
  "government",
  "agency",
  "parliament",
  "cabinet",
  "council",
  "commission",
]);
/** Tags a name can open with. */
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "X"]);
const GLUE = new Set(["of", "the", "'s", "’s", "to", "for"]);

export function namesIn(tokens: Token[], first: number, last: number): SpeakerRef[] {
  const found: SpeakerRef[] = [];
  let i = first;
  while (i < last) {
    const t = tokens[i];
    // a capitalised preposition or article opening a sentence ("In March", "By …") starts no name
    const startsRun = (isCap(t) && NAME_POS.has(t.pos)) || isRoleWord(t.lower);
    if (!startsRun) {
      i++;
      continue;
    }
    let k = i;
    while (k < last) {
      const u = tokens[k];
      if (
        isCap(u) ||
        /^\p{Lu}\.$/u.test(u.text) ||
        isRoleWord(u.lower) ||
        /^(jr|sr)\.?$/i.test(u.text) ||
        /^\p{Ll}{1,3}-\p{Lu}/u.test(u.text)
      ) {
        k++;
        continue;
      }
      if (
        u.text === "-" &&
        tokens[k - 1].end === u.start &&
        tokens[k + 1]?.start === u.end &&
        k + 1 < last &&
        isCap(tokens[k + 1])
      ) {
        k++;
        continue;
      }
      if (
        /^(al|el|bin|ibn|abu|van|von|de|da|di|del|der|le|la|ben)$/.test(u.lower) &&
        k + 1 < last &&
        (isCap(tokens[k + 1]) || tokens[k + 1].text === "-")
      ) {
        k++;
        continue;
      }
      if (
        GLUE.has(u.lower) &&
        k + 1 < last &&
        (isCap(tokens[k + 1]) || isRoleWord(tokens[k + 1].lower) || tokens[k + 1].lower === "the")
      ) {
        k++;
        continue;
      }
      if (u.text === "," && /^(jr|sr)\.?$/i.test(tokens[k + 1]?.text ?? "")) {
        k++;
        continue;
      }
      // "Peru's foreign ministry", "the Chilean embassy": a state body written in lower case
      if (k > i && PUBLIC_BODY.has(u.lower)) {
        k++;
        break;
      }
      break;
    }
    const run = tokens.slice(i, k);
    // a name needs a capitalised word that is neither a title nor a place
    if (
      run.some(
        (u) => isCap(u) && !isRoleWord(u.lower) && !isStateForm(u.lower) && (u.pos === "PROPN" || u.pos === "NOUN"),
      )
    ) {
      const ref = parseSpeaker(run);
      if (
        ref &&
        (ref.kind === "name" || ref.kind === "org" || ref.kind === "outlet") &&
        !(ref.kind === "name" && !ref.title && isPlace(tokens, i, run))
      )
        found.push(ref);
    }
    i = Math.max(k, i + 1);
  }
  return found;
}

const LOCATIVE = new Set([
  "near",
  "in",
  "at",
  "outside",
  "across",
  "into",
  "inside",
  "around",
  "toward",
  "towards",
  "off",
  "of",
]);
/** First words of place names: "Port Sabra", "Tel Mara", "Puerto Nuevo". */
const PLACE_HEADS = new Set([
  "port",
  "tel",
  "puerto",
  "porto",
  "mount",
  "mt",
  "lake",
  "cape",
  "fort",
  "san",
  "santa",
  "santo",
  "saint",
  "st",
  "new",
  "north",
  "south",
  "east",
  "west",
  "upper",
  "lower",
  "bay",
  "gulf",
  "strait",
  "river",
  "ras",
  "bandar",
  "kota",
  "ciudad",
  "villa",
  "isla",
]);

/** "near Port Sabra", "in Tel Mara": a titleless name after a preposition of place, or opening with a place word, is a place. */
function isPlace(tokens: Token[], i: number, run: Token[]): boolean {
  if (PLACE_HEADS.has(run[0].lower) && run.length > 1) return true;
  const before = tokens[i - 1];
  return (
    !!before &&
    LOCATIVE.has(before.lower) &&
    !(before.lower === "of" && /^(president|minister|head|leader|chief)$/.test(tokens[i - 2]?.lower ?? ""))
  );
}
