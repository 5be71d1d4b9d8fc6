/** The attribution lexicon: reporting verbs, denial verbs, and the words that sit around them. */

/** Verbs that report speech or a stated position, by lemma. */
export const REPORTING_LEMMAS = new Set([
  "say", "tell", "state", "stress", "emphasise", "emphasize", "note", "add", "warn", "assure", "reiterate",
  "insist", "claim", "announce", "confirm", "indicate", "reveal", "explain", "declare", "argue", "suggest",
  "acknowledge", "admit", "write", "report", "comment", "remark", "recall", "underline", "underscore", "affirm",
  "assert", "maintain", "predict", "promise", "pledge", "vow", "threaten", "urge", "ask", "demand", "propose",
  "accuse", "mention", "signal", "describe", "observe", "concede", "allege", "complain", "hint", "caution",
  "contend", "estimate", "forecast", "disclose", "specify", "clarify", "highlight", "read", "express", "voice",
  "agree", "respond", "reply", "answer", "counter", "charge", "blame", "criticise", "criticize", "condemn",
  "welcome", "believe", "expect", "hope", "fear", "deny", "reject", "dismiss", "refute", "rebuff", "rebut",
  "disavow", "dispute", "contradict", "brief", "inform", "point", "make", "call", "put", "pour", "outline",
  "detail", "lay", "set", "emphasis", "announce", "go", "continue", "press", "encourage",
]);

/** Verbs that report only as "V someone to do …" or "V for …": "pressed Beijing to scrap the ban", not "pressed the button". */
export const OBJECT_TO_LEMMAS = new Set(["press", "encourage"]);

/** Surface forms accepted as a cue even when the tagger calls them nouns ("Ushakov notes that"). */
export const REPORTING_FORMS = new Set([
  "said", "says", "told", "tells", "stated", "states", "stressed", "stresses", "emphasised", "emphasises", "emphasized",
  "emphasizes", "noted", "notes", "added", "adds", "warned", "warns", "assured", "assures", "reiterated", "reiterates",
  "insisted", "insists", "claimed", "claims", "announced", "announces", "confirmed", "confirms", "indicated", "indicates",
  "revealed", "reveals", "explained", "explains", "declared", "declares", "argued", "argues", "suggested", "suggests",
  "acknowledged", "acknowledges", "admitted", "admits", "wrote", "writes", "reported", "reports", "commented", "comments",
  "remarked", "recalled", "underlined", "underscored", "affirmed", "asserted", "asserts", "maintained", "predicted",
  "promised", "pledged", "vowed", "threatened", "threatens", "urged", "urges", "asked", "demanded", "proposed", "accused",
  "accuses", "mentioned", "signalled", "signaled", "signals", "described", "observed", "conceded", "alleged", "complained",
  "hinted", "cautioned", "contended", "disclosed", "clarified", "highlighted", "reads", "expressed", "voiced", "agreed",
  "responded", "replied", "answered", "countered", "charged", "blamed", "criticised", "criticized", "condemned",
  "welcomed", "denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted", "rebuffed", "rebutted",
  "disavowed", "disputed", "contradicted", "briefed", "informed", "outlined", "detailed", "believes", "expects", "hopes",
  "fears",
]);

/** Verbs that only count as a cue with a particle or object: "pointed out", "made clear", "called it", "put it". */
export const PHRASAL_CUES: Record<string, string[][]> = {
  point: [["out"], ["to"]],
  make: [["clear"], ["it", "clear"], ["plain"], ["it", "plain"]],
  call: [["for"], ["on"], ["upon"], ["it"], ["them"], ["this"], ["that"], ["the"]],
  put: [["it"]],
  pour: [["cold", "water", "on"], ["some", "cold", "water", "on"]],
  lay: [["out"]],
  set: [["out"]],
  ask: [["for"]],
  read: [],
  go: [["on"]],
};

/** Reporting verbs that are not enough on their own: they need a that-clause, a quote or a trailing position. */
export const WEAK_LEMMAS = new Set(["express", "voice", "agree", "expect", "hope", "fear", "believe", "welcome", "respond", "reply", "answer", "outline", "detail", "brief", "inform", "read", "condemn", "criticise", "criticize", "blame", "charge", "counter"]);

/**
 * Commitments and demands ("S said Y promised / agreed / assured / demanded / told Z that P"): nested
 * in someone's report, they are that reporter's account of what Y committed to, not Y's own words.
 */
export const COMMITMENT_LEMMAS = new Set(["promise", "pledge", "vow", "assure", "agree", "demand", "urge", "tell", "inform", "ask", "accept", "offer", "propose", "threaten", "insist", "guarantee"]);

/** Verbs with a non-speech sense ("recalled 9,000 vans", "maintained the road"): only a clause makes them report. */
export const CLAUSE_ONLY_LEMMAS = new Set(["continue", "recall", "maintain", "observe", "charge", "read", "estimate", "forecast", "answer", "counter", "reply", "respond", "hint", "signal", "report", "state", "write", "brief", "inform"]);

/** Verbs whose object is the claim being rejected. */
export const DENIAL_LEMMAS = new Set(["deny", "reject", "dismiss", "refute", "rebuff", "rebut", "disavow", "dispute", "contradict", "pour"]);

/** Nouns naming a claim when a denial points back at it ("rejected the claim", "denied speculations that"). */
export const CLAIM_NOUNS = new Set([
  "claim", "claims", "report", "reports", "speculation", "speculations", "allegation", "allegations", "suggestion",
  "suggestions", "accusation", "accusations", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions",
  "statement", "statements", "account", "accounts", "idea", "notion", "charge", "charges", "insinuation",
  "insinuations", "story", "stories", "version", "talk", "it", "this", "that", "them", "these", "those",
]);

/** Nouns that stand for what a speaker issued: "the Kremlin statement added", "Psaki's statement". */
export const STATEMENT_NOUNS = new Set([
  "statement", "readout", "read-out", "message", "communique", "communiqué", "release", "press-release", "version",
  "transcript", "report", "post", "tweet", "letter", "note", "website", "account", "briefing", "announcement",
  "press", "service",
]);

/** Adverbs and auxiliaries that may stand between a speaker and its verb. */
export const SKIPPABLE_BEFORE_CUE = new Set([
  "also", "reportedly", "further", "again", "once", "later", "then", "earlier", "previously", "repeatedly",
  "consistently", "has", "have", "had", "did", "does", "do", "has", "had", "publicly", "firmly",
  "strongly", "flatly", "categorically", "already", "separately", "subsequently", "openly", "explicitly",
  "specifically", "particularly", "immediately", "swiftly", "quickly", "reportedly", "allegedly", "apparently",
  "herself", "himself", "itself", "themselves", "promptly", "long", "repeatedly", "appeared", "appears", "seemed",
  "seems", "to", "however", "though", "meanwhile", "in", "turn", "too", "just", "not", "never", "today", "yesterday",
  "tonight", "now", "recently", "formally", "officially", "jointly", "personally", "first",
]);

/** Nouns that point back to a body already named: "the company said", "the carmaker said". */
export const BODY_ANAPHORS = new Set([
  "company", "firm", "carmaker", "automaker", "manufacturer", "maker", "group", "bank", "airline", "ministry", "agency",
  "department", "regulator", "watchdog", "organisation", "organization", "body", "giant", "retailer", "operator",
  "insurer", "lender", "producer", "developer", "supplier", "brand", "business", "corporation", "conglomerate",
  "utility", "broadcaster", "newspaper", "outlet", "union", "council", "commission", "committee", "board",
]);

/** Predicates that reject what they are said of: "the claim that P was baseless". */
export const REJECTING_PREDICATES = new Set([
  "baseless", "false", "untrue", "unfounded", "groundless", "nonsense", "absurd", "fabricated", "fake", "incorrect",
  "wrong", "misleading", "ridiculous", "lie", "lies", "fiction", "invented", "inaccurate", "fantasy", "speculation",
]);

/** Words after a trailing "…, X said" that are adjuncts, not content: "after the call", "on Friday". */
export const TRAILING_ADJUNCT_STARTS = new Set([
  "after", "following", "on", "in", "at", "during", "before", "late", "earlier", "later", "yesterday", "today",
  "tonight", "last", "this", "on", "when", "while", "as", "via", "through", "from", "by", "with", "without",
]);

export const PERSONAL_PRONOUNS = new Set(["he", "she"]);
export const BODY_PRONOUNS = new Set(["it", "they", "we"]);

/** Nouns heading a group of speakers ("the leaders", "both sides"): no single actor. */
export const GROUP_NOUNS = new Set([
  "leaders", "presidents", "parties", "sides", "countries", "states", "governments", "officials", "sources",
  "diplomats", "ministers", "both", "two", "delegations", "negotiators", "participants", "allies", "partners",
  "experts", "analysts", "observers", "critics", "people", "residents", "activists", "protesters", "members",
  "lawmakers", "legislators", "authorities", "companies", "firms", "executives", "investors", "regulators",
]);
