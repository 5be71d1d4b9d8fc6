UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (s:Source {id: row.source})
CREATE (c)-[:REPORTED_BY {id: row.id, document: row.document, mention: row.mention, at: datetime(row.at)}]->(s)
