/** The extraction's output: the narrative graph of a corpus, before any database. */

export type Stance = "asserted" | "denied";
export type ActorKind = "person" | "organization" | "state" | "outlet" | "group";

/** A person, body or state that says things. One per real-world identity; every alias seen is kept. */
export interface Actor {
  id: string; // "act-" + slug of the canonical name
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** When this actor is also a publisher in the corpus (the Kremlin, the White House): that Source's id. */
  source?: string;
}

/** An outlet or body that publishes documents, or that documents cite as a source (wires, papers). */
export interface Source {
  id: string; // "src-" + slug of the name
  name: string;
  kind: string; // a SourceKind, or "unknown"
  country?: string;
  /** The Actor it speaks as (its own narration, or the body that publishes as it), when it speaks or has one. */
  actor?: string;
}

export interface DocumentRef {
  id: string;
  file: string;
  source: string | null; // Source id of the publisher
  title: string;
  publishedAt?: string;
  url?: string;
  language?: string;
  contentHash: string;
  /** The document's whole text, which mention offsets index; stored with the document for evidence in context. */
  text: string;
}

/** One place in one document where an actor asserts or denies a claim. */
export interface Mention {
  id: string; // stable: hash of document, span, actor and stance
  document: string; // DocumentRef id
  start: number; // UTF-16 offset into the document text, inclusive
  end: number; // exclusive
  text: string; // document.text.slice(start, end)
  actor: string; // Actor id, or a Source id when the outlet itself speaks
  stance: Stance;
  /** Who relayed it, nearest first (Actor or Source ids): RT says the Kremlin said Biden said X → via [kremlin]. */
  via: string[];
  /** The attribution cue that was matched ("said", "according to", "denied", "quote"). */
  cue: string;
  /** The name of the extraction rule that found it ("according-to", "said-that", "quote-paragraph", …). */
  rule: string;
  confidence: number; // 0..1
}

/** A proposition; the same proposition in several documents is one Claim with several mentions. */
export interface Claim {
  id: string; // stable: "clm-" + hash of its earliest mention's key
  text: string; // canonical wording
  mentions: Mention[];
}

/** The document attributes information to this actor or source. */
export interface Citation {
  document: string;
  cites: string; // Actor or Source id
  /** Where in the document the attribution is made (first occurrence). */
  start: number;
  end: number;
  /** "reprint" when the document is a copy of the cited source's story ("(Xinhua)", "RIA News reports"). */
  kind: "attribution" | "reprint";
}

/** A published document carries a claim: its publisher reports it, through its first mention there. */
export interface Report {
  id: string; // stable: "rep-" + hash of claim and document
  claim: string;
  source: string; // the document's publisher
  document: string;
  mention: string;
}

/** The document copies another's story (a wire piece reprinted): the one it credits, sharing most claims. */
export interface Reprint {
  document: string;
  original: string;
}

export interface Extraction {
  extractorVersion: string;
  documents: DocumentRef[];
  sources: Source[];
  actors: Actor[];
  claims: Claim[];
  citations: Citation[];
  reports: Report[];
  reprints: Reprint[];
}
