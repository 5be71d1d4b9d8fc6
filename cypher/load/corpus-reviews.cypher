// corpus-reviews: the edges with a review whose mention is stored in a document of the corpus.
// Reviews are few, and each is looked up by its edge's mention id. Params: $corpus.
MATCH (r:Review)
MATCH (:Document {corpus: $corpus})-[:HAS_MENTION]->(:Mention {id: r.edge})
RETURN DISTINCT r.edge AS edge
