import type { Graph } from "../graph/driver.js";
import { reviewEdge, ReviewError, type Review, type ReviewInput } from "../graph/reviews.js";
import { apiError } from "./errors.js";

/** The writes the API performs, through the graph stage's own functions. */
export interface ApiServices {
  reviewEdge(input: ReviewInput): Promise<Review>;
}

export function graphServices(graph: Graph): ApiServices {
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
  };
}
