// sources-by-id: sources and the actor that speaks as them (counts are in source-documents).
// Params: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (a:Actor)-[:PUBLISHES_AS]->(s)
WITH s, head(collect(a.id)) AS actor
RETURN s {.id, .name, .kind, .country, actor: actor} AS source
