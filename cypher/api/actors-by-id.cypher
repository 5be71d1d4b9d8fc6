// actors-by-id: actors and the source they speak as (counts are in actor-quoted-by).
// Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (a)-[:PUBLISHES_AS]->(s:Source)
WITH a, head(collect(s.id)) AS source
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), source: source} AS actor
