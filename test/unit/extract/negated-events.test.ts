import { describe, expect, it } from "vitest";
import { NEGATED_EVENT_RULES, negatedEventRule } from "../../../server/extract/negated-events.js";
import { extractText } from "./helpers.js";

describe("negated events: saying something did not happen denies that it did", () => {
  it.each([
    ["did-not", "The crew did not switch off the alarm"],
    ["has-not-been-done", "The ferry's engines were not serviced in March"],
    ["has-not-been-done", "The water budget has not been reduced this year"],
    ["never-did", "the coach never criticised the referee"],
    ["no-one-did", "No ballot paper was removed from the hall"],
    ["no-one-did", "the clerk said that nobody called the office that night"],
    ["no-one-did", "Not one euro came from the party's donors"],
    ["nothing-to-do-with", "Our plant has nothing to do with the fish deaths"],
    ["no-connection", "There is no link between the vaccine and the rash"],
    ["there-was-none", "There was no cover-up."],
    ["there-was-none", "There is no increased risk of fractures with the new dose"],
    ["did-nothing", "The mayor says she hid nothing from the council"],
    ["made-no-pledge", "The minister made no promise to the hauliers about the tolls"],
    ["no-one-did", "\u201cNot a single vote was moved between the districts,\u201d"],
    ["no-one-did", "I want to be clear: nobody at the club sold the tickets"],
    ["there-was-none", 'there was "no cover-up of any kind" at the plant'],
    ["made-no-pledge", "The bank issued no instruction to lenders about the loans"],
    ["found-none", "Divers found no damage to the hull"],
    ["no-one-did", "the mayor said no police car was anywhere near the square"],
    ["there-was-none", "\u201cThere was nothing to hide, then or now,\u201d"],
    ["found-none", "“We have not found a single case of doping in the squad,”"],
    ["found-none", "the lab had recorded no positive test from the rider in May"],
    ["made-no-pledge", "No order of this kind was ever given to the guards"],
    ["made-no-pledge", 'The mayor entered "no kind of obligations" towards the builders'],
  ])("%s: %s", (rule, text) => {
    expect(negatedEventRule(text)).toBe(rule);
  });

  it.each([
    "The union will not call off the strike",
    "No shortage of fuel is expected",
    "If the valve was not closed, the operator is at fault",
    "The club did not comment on the report",
    "There was no immediate comment from the embassy",
    "The inquiry has not yet received the files",
    "Prices no longer include the levy",
    "The figures were published on Monday",
    "No cracks were found in the hull",
    "The ferry had not found its berth by noon",
    "There was no reason to close the port",
    "He did not think that was fair",
    "There is no danger to people living near the river",
    "He said nothing about the tolls",
    "The club won nothing but praise",
    "The carrier has no plans to cut any of its regional routes",
  ])("a statement, not a denial: %s", (text) => {
    expect(negatedEventRule(text)).toBeUndefined();
  });

  it("every rule has a name and an example it matches", () => {
    for (const rule of NEGATED_EVENT_RULES) expect(negatedEventRule(rule.example), rule.name).toBe(rule.name);
  });

  it("marks the mention denied and names the rule after the frame's", () => {
    const found = extractText("Harbour news\n\n“Our pilots did not cause the collision,” the association said.");
    expect(found[0]).toMatchObject({ stance: "denied", rule: "content-speaker-verb+did-not" });
  });
});

it("two negations in one statement still deny: the rules read the words, not the parity", () => {
  const [m] = extractText("“I did not take the money, and nobody offered it to me,” the treasurer said.");
  expect(m).toMatchObject({ actor: "treasurer", stance: "denied" });
});
