/** What a load reports while it runs and when it is done (shown by the ETL, recorded on its run). */

export interface LoadProgress {
  phase: "entities" | "removing" | "documents" | "finishing" | "done";
  documentsDone: number;
  documentsTotal: number;
  mentions: number;
  relationships: number;
}

export interface LoadSummary {
  run: string;
  corpus: string;
  documents: { total: number; added: number; changed: number; removed: number; unchanged: number };
  /** Mentions written by this run (those of added and changed documents). */
  mentions: number;
  claims: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  nodesDeleted: number;
  reviews: { applied: number; unapplied: number };
  /** What in the extraction could not be written as given. */
  issues: string[];
  seconds: number;
}
