// reviews-by-edge: the latest review of each edge. Params: $ids (edge ids = mention ids).
UNWIND $ids AS id
MATCH (r:Review {edge: id})
WITH id, r ORDER BY r.at DESC, r.id DESC
WITH id, head(collect(r)) AS r
RETURN r {.id, .edge, .decision, .note, .actor, .at} AS review
