// Actors, then their PUBLISHES_AS link to the Source they publish as (at most one, the extraction's).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, row {.id, .name, .kind, .aliases} AS props
CALL (a, row, props) {
  WITH a, row, props
  WHERE properties(a) <> props
  SET a = props
}
CALL (a, row) {
  MATCH (a)-[p:PUBLISHES_AS]->(s:Source)
  WHERE s.id <> coalesce(row.source, '')
  DELETE p
}
WITH a, row
WHERE row.source IS NOT NULL
MATCH (s:Source {id: row.source})
MERGE (a)-[:PUBLISHES_AS]->(s)
