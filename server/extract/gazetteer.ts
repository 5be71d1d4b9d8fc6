/**
 * A small gazetteer of places, roles and body words. It names no people: people come from the text.
 * States are keyed by a canonical name; every form (country, demonym, capital used as metonym) maps to it.
 */
import { dictionary } from "./dictionary.js";

const STATES: [string, string[], string[]][] = [
  // [canonical, names and demonyms, capitals (metonyms)]
  [
    "United States",
    [
      "united states",
      "united states of america",
      "us",
      "u.s.",
      "u.s",
      "usa",
      "u.s.a.",
      "america",
      "american",
      "americans",
      "the states",
    ],
    ["washington"],
  ],
  ["Russia", ["russia", "russian federation", "russian", "russians"], ["moscow"]],
  ["Ukraine", ["ukraine", "ukrainian", "ukrainians"], ["kyiv", "kiev"]],
  ["China", ["china", "people's republic of china", "prc", "chinese"], ["beijing"]],
  ["United Kingdom", ["united kingdom", "uk", "u.k.", "britain", "great britain", "british"], ["london"]],
  ["France", ["france", "french"], ["paris"]],
  ["Germany", ["germany", "german", "germans"], ["berlin"]],
  ["Italy", ["italy", "italian"], ["rome"]],
  ["Spain", ["spain", "spanish"], ["madrid"]],
  ["Poland", ["poland", "polish"], ["warsaw"]],
  ["Belarus", ["belarus", "belarusian"], ["minsk"]],
  ["Japan", ["japan", "japanese"], ["tokyo"]],
  ["South Korea", ["south korea", "republic of korea", "south korean"], ["seoul"]],
  ["North Korea", ["north korea", "dprk", "north korean"], ["pyongyang"]],
  ["India", ["india", "indian"], ["new delhi", "delhi"]],
  ["Pakistan", ["pakistan", "pakistani"], ["islamabad"]],
  ["Iran", ["iran", "iranian"], ["tehran"]],
  ["Iraq", ["iraq", "iraqi"], ["baghdad"]],
  ["Israel", ["israel", "israeli"], ["jerusalem", "tel aviv"]],
  ["Turkey", ["turkey", "türkiye", "turkish"], ["ankara"]],
  ["Syria", ["syria", "syrian"], ["damascus"]],
  ["Saudi Arabia", ["saudi arabia", "saudi"], ["riyadh"]],
  ["Egypt", ["egypt", "egyptian"], ["cairo"]],
  ["Qatar", ["qatar", "qatari"], ["doha"]],
  ["Canada", ["canada", "canadian"], ["ottawa"]],
  ["Mexico", ["mexico", "mexican"], ["mexico city"]],
  ["Brazil", ["brazil", "brazilian"], ["brasilia", "brasília"]],
  ["Argentina", ["argentina", "argentine", "argentinian"], ["buenos aires"]],
  ["Australia", ["australia", "australian"], ["canberra"]],
  ["Taiwan", ["taiwan", "taiwanese"], ["taipei"]],
  ["Vietnam", ["vietnam", "viet nam", "vietnamese"], ["hanoi"]],
  ["Philippines", ["philippines", "philippine", "filipino"], ["manila"]],
  ["Indonesia", ["indonesia", "indonesian"], ["jakarta"]],
  ["South Africa", ["south africa", "south african"], ["pretoria"]],
  ["Nigeria", ["nigeria", "nigerian"], ["abuja"]],
  ["Ethiopia", ["ethiopia", "ethiopian"], ["addis ababa"]],
  ["Kenya", ["kenya", "kenyan"], ["nairobi"]],
  ["Sweden", ["sweden", "swedish"], ["stockholm"]],
  ["Finland", ["finland", "finnish"], ["helsinki"]],
  ["Norway", ["norway", "norwegian"], ["oslo"]],
  ["Denmark", ["denmark", "danish"], ["copenhagen"]],
  ["Netherlands", ["netherlands", "the netherlands", "dutch", "holland"], ["amsterdam", "the hague"]],
  ["Belgium", ["belgium", "belgian"], []],
  ["Switzerland", ["switzerland", "swiss"], ["bern"]],
  ["Austria", ["austria", "austrian"], ["vienna"]],
  ["Hungary", ["hungary", "hungarian"], ["budapest"]],
  ["Romania", ["romania", "romanian"], ["bucharest"]],
  ["Greece", ["greece", "greek"], ["athens"]],
  ["Serbia", ["serbia", "serbian"], ["belgrade"]],
  ["Georgia", ["georgia", "georgian"], ["tbilisi"]],
  ["Armenia", ["armenia", "armenian"], ["yerevan"]],
  ["Azerbaijan", ["azerbaijan", "azerbaijani"], ["baku"]],
  ["Kazakhstan", ["kazakhstan", "kazakh"], ["astana"]],
  ["Lithuania", ["lithuania", "lithuanian"], ["vilnius"]],
  ["Latvia", ["latvia", "latvian"], ["riga"]],
  ["Estonia", ["estonia", "estonian"], ["tallinn"]],
  ["Moldova", ["moldova", "moldovan"], ["chisinau"]],
  ["Afghanistan", ["afghanistan", "afghan"], ["kabul"]],
  ["Lebanon", ["lebanon", "lebanese"], ["beirut"]],
  ["Jordan", ["jordan", "jordanian"], ["amman"]],
  ["Venezuela", ["venezuela", "venezuelan"], ["caracas"]],
  ["Cuba", ["cuba", "cuban"], ["havana"]],
  ["Chile", ["chile", "chilean"], ["santiago"]],
  ["Colombia", ["colombia", "colombian"], ["bogota", "bogotá"]],
  ["Ireland", ["ireland", "irish"], ["dublin"]],
  ["Portugal", ["portugal", "portuguese"], ["lisbon"]],
  ["Czech Republic", ["czech republic", "czechia", "czech"], ["prague"]],
  ["Slovakia", ["slovakia", "slovak"], ["bratislava"]],
  ["New Zealand", ["new zealand"], ["wellington"]],
  ["Singapore", ["singapore", "singaporean"], []],
  ["Malaysia", ["malaysia", "malaysian"], ["kuala lumpur"]],
  ["Thailand", ["thailand", "thai"], ["bangkok"]],
  ["Palestine", ["palestine", "palestinian"], ["ramallah"]],
  ["Yemen", ["yemen", "yemeni"], ["sanaa"]],
  ["Libya", ["libya", "libyan"], ["tripoli"]],
  ["Sudan", ["sudan", "sudanese"], ["khartoum"]],
  ["Algeria", ["algeria", "algerian"], ["algiers"]],
  ["Morocco", ["morocco", "moroccan"], ["rabat"]],
];

/** Supranational bodies often named by capital or acronym. */
const BODIES: [string, string[]][] = [
  ["European Union", ["european union", "eu", "e.u.", "brussels"]],
  [
    "NATO",
    ["nato", "north atlantic treaty organization", "north atlantic treaty organisation", "north atlantic alliance"],
  ],
  ["United Nations", ["united nations", "un", "u.n."]],
  [
    "OSCE",
    [
      "osce",
      "organization for security and co-operation in europe",
      "organization for security and cooperation in europe",
    ],
  ],
];

const stateByForm = new Map<string, { name: string; metonym: boolean; demonym: boolean }>();
for (const [name, forms, capitals] of STATES) {
  forms.forEach((f, i) =>
    stateByForm.set(f, {
      name,
      metonym: false,
      demonym: i > 0 && /(an|ish|ese|i|ch|ic|ss|ine|ian|zh|nd)s?$/.test(f) && !f.includes(" "),
    }),
  );
  for (const c of capitals) stateByForm.set(c, { name, metonym: true, demonym: false });
}
const bodyByForm = new Map<string, string>();
for (const [name, forms] of BODIES) for (const f of forms) bodyByForm.set(f, name);

// called for every token of every sentence: what a phrase names is looked up once
interface Forms {
  state?: string;
  body?: string;
}
const formsOf = new Map<string, Forms>();
const forms = (phrase: string): Forms => {
  let f = formsOf.get(phrase);
  if (f === undefined) {
    const c = phrase
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/^the\s+/, "")
      .replace(/\s+/g, " ")
      .trim();
    f = { state: stateByForm.get(c)?.name, body: bodyByForm.get(c) };
    if (formsOf.size >= 200_000) formsOf.clear();
    formsOf.set(phrase, f);
  }
  return f;
};

/** The state a place name, demonym or capital stands for ("Moscow" → Russia, "American" → United States). */
export function stateOf(phrase: string): string | undefined {
  return forms(phrase).state;
}

/** Longest state name (in words) that opens with this word: "republic" → 4 ("republic of south africa"). */
const longestFrom = new Map<string, number>();
for (const form of stateByForm.keys()) {
  const words = form.split(" ");
  if (words.length > 2) longestFrom.set(words[0], Math.max(longestFrom.get(words[0]) ?? 0, words.length));
}
export function longestStateFrom(word: string): number {
  return longestFrom.get(word) ?? 0;
}

/** First words of the state names of two words or more ("united", "south", "republic"). */
const firstWords = new Set([...stateByForm.keys()].filter((f) => f.includes(" ")).map((f) => f.split(" ")[0]));

/**
 * Whether a phrase of two words or more opening with this (lower-case) word may name a state: false
 * for nearly every word, which then need not be looked up with the next one. A word the cleaning
 * would change ("the", a curly apostrophe, a space) is never ruled out.
 */
export function mayOpenStateName(word: string): boolean {
  return firstWords.has(word) || word === "the" || /[\s’‘]/.test(word);
}

/** True when the phrase is an adjective of nationality ("Russian", "U.S." in "the U.S. president"). */
export function isStateForm(phrase: string): boolean {
  return forms(phrase).state !== undefined;
}

export function bodyOf(phrase: string): string | undefined {
  return forms(phrase).body;
}

/** Role nouns, grouped into classes that can stand for one another ("the leader" ~ "the president"). */
const ROLE_CLASSES: Record<string, string[]> = {
  leader: [
    "president",
    "leader",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emperor",
    "head of state",
    "supreme leader",
    "monarch",
    "sultan",
    "emir",
    "crown prince",
    "vice president",
    "vice-president",
  ],
  minister: [
    "minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "secretary of state",
    "secretary",
    "deputy minister",
    "finance minister",
    "trade minister",
    "commerce secretary",
    "trade representative",
  ],
  official: [
    "aide",
    "adviser",
    "advisor",
    "assistant",
    "diplomat",
    "official",
    "envoy",
    "ambassador",
    "negotiator",
    "representative",
    "press secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesperson",
    "deputy",
    "undersecretary",
    "under secretary",
    "secretary-general",
    "secretary general",
    "commissioner",
    "chief of staff",
    "counsellor",
    "counselor",
    "attaché",
  ],
  executive: [
    "ceo",
    "chief executive",
    "chief executive officer",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "director",
    "president and ceo",
    "managing director",
    "head",
    "chief",
    "boss",
    "executive",
    "cfo",
    "coo",
    "general manager",
  ],
  military: [
    "general",
    "commander",
    "colonel",
    "admiral",
    "marshal",
    "major",
    "captain",
    "chief of staff",
    "lieutenant",
  ],
  legislator: [
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "mp",
    "deputy",
    "speaker",
    "legislator",
    "representative",
    "governor",
    "mayor",
  ],
  other: [
    "counterpart",
    "colleague",
    "coach",
    "manager",
    "owner",
    "editor",
    "reporter",
    "correspondent",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheriff",
    "inspector",
    "detective",
    "officer",
    "sergeant",
    "constable",
    "nurse",
    "teacher",
    "student",
    "activist",
    "witness",
    "resident",
    "campaigner",
    "organiser",
    "organizer",
    "chairperson",
    "rapporteur",
    "auditor",
    "ombudsman",
    "consultant",
    "engineer",
    "pilot",
    "farmer",
    "banker",
    "trader",
    "leader of the opposition",
    "analyst",
    "expert",
    "professor",
    "prof",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "economist",
    "researcher",
    "scientist",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "pope",
  ],
};
/** News idioms for a role: "Japan's top diplomat" is its foreign minister. */
const ROLE_IDIOMS = dictionary<string>({ "top diplomat": "foreign minister", "chief diplomat": "foreign minister" });
ROLE_CLASSES.minister.push(...ROLE_IDIOMS.keys());
const roleClassOf = new Map<string, string>();
for (const [cls, roles] of Object.entries(ROLE_CLASSES))
  for (const r of roles) if (!roleClassOf.has(r)) roleClassOf.set(r, cls);

/** The longest role noun phrase at the end of `words` (lowercased), with its class. */
export function roleAtEnd(words: string[]): { role: string; cls: string; length: number } | undefined {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const role = words
      .slice(words.length - n)
      .join(" ")
      .replace(/\.$/, "");
    const singular = role.replace(/s$/, "");
    const cls = roleClassOf.get(role) ?? (n === 1 || role.endsWith("s") ? roleClassOf.get(singular) : undefined);
    if (cls) {
      const found = roleClassOf.has(role) ? role : singular;
      return { role: ROLE_IDIOMS.get(found) ?? found, cls, length: n };
    }
  }
  return undefined;
}

const TITLE_WORDS = new Set([
  "press",
  "foreign",
  "defence",
  "defense",
  "prime",
  "deputy",
  "chief",
  "senior",
  "top",
  "vice",
  "former",
  "acting",
  "general",
  "state",
  "white",
  "executive",
  "trade",
  "finance",
  "commerce",
  "first",
  "special",
  "presidential",
  "economic",
  "national",
  "security",
  "interior",
  "health",
  "affairs",
]);

export function isRoleWord(word: string): boolean {
  let w = word.toLowerCase();
  if (w.endsWith(".")) w = w.slice(0, -1);
  return roleClassOf.has(w) || TITLE_WORDS.has(w);
}

/** Government portfolios, which make up titles: "Water and Energy Minister", "Trade and Industry Secretary". */
export const PORTFOLIOS = new Set([
  "water",
  "energy",
  "trade",
  "industry",
  "finance",
  "health",
  "education",
  "foreign",
  "defence",
  "defense",
  "interior",
  "justice",
  "agriculture",
  "environment",
  "transport",
  "labour",
  "labor",
  "culture",
  "science",
  "economy",
  "tourism",
  "housing",
  "commerce",
  "fisheries",
  "infrastructure",
  "mines",
  "mining",
  "petroleum",
  "communications",
  "development",
  "planning",
  "security",
  "employment",
  "youth",
  "sports",
  "sport",
  "technology",
  "innovation",
  "investment",
  "budget",
]);

/** Corporate words that may end a company's name and be dropped from it ("Velora Motors" = "Velora"). */
export const CORPORATE_SUFFIXES = [
  "inc",
  "corp",
  "corporation",
  "ltd",
  "plc",
  "llc",
  "co",
  "company",
  "group",
  "holdings",
  "motors",
  "airlines",
  "industries",
  "technologies",
  "systems",
  "therapeutics",
  "pharmaceuticals",
  "pharma",
  "biosciences",
  "biotech",
  "laboratories",
  "labs",
  "electronics",
  "ag",
  "sa",
  "se",
  "nv",
];

/** Words that make a capitalised phrase a body rather than a person. */
export const ORG_WORDS = new Set([
  ...CORPORATE_SUFFIXES.filter((w) => w.length > 2),
  "house",
  "kremlin",
  "ministry",
  "office",
  "department",
  "council",
  "commission",
  "agency",
  "committee",
  "government",
  "administration",
  "parliament",
  "congress",
  "senate",
  "duma",
  "assembly",
  "company",
  "inc",
  "inc.",
  "corp",
  "corp.",
  "corporation",
  "ltd",
  "ltd.",
  "llc",
  "plc",
  "group",
  "bank",
  "union",
  "organization",
  "organisation",
  "party",
  "pentagon",
  "cabinet",
  "court",
  "embassy",
  "mission",
  "secretariat",
  "service",
  "services",
  "bureau",
  "authority",
  "board",
  "institute",
  "university",
  "foundation",
  "fund",
  "forces",
  "army",
  "navy",
  "police",
  "military",
  "alliance",
  "federation",
  "association",
  "network",
  "motors",
  "airlines",
  "industries",
  "holdings",
  "systems",
  "technologies",
  "presidium",
  "politburo",
  "state",
  "regulator",
  "watchdog",
  "centre",
  "center",
  "command",
  "headquarters",
  "elysee",
  "élysée",
  "downing",
  "quai",
  "whitehall",
  "bundestag",
  "knesset",
  "palace",
  "directorate",
  "observatory",
  "inspectorate",
  "laboratory",
  "coalition",
  "consortium",
  "league",
  "society",
  "chamber",
  "tribunal",
  "academy",
  "movement",
  "tribunal",
  "coalition",
  "presidency",
  "chancellery",
  "secretariat",
  "castle",
  "embassy",
  "consulate",
  "staff",
  "prosecutor's",
  "hospital",
  "clinic",
  "college",
  "school",
]);

/** Heads that make a capitalised phrase a place, a work or an event, which neither speaks nor is "he" or "she". */
export const THING_WORDS = new Set([
  "treaty",
  "accord",
  "agreement",
  "convention",
  "pact",
  "protocol",
  "charter",
  "declaration",
  "dam",
  "river",
  "ocean",
  "gulf",
  "strait",
  "canal",
  "basin",
  "delta",
  "peninsula",
  "desert",
  "gorge",
  "reactor",
  "pipeline",
  "tunnel",
  "airport",
  "harbour",
  "harbor",
  "avenue",
  "highway",
  "railway",
  "province",
  "region",
  "district",
  "county",
  "airbase",
  "summit",
  "conference",
  "forum",
  "festival",
  "crisis",
  "initiative",
  "programme",
  "program",
  "project",
  "index",
  "prize",
  "award",
  "stadium",
  "games",
  "olympics",
  "championships",
  "tournament",
  "cup",
]);

/** Thing heads that are also surnames ("Jude Law", "Sally Field"): a thing only after "the" or in three words or more. */
export const SURNAME_THING_WORDS = new Set([
  "law",
  "act",
  "bill",
  "field",
  "street",
  "road",
  "square",
  "lake",
  "sea",
  "bay",
  "island",
  "islands",
  "valley",
  "mountain",
  "mountains",
  "forest",
  "falls",
  "bridge",
  "mine",
  "port",
  "plant",
  "station",
  "city",
  "town",
  "village",
  "base",
  "games",
  "cup",
  "war",
]);

/** Words that make a capitalised phrase a news outlet. */
export const OUTLET_WORDS = new Set([
  "news",
  "agency",
  "press",
  "daily",
  "times",
  "post",
  "journal",
  "tribune",
  "herald",
  "gazette",
  "telegraph",
  "guardian",
  "observer",
  "independent",
  "online",
  "tv",
  "television",
  "radio",
  "broadcasting",
  "broadcaster",
  "channel",
  "magazine",
  "review",
  "wire",
  "newspaper",
  "express",
  "mail",
  "mirror",
  "chronicle",
  "standard",
  "novosti",
  "media",
  "network",
  "today",
  "weekly",
  "monthly",
  "bulletin",
  "newswire",
  "inquirer",
  "sun",
]);

/** Wire agencies and broadcasters commonly credited in copy; matched whole-word. */
export const KNOWN_OUTLETS = [
  "Reuters",
  "Associated Press",
  "AP",
  "AFP",
  "Agence France-Presse",
  "Xinhua",
  "Xinhua News Agency",
  "TASS",
  "ITAR-TASS",
  "RIA Novosti",
  "RIA News",
  "RIA",
  "Interfax",
  "Bloomberg",
  "Kyodo",
  "Yonhap",
  "ANSA",
  "EFE",
  "dpa",
  "DPA",
  "Anadolu",
  "Anadolu Agency",
  "PTI",
  "IRNA",
  "KCNA",
  "Ukrinform",
  "UNIAN",
  "Sputnik",
  "BBC",
  "CNN",
  "Al Jazeera",
  "CGTN",
  "Global Times",
  "People's Daily",
  "People's Daily Online",
  "China Daily",
  "RT",
  "NHK",
  "Deutsche Welle",
  "DW",
  "Euronews",
  "Axios",
  "Politico",
  "The New York Times",
  "New York Times",
  "The Washington Post",
  "Washington Post",
  "The Wall Street Journal",
  "Wall Street Journal",
  "Financial Times",
  "The Guardian",
  "Izvestia",
  "Kommersant",
  "Vedomosti",
  "TASS news agency",
  "Xinhua news agency",
  "ABC",
  "NBC",
  "CBS",
  "Fox News",
  "Sky News",
  "France 24",
];

/** Days of the week, lower case: a date, never a speaker or a body. */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Months, lower case, without "may" (far more often the verb). */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
