// Reviews whose latest decision has no effect in the graph: the edge is gone (its document
// changed) or the actor it re-attributes to no longer exists.
MATCH (r:Review)
WITH r ORDER BY r.at DESC, r.id DESC
WITH r.edge AS edge, head(collect(r)) AS r
OPTIONAL MATCH (m:Mention {id: edge})
WITH edge, r, m
WHERE m IS NULL OR m.review IS NULL OR m.review <> r.id
RETURN edge, r.decision AS decision, m IS NULL AS edgeGone
ORDER BY edge
