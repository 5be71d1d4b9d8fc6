UNWIND $rows AS row
MATCH (d:Document {id: row.from})
OPTIONAL MATCH (a:Actor {id: row.to})
OPTIONAL MATCH (s:Source {id: row.to})
WITH d, row, coalesce(a, s) AS cited
WHERE cited IS NOT NULL
CREATE (d)-[:CITES {kind: row.kind, start: row.start, end: row.end}]->(cited)
