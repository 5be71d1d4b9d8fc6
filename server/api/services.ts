import type { CorpusDocument } from "../corpus/types.js";
import type { Graph } from "../graph/driver.js";
import { type Review, ReviewError, type ReviewInput, reviewEdge } from "../graph/reviews.js";
import { apiError } from "./errors.js";
import { type IngestOutcome, ingestDocuments } from "./ingest.js";

/** The writes the API performs, through the graph stage's own functions. */
export interface ApiServices {
  reviewEdge(input: ReviewInput): Promise<Review>;
  ingest(documents: CorpusDocument[]): Promise<IngestOutcome>;
}

export function graphServices(graph: Graph): ApiServices {
  // Uploads load one at a time: two loads at once would contend for the same claims and actors.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    reviewEdge: async (input) => {
      try {
        return await reviewEdge(graph, input);
      } catch (err) {
        if (err instanceof ReviewError) {
          throw apiError(/^no /.test(err.message) ? "NOT_FOUND" : "BAD_USER_INPUT", err.message);
        }
        throw err;
      }
    },
    ingest: (documents) => serially(() => ingestDocuments(graph, documents)),
  };
}
