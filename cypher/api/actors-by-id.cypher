// actors-by-id: actors, the source they speak as, and how many mentions they speak in.
// Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (a)-[:PUBLISHES_AS]->(s:Source)
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), source: s.id, mentionCount: COUNT { (a)<-[:BY]-(m:Mention) WHERE coalesce(m.reviewed, '') <> 'rejected' }} AS actor
