// A relay is an Actor or a Source; ids never clash between the two (act-… / src-…).
UNWIND $rows AS row
MATCH (m:Mention {id: row.from})
OPTIONAL MATCH (a:Actor {id: row.to})
OPTIONAL MATCH (s:Source {id: row.to})
WITH m, row, coalesce(a, s) AS relay
WHERE relay IS NOT NULL
CREATE (m)-[:VIA {position: row.position}]->(relay)
